/**
 * Strict schemas of the data-driven case files (test/cases/<endpoint>/<round>.json). A misspelt
 * key ("subsidi"), an unknown warning code or a case that asserts nothing fails the suite when
 * the files are loaded, before any case runs (as OpenFisca's test runner rejects unknown keys).
 */
import { z } from 'zod';
import { LINE_CATEGORIES, TYPE_IDS, WARNING_CODES } from '../src/rules/schema.ts';

const Yen = z.number().int().nonnegative();
const Fraction = z.string().regex(/^\d+\/\d+$/);
/** One sentence with the round and the rule; the arithmetic goes into `why`. */
const Name = z.string().min(10);
const Why = z.string().min(1);

/** An object keyed by a closed vocabulary: an unknown (misspelt) key fails. */
const keyedBy = <T extends z.ZodType>(keys: readonly string[], value: T) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value.optional()])) as Record<string, z.ZodOptional<T>>);

/** A refinement: the object names at least one expected value. */
const atLeastOne = (what: string) =>
  [(value: Record<string, unknown>) => Object.values(value).some((v) => v !== undefined), { message: `${what} asserts nothing` }] as const;

// ---------------------------------------------------------------------------------------------
// /v1/estimate
// ---------------------------------------------------------------------------------------------

export const EstimateLineExpectation = z
  .strictObject({
    cost: Yen.optional(),
    eligibleCost: Yen.optional(),
    ineligible: Yen.optional(),
    subsidy: Yen.optional(),
    cap: Yen.nullable().optional(),
    rate: Fraction.optional(),
    rates: z.array(Fraction).optional(),
    /** Each segment in order; only the fields named are compared. */
    segments: z
      .array(z.strictObject({ rate: Fraction.optional(), upTo: Yen.nullable().optional(), eligibleCost: Yen.optional(), subsidy: Yen.optional() }))
      .optional(),
  })
  .refine(...atLeastOne('a line expectation'));

const WarningCode = z.enum(WARNING_CODES);

export const EstimateExpected = z
  .strictObject({
    /** A non-200 status: the case is an error case and names the problem's code. */
    status: z.number().int().min(400).max(599).optional(),
    code: z
      .string()
      .regex(/^[a-z_]+$/)
      .optional(),
    field: z.string().min(1).optional(),
    subsidy: Yen.optional(),
    eligibleCost: Yen.optional(),
    totalCost: Yen.optional(),
    selfPay: Yen.optional(),
    subtype: z.enum(['A', 'B']).nullable().optional(),
    lines: keyedBy([...LINE_CATEGORIES, 'not-covered'], EstimateLineExpectation).optional(),
    warnings: z.array(WarningCode).min(1).optional(),
    noWarnings: z.array(WarningCode).min(1).optional(),
    /** Fields named by `input_not_applicable` warnings. */
    notApplicable: z.array(z.string().min(1)).min(1).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.status !== undefined) {
      if (e.code === undefined) ctx.addIssue({ code: 'custom', message: 'an error case (status) needs the problem code' });
      const answerKeys = ['subsidy', 'eligibleCost', 'totalCost', 'selfPay', 'subtype', 'lines', 'warnings', 'noWarnings', 'notApplicable'] as const;
      for (const k of answerKeys) if (e[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: 'an error case has no answer to compare' });
    } else {
      if (e.code !== undefined || e.field !== undefined) ctx.addIssue({ code: 'custom', message: 'code/field need a status' });
      if (e.subsidy === undefined) ctx.addIssue({ code: 'custom', path: ['subsidy'], message: 'a 200 case states the subsidy it expects' });
    }
  });

export const EstimateCase = z
  .strictObject({
    name: Name,
    why: Why,
    /** The name and why in Japanese: an example is served in both languages. */
    ja: z.strictObject({ name: z.string().min(10), why: z.string().min(10) }).optional(),
    /** Served by GET /v1/rounds/{id}/examples. */
    example: z.literal(true).optional(),
    input: z.record(z.string(), z.unknown()),
    expected: EstimateExpected,
  })
  .superRefine((c, ctx) => {
    if (c.example && !c.ja) ctx.addIssue({ code: 'custom', path: ['ja'], message: 'an example needs its name and why in Japanese (ja)' });
  });
export type EstimateCase = z.infer<typeof EstimateCase>;

// ---------------------------------------------------------------------------------------------
// /v1/eligibility
// ---------------------------------------------------------------------------------------------

const CriterionResult = z.enum(['pass', 'fail', 'unknown']);

export const EligibilityTypeExpectation = z
  .strictObject({
    eligible: z.enum(['yes', 'no', 'unknown']).optional(),
    criteria: z.record(z.string().regex(/^[a-z0-9_]+$/), CriterionResult).optional(),
    confidence: z.record(z.string().regex(/^[a-z0-9_]+$/), z.literal('unconfirmed')).optional(),
    firstQuestion: z.string().min(1).optional(),
    missing: z.array(z.string().min(1)).optional(),
    combinable: z.array(z.enum(TYPE_IDS)).optional(),
    ruledOut: z.array(z.enum(TYPE_IDS)).optional(),
    warnings: z.array(z.string().min(1)).min(1).optional(),
    /** The type's 労働生産性 targets, in the answer's order (each names the fields it checks). */
    productivity: z
      .array(
        z.strictObject({
          measure: z.enum(['after-one-year', 'annual-average']),
          percent: z.number().positive(),
          years: z.number().int().positive().optional(),
          appliesTo: z.enum(['all', 'prior-recipients', 'groups-with-prior-recipients']).optional(),
          applies: z.boolean().nullable(),
          confidence: z.literal('unconfirmed').optional(),
        }),
      )
      .min(1)
      .optional(),
  })
  .refine(...atLeastOne('a type expectation'));

export const EligibilityExpected = z
  .strictObject({
    classification: z.record(z.string(), z.unknown()).optional(),
    types: keyedBy(TYPE_IDS, EligibilityTypeExpectation).optional(),
    firstQuestion: z.string().min(1).optional(),
  })
  .refine(...atLeastOne('expected'));

export const EligibilityCase = z.strictObject({
  name: Name,
  why: Why,
  input: z.unknown(),
  expected: EligibilityExpected,
});
export type EligibilityCase = z.infer<typeof EligibilityCase>;

/**
 * Parses one case file strictly; throws with the file, the case index and name, and every bad key.
 * @example parseCases('./cases/estimate/r6.json', data, EstimateCase)
 */
export const parseCases = <T>(file: string, data: unknown, schema: z.ZodType<T>): T[] => {
  const parsed = z.array(z.unknown()).min(1).safeParse(data);
  if (!parsed.success) throw new Error(`${file}: not a non-empty array of cases`);
  const problems: string[] = [];
  const cases = parsed.data.flatMap((raw, i) => {
    const r = schema.safeParse(raw);
    if (r.success) return [r.data];
    const name = (raw as { name?: unknown })?.name;
    for (const issue of r.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? ` ${issue.keys.join(', ')}` : '';
      problems.push(`${file} case ${i} (${typeof name === 'string' ? name.slice(0, 60) : '?'}): ${issue.path.join('.') || '(case)'}: ${issue.message}${keys}`);
    }
    return [];
  });
  if (problems.length) throw new Error(`invalid case file:\n${problems.join('\n')}`);
  return cases;
};
