/// <reference types="vite/client" />
/**
 * The hot path's compiled validator (src/lib/fast-validate.ts) accepts only what zod accepts and
 * then gives zod's data, key order included: on every estimate and eligibility case input, and on
 * random mutations of them (fast-check: a value replaced by boundary or random JSON, a key
 * deleted, an unknown key added, an array element repeated). Where it refuses, the hot path asks
 * zod, so refusing more is allowed; accepting more, or other data, is not. It also accepts every
 * valid case input (else the hot path would gain nothing).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAIL, fastValidator } from '../src/lib/fast-validate.ts';
import { EstimateRequestSchema, MAX_GROUP_MEMBERS, MAX_MONTHS, MAX_YEN } from '../src/routes/estimate/estimate.schemas.ts';
import { EligibilityRequestSchema } from '../src/routes/eligibility/eligibility.routes.ts';

const inputs = (glob: Record<string, unknown>) => Object.values(glob).flatMap((file) => (file as { input: unknown }[]).map((c) => c.input));
const estimateInputs = inputs(import.meta.glob<unknown>('./cases/estimate/*.json', { eager: true, import: 'default' }));
const eligibilityInputs = inputs(import.meta.glob<unknown>('./cases/eligibility/*.json', { eager: true, import: 'default' }));

/** The largest group a request may hold, every member with costs (the bench's costliest body). */
const groupBody = {
  round: 'r6',
  asOf: '2025-06-01',
  type: 'multi-company',
  applicant: { size: 'sme' },
  functions: ['accounting', 'ordering'],
  group: {
    members: MAX_GROUP_MEMBERS,
    analysis: 30_000_000,
    admin: 5_000_000,
    memberCosts: Array.from({ length: MAX_GROUP_MEMBERS }, (_, i) => ({
      software: 1_000_000 + i,
      services: 200_000,
      pc: 100_000 + i,
      size: i % 3 ? 'sme' : 'small',
      functions: ['accounting', 'ordering', 'payment'],
    })),
  },
};

/** Deep equality that also requires the same key order (what JSON.stringify of the answer would show) and tells -0 from 0. */
const same = (a: unknown, b: unknown): boolean => {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(b)) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k, i) => k === kb[i] && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
};

/** Paths to every value of a JSON value (objects' keys and arrays' indexes). */
const pathsOf = (value: unknown, at: (string | number)[] = []): (string | number)[][] => {
  if (!value || typeof value !== 'object') return [at];
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [at, ...keys.flatMap((k) => pathsOf((value as Record<string, unknown>)[k as string], [...at, k]))];
};

const BOUNDARY = [
  -1,
  0,
  -0,
  1,
  1.5,
  20,
  21,
  MAX_MONTHS,
  MAX_MONTHS + 1,
  MAX_GROUP_MEMBERS,
  MAX_GROUP_MEMBERS + 1,
  MAX_YEN,
  MAX_YEN + 1,
  1e12,
  1e12 + 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  '',
  'x',
  'r6',
  'r99',
  'R6',
  'a'.repeat(20),
  'a'.repeat(21),
  '2025-06-01',
  '2025-06-01T10:00:00+09:00',
  '2025-02-30',
  '2025-06-01T10:00:00',
  `2025-06-01${' '.repeat(35)}`,
  'invoice',
  'multi-company',
  'sme',
  'small',
  'accounting',
  'ordering',
  'company',
  'retail',
  'one-star',
  'lead',
  'none',
  true,
  false,
  null,
  [],
  {},
  ['accounting'],
  ['accounting', 'accounting'],
  ['invoice', 'invoice'],
  { monthly: 1000, months: 12 },
  { round: 'r5', type: 'regular' },
  { round: 'r5', type: 'regular', decidedOn: '2024-07-29' },
  { round: 'r5', type: 'regular', decidedOn: '2024-7-29' },
];

type Mutation =
  | { kind: 'set'; path: number; value: unknown }
  | { kind: 'delete'; path: number }
  | { kind: 'add'; path: number; key: string }
  | { kind: 'repeat'; path: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.nat(), value: fc.constantFrom(...BOUNDARY) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('set' as const), path: fc.nat(), value: fc.jsonValue({ maxDepth: 2 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('add' as const),
      path: fc.nat(),
      key: fc.constantFrom('extra', 'round', 'software', '__proto__', 'toString', 'constructor'),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), path: fc.nat() }) },
);

/** A JSON copy of `seed` with the mutations applied, as the hot path would read it (parsed JSON). */
const mutate = (seed: unknown, mutations: Mutation[]): unknown => {
  const root = { value: structuredClone(seed) as unknown };
  for (const m of mutations) {
    const paths = pathsOf(root.value);
    const path = paths[m.path % paths.length]!;
    let holder: Record<string | number, unknown> = root as Record<string, unknown>;
    let key: string | number = 'value';
    for (const k of path) {
      holder = holder[key] as Record<string | number, unknown>;
      key = k;
    }
    const target = holder[key];
    if (m.kind === 'set') holder[key] = structuredClone(m.value);
    else if (m.kind === 'delete') {
      if (Array.isArray(holder)) holder.splice(Number(key), 1);
      else delete holder[key];
    } else if (m.kind === 'add') {
      if (target && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, m.key, { value: 1, enumerable: true, writable: true, configurable: true });
    } else if (Array.isArray(target) && target.length) target.push(structuredClone(target[0]));
  }
  const text = JSON.stringify(root.value); // the whole value deleted: nothing, sent as null
  return text === undefined ? null : JSON.parse(text);
};

const check = (schema: typeof EstimateRequestSchema | typeof EligibilityRequestSchema, value: unknown) => {
  const fast = fastValidator(schema)(value);
  const zod = schema.safeParse(value);
  if (fast !== FAIL) {
    expect(zod.success).toBe(true);
    expect(same(fast, zod.data)).toBe(true);
  }
  return { fast: fast !== FAIL, zod: zod.success };
};

describe.each([
  { name: 'estimate', schema: EstimateRequestSchema, seeds: [...estimateInputs, groupBody] },
  { name: 'eligibility', schema: EligibilityRequestSchema, seeds: eligibilityInputs },
])('the compiled $name validator', ({ schema, seeds }) => {
  it('has seeds', () => expect(seeds.length).toBeGreaterThan(50));

  it('gives zod’s data for every case input zod accepts, and refuses what zod refuses', () => {
    for (const seed of seeds) {
      const { fast, zod } = check(schema, JSON.parse(JSON.stringify(seed)));
      expect(fast).toBe(zod);
    }
  });

  it('never accepts a mutated input zod refuses, and then gives zod’s data', () => {
    const seen = { accepted: 0, refusedByBoth: 0, leftToZod: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 3 }), (seed, mutations) => {
        const { fast, zod } = check(schema, mutate(seed, mutations));
        if (fast) seen.accepted++;
        else if (zod) seen.leftToZod++;
        else seen.refusedByBoth++;
      }),
      { numRuns: 3000 },
    );
    // Both outcomes were exercised (the mutations are not all harmless, nor all fatal).
    expect(seen.accepted).toBeGreaterThan(100);
    expect(seen.refusedByBoth).toBeGreaterThan(100);
  });

  it('refuses what is not an object', () => {
    for (const value of [null, [], 'x', 1, true]) expect(check(schema, value)).toEqual({ fast: false, zod: false });
  });
});
