/** POST /v1/eligibility: HTTP contract (errors, defaults) and engine invariants. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectProblem, json, postJson } from './helpers.ts';
import { registry } from '../src/rules/index.ts';
import { addMonths, checkEligibility, classify, decide, type EligibilityInput } from '../src/engine/eligibility.ts';
import { parseAsOf } from '../src/engine/time.ts';
import { BUSINESS_FORMS, INDUSTRIES } from '../src/rules/schema.ts';

const post = (body: unknown, lang = 'en') => postJson(`/v1/eligibility?lang=${lang}`, body);
const paths = (body: any) => body.errors.map((e: any) => e.path);

describe('POST /v1/eligibility — bad input is a 400/422 problem, never a 500', () => {
  it('an unknown industry → 400 naming business.industry and listing the allowed values', async () => {
    const body = await expectProblem(await post({ round: 'r6', business: { form: 'company', industry: 'mining' } }), 400, 'validation_failed');
    const err = body.errors.find((e: any) => e.path === 'business.industry');
    expect(err.code).toBe('invalid_value');
    for (const industry of INDUSTRIES) expect(err.message).toContain(industry);
  });

  it('an unknown form → 400 naming business.form and listing the allowed values', async () => {
    const body = await expectProblem(await post({ round: 'r6', business: { form: 'kabushiki' } }), 400, 'validation_failed');
    const err = body.errors.find((e: any) => e.path === 'business.form');
    for (const form of BUSINESS_FORMS) expect(err.message).toContain(form);
  });

  it('negative capital and negative employees → 400 naming both fields', async () => {
    const body = await expectProblem(await post({ round: 'r6', business: { form: 'company', capital: -1, employees: -5 } }), 400, 'validation_failed');
    expect(paths(body).sort()).toEqual(['business.capital', 'business.employees']);
  });

  it('fractional employees → 400', async () => {
    expect(paths(await expectProblem(await post({ round: 'r6', business: { employees: 2.5 } }), 400, 'validation_failed'))).toEqual(['business.employees']);
  });

  it('a sole proprietor with capital is a contradiction → 400 capital_not_applicable on business.capital', async () => {
    const body = await expectProblem(
      await post({ round: 'r6', asOf: '2025-06-01', business: { form: 'sole-proprietor', industry: 'retail', capital: 1_000_000, employees: 2 } }),
      400,
      'validation_failed',
    );
    expect(body.errors).toEqual([expect.objectContaining({ path: 'business.capital', code: 'capital_not_applicable' })]);
  });

  it('a sole proprietor with share facts (みなし大企業 ①) → 400 deemed_large_not_applicable on that fact: it has no shares', async () => {
    const body = await expectProblem(
      await post({ round: 'r6', asOf: '2025-06-01', business: { form: 'sole-proprietor', deemedLargeFacts: { largestLargeOwnerShare: 60 } } }),
      400,
      'validation_failed',
    );
    expect(body.errors).toEqual([expect.objectContaining({ path: 'business.deemedLargeFacts.largestLargeOwnerShare', code: 'deemed_large_not_applicable' })]);
  });

  it('a sole proprietor declared みなし大企業, or with ⑥ 課税所得 over 15億円, is answered (200), not refused: ⑥ reads 「各年又は各事業年度」', async () => {
    for (const business of [
      { form: 'sole-proprietor', deemedLarge: true },
      { form: 'sole-proprietor', deemedLargeFacts: { averageTaxableIncome: 2_000_000_000 } },
    ]) {
      const res = await post({ round: 'r6', asOf: '2025-06-01', types: ['regular'], business });
      expect(res.status).toBe(200);
      const body = await json(res);
      expect(body.classification.deemedLarge).toBe(true);
    }
  });

  it('deemedLarge false while the facts say a single large company owns 60% → 400 contradicts_facts', async () => {
    const body = await expectProblem(
      await post({ round: 'r6', asOf: '2025-06-01', business: { form: 'company', deemedLarge: false, deemedLargeFacts: { largestLargeOwnerShare: 60 } } }),
      400,
      'validation_failed',
    );
    expect(body.errors).toEqual([expect.objectContaining({ path: 'business.deemedLarge', code: 'contradicts_facts' })]);
  });

  it('a total large-company share below the largest single share → 400', async () => {
    const body = await expectProblem(
      await post({ round: 'r6', asOf: '2025-06-01', business: { form: 'company', deemedLargeFacts: { largestLargeOwnerShare: 40, largeOwnersShare: 30 } } }),
      400,
      'validation_failed',
    );
    expect(paths(body)).toEqual(['business.deemedLargeFacts.largeOwnersShare']);
  });

  it('a share above 100% → 400', async () => {
    await expectProblem(await post({ round: 'r6', business: { deemedLargeFacts: { largeOwnersShare: 101 } } }), 400, 'validation_failed');
  });

  it('prior grants naming an unknown round, a type not in that round, or a decision after asOf → 400 on each path', async () => {
    const body = await expectProblem(
      await post({
        round: 'r6',
        asOf: '2025-06-01',
        status: {
          priorGrants: [
            { round: 'r1', type: 'regular' },
            { round: 'r5', type: 'digital-base' },
            { round: '2024', type: 'regular', decidedOn: '2025-07-01' },
          ],
        },
      }),
      400,
      'validation_failed',
    );
    expect(body.errors.map((e: any) => `${e.path}:${e.code}`)).toEqual([
      'status.priorGrants.0.round:unknown_round',
      'status.priorGrants.1.type:type_not_in_round',
      'status.priorGrants.2.decidedOn:after_as_of',
    ]);
  });

  it('an unknown field → 400 unknown_field with its path', async () => {
    const body = await expectProblem(await post({ round: 'r6', business: { form: 'company', turnover: 5 } }), 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ path: 'business.turnover', code: 'unknown_field' })]);
  });

  it('a type listed twice → 400; a string that is no type → 400', async () => {
    await expectProblem(await post({ round: 'r6', types: ['invoice', 'invoice'] }), 400, 'validation_failed');
    await expectProblem(await post({ round: 'r6', types: ['basic'] }), 400, 'validation_failed');
  });

  it('a type that is not in the round → 422 unknown_type listing the round’s types', async () => {
    const body = await expectProblem(await post({ round: 'r6', asOf: '2025-06-01', types: ['digital-base'] }), 422, 'unknown_type');
    expect(body.types).toEqual(['regular', 'invoice', 'e-transaction', 'security', 'multi-company']);
  });

  it('an unknown round → 404; a date outside every round without a round → 422', async () => {
    await expectProblem(await post({ round: 'r99' }), 404, 'unknown_round');
    await expectProblem(await post({ asOf: '2021-01-01' }), 422, 'date_outside_rounds');
  });

  it('a non-JSON body → 415; a JSON array body → 400', async () => {
    const { api } = await import('./helpers.ts');
    await expectProblem(await api('/v1/eligibility', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }), 415, 'unsupported_media_type');
    await expectProblem(await post([]), 400, 'validation_failed');
  });

  it('messages follow the language: Japanese by default', async () => {
    const body = await expectProblem(
      await post({ round: 'r6', asOf: '2025-06-01', business: { form: 'sole-proprietor', capital: 1 } }, 'ja'),
      400,
      'validation_failed',
    );
    expect(body.errors[0].message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });
});

describe('POST /v1/eligibility — defaults', () => {
  it('without round, asOf picks the round (2025-06-01 → r6) and every type of it is answered', async () => {
    const res = await post({ asOf: '2025-06-01' });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.round).toBe('r6');
    expect(body.types.map((t: any) => t.type)).toEqual(['regular', 'invoice', 'e-transaction', 'security', 'multi-company']);
  });

  it('a year alias names the round, and priorGrants may use aliases too', async () => {
    const body = await json(
      await post({
        round: '2025',
        asOf: '2025-06-01',
        types: ['regular'],
        status: { priorGrants: [{ round: '2024', type: 'regular', decidedOn: '2024-07-29' }] },
      }),
    );
    expect(body.round).toBe('r6');
    expect(body.types[0].criteria.find((c: any) => c.code === 'repeat_within_12_months').result).toBe('fail');
  });

  it('each type carries its next deadline on asOf (r6 インボイス on 2025-06-01 → 2次 2025-06-16 17:00)', async () => {
    const body = await json(await post({ round: 'r6', asOf: '2025-06-01', types: ['invoice'] }));
    expect(body.types[0].deadline).toMatchObject({ phase: 2, closesAt: '2025-06-16T17:00:00+09:00', status: 'open' });
  });

  it('every criterion carries a source and ja/en texts', async () => {
    const body = await json(await post({ round: 'r6', asOf: '2025-06-01' }));
    for (const t of body.types)
      for (const c of t.criteria) {
        expect(c.source.title.length).toBeGreaterThan(3);
        expect(c.source.authority).toMatch(/^(official|official-quoted|portal|blog|dataset)$/);
        expect(c.expected.ja && c.expected.en && c.message.ja && c.message.en).toBeTruthy();
      }
  });
});

// ---------------------------------------------------------------------------------------------
// Engine invariants (pure functions, no HTTP)
// ---------------------------------------------------------------------------------------------

const asOf = parseAsOf('2025-06-01')!;
const r6 = registry.byName('r6')!;
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const inputArb: fc.Arbitrary<EligibilityInput> = fc.record({
  business: fc.record({
    form: opt(fc.constantFrom('company', 'medical-corporation', 'npo', 'other') as fc.Arbitrary<'company'>),
    industry: opt(fc.constantFrom(...INDUSTRIES)),
    capital: opt(fc.integer({ min: 0, max: 2_000_000_000 })),
    employees: opt(fc.integer({ min: 0, max: 1200 })),
    deemedLarge: opt(fc.boolean()),
    operatesInJapan: opt(fc.boolean()),
  }),
  status: fc.record({
    gbizIdPrime: opt(fc.boolean()),
    securityAction: opt(fc.constantFrom('none', 'one-star', 'two-star') as fc.Arbitrary<'none'>),
    contractedBeforeDecision: opt(fc.boolean()),
    minimumWageCompliant: opt(fc.boolean()),
    priorGrants: opt(fc.constant([])),
    wageRaisePlan: opt(fc.boolean()),
    plannedSubsidy: opt(fc.integer({ min: 0, max: 4_500_000 })),
    groupMembers: opt(fc.integer({ min: 0, max: 20 })),
    itProviderInGroup: opt(fc.boolean()),
  }),
});

describe('eligibility engine invariants', () => {
  it('no ⇔ a mandatory confirmed criterion fails; yes ⇒ nothing is missing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        for (const t of checkEligibility(r6, input, asOf).types) {
          const hardFail = t.criteria.some((c) => c.kind === 'mandatory' && c.result === 'fail' && c.confidence !== 'unconfirmed');
          expect(t.eligible === 'no').toBe(hardFail);
          if (t.eligible === 'yes') expect(t.missing).toEqual([]);
          if (t.eligible === 'unknown') expect(t.criteria.some((c) => c.kind === 'mandatory' && c.result !== 'pass')).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an unconfirmed or bonus criterion that fails never by itself makes no', () => {
    const c = (over: object) => ({
      code: 'gbizid_prime' as const,
      kind: 'mandatory' as const,
      result: 'pass' as const,
      observed: {},
      expected: { ja: 'x', en: 'x' },
      message: { ja: 'x', en: 'x' },
      source: { doc: 'test', title: 'test', publisher: 'test', date: null, url: null, locator: null, authority: 'official' as const },
      ...over,
    });
    expect(decide([c({}), c({ result: 'fail', confidence: 'unconfirmed' })])).toBe('unknown');
    expect(decide([c({}), c({ result: 'fail', kind: 'bonus' })])).toBe('yes');
    expect(decide([c({ result: 'fail' }), c({ result: 'unknown' })])).toBe('no');
  });

  it('SME status is monotone: fewer employees or less capital never turns an SME into a non-SME', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...INDUSTRIES),
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 400_000_000 }),
        (industry, employees, capital) => {
          const a = classify(r6.rules.applicants, { form: 'company', industry, employees, capital });
          const b = classify(r6.rules.applicants, { form: 'company', industry, employees: employees - 1, capital: capital - 1 });
          if (a.sme === true) expect(b.sme).toBe(true);
          if (a.small === true) expect(b.small).toBe(true);
        },
      ),
    );
  });

  it('answering a question never turns a no back into yes or unknown for the same facts', () => {
    fc.assert(
      fc.property(inputArb, fc.boolean(), (input, answer) => {
        const before = checkEligibility(r6, input, asOf);
        const q = before.missing[0];
        if (q?.answers.kind !== 'boolean') return;
        const [root, key] = q.path.split('.') as ['business' | 'status', string];
        const next = { ...input, [root]: { ...(input[root] ?? {}), [key]: answer } };
        const after = checkEligibility(r6, next, asOf);
        before.types.forEach((t, i) => {
          if (t.eligible === 'no') expect(after.types[i]!.eligible).toBe('no');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('12 months after a decision is the same calendar day, clamped to the month end', () => {
    expect(addMonths('2024-07-29', 12)).toBe('2025-07-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
  });
});
