/**
 * The case files' strict schema (test/case-schema.ts) refuses what would otherwise pass silently:
 * a misspelt key, an unknown warning code, a case that asserts nothing, an error case without its code.
 */
import { describe, expect, it } from 'vitest';
import { EligibilityCase, EstimateCase, parseCases } from './case-schema.ts';

const estimateCase = {
  name: 'R6 インボイス対応類型 sme, software 1,000,000 → 722,222',
  why: '500,000 at 3/4 on 666,666.67, then 333,333.33 × 2/3 = 222,222.22 → 722,222',
  input: { round: 'r6', type: 'invoice', applicant: { size: 'sme' } },
  expected: { subsidy: 722_222 },
};
const eligibilityCase = {
  name: 'R6 中小企業 sme → invoice yes',
  why: 'fact sheet §1.1: 資本金 or 従業員 at or below the limit',
  input: {},
  expected: { types: { invoice: { eligible: 'yes' } } },
};
const bad = (schema: typeof EstimateCase | typeof EligibilityCase, c: unknown) => () => parseCases('cases/x.json', [c], schema as never);

describe('case files are parsed strictly', () => {
  it('a well-formed estimate case and eligibility case parse', () => {
    expect(parseCases('e.json', [estimateCase], EstimateCase)).toHaveLength(1);
    expect(parseCases('g.json', [eligibilityCase], EligibilityCase)).toHaveLength(1);
  });
  it('a misspelt key ("subsidi") fails, naming the file, the case and the key', () => {
    const c = { ...estimateCase, expected: { subsidi: 722_222 } };
    expect(bad(EstimateCase, c)).toThrow(/cases\/x\.json case 0 .*subsidi/s);
  });
  it('a 200 case without the subsidy it expects fails', () => {
    expect(bad(EstimateCase, { ...estimateCase, expected: { totalCost: 1_000_000 } })).toThrow(/subsidy/);
  });
  it('a misspelt key in a line expectation, or a line that asserts nothing, fails', () => {
    expect(bad(EstimateCase, { ...estimateCase, expected: { subsidy: 1, lines: { 'it-tool': { subsidi: 1 } } } })).toThrow(/subsidi/);
    expect(bad(EstimateCase, { ...estimateCase, expected: { subsidy: 1, lines: { 'it-tool': {} } } })).toThrow(/asserts nothing/);
    expect(bad(EstimateCase, { ...estimateCase, expected: { subsidy: 1, lines: { 'it-tol': { subsidy: 1 } } } })).toThrow(/it-tol/);
  });
  it('an unknown warning code fails', () => {
    expect(bad(EstimateCase, { ...estimateCase, expected: { subsidy: 1, warnings: ['caped'] } })).toThrow(/warnings/);
  });
  it('an error case needs its problem code, and compares no answer', () => {
    expect(bad(EstimateCase, { ...estimateCase, expected: { status: 400 } })).toThrow(/problem code/);
    expect(bad(EstimateCase, { ...estimateCase, expected: { status: 400, code: 'validation_failed', subsidy: 0 } })).toThrow(/no answer/);
  });
  it('a misspelt top-level key ("expect") or a missing why fails', () => {
    const { expected, ...rest } = estimateCase;
    expect(bad(EstimateCase, { ...rest, expect: expected })).toThrow(/expect/);
    const { why: _why, ...noWhy } = estimateCase;
    expect(bad(EstimateCase, noWhy)).toThrow(/why/);
  });
  it('eligibility: a misspelt key, an unknown type or an empty expectation fails', () => {
    expect(bad(EligibilityCase, { ...eligibilityCase, expected: { types: { invoice: { eligble: 'yes' } } } })).toThrow(/eligble/);
    expect(bad(EligibilityCase, { ...eligibilityCase, expected: { types: { invoce: { eligible: 'yes' } } } })).toThrow(/invoce/);
    expect(bad(EligibilityCase, { ...eligibilityCase, expected: {} })).toThrow(/asserts nothing/);
    expect(bad(EligibilityCase, { ...eligibilityCase, expected: { types: { invoice: { eligible: 'maybe' } } } })).toThrow(/eligible/);
  });
});
