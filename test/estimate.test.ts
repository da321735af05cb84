/// <reference types="vite/client" />
/**
 * Estimate cases (test/cases/estimate/<round>.json), each derived by hand from the sources with
 * the arithmetic in `why`, posted through the Worker. `expected` is partial: only the fields a
 * case names are compared. Every case also runs through GET with the same fields as a query,
 * which must give the same answer.
 */
import { describe, expect, it } from 'vitest';
import { EstimateCase, parseCases } from './case-schema.ts';
import { api, expectProblem, json, postJson } from './helpers.ts';

const raw = import.meta.glob<unknown>('./cases/estimate/*.json', { eager: true, import: 'default' });
/** Parsed strictly: a misspelt key or a case that asserts nothing fails here, before any case runs. */
const files = Object.fromEntries(Object.entries(raw).map(([file, data]) => [file, parseCases(file, data, EstimateCase)]));
type Case = EstimateCase;

/** The request as the GET form: dotted keys, arrays repeated. */
const toQuery = (body: Record<string, unknown>): string => {
  const params = new URLSearchParams();
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      if (key === 'functions' || key.endsWith('.functions')) for (const v of value) params.append(key, String(v));
      else
        value.forEach((v, i) => {
          walk(v, `${key}.${i}`);
        });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
    } else params.append(key, String(value));
  };
  walk(body, '');
  return params.toString();
};

const check = (answer: any, c: Case) => {
  const e = c.expected;
  if (e.subsidy !== undefined) expect(answer.subsidy, 'subsidy').toBe(e.subsidy);
  if (e.eligibleCost !== undefined) expect(answer.eligibleCost, 'eligibleCost').toBe(e.eligibleCost);
  if (e.totalCost !== undefined) expect(answer.totalCost, 'totalCost').toBe(e.totalCost);
  if (e.selfPay !== undefined) expect(answer.selfPay, 'selfPay').toBe(e.selfPay);
  if (e.subtype !== undefined) expect(answer.type.subtype, 'subtype').toBe(e.subtype);
  for (const [category, want] of Object.entries(e.lines ?? {})) {
    const line = answer.lines.find((l: any) => l.category === category);
    expect(line, `line ${category}`).toBeDefined();
    for (const [k, v] of Object.entries(want ?? {})) {
      if (k === 'segments') {
        const segs = v as Record<string, unknown>[];
        expect(line.segments.length, `${category}.segments.length`).toBe(segs.length);
        segs.forEach((s, i) => {
          expect(line.segments[i], `${category}.segments.${i}`).toMatchObject(s);
        });
      } else expect(line[k], `${category}.${k}`).toEqual(v);
    }
  }
  const codes = answer.warnings.map((w: any) => w.code);
  for (const w of e.warnings ?? []) expect(codes, `warnings`).toContain(w);
  for (const w of e.noWarnings ?? []) expect(codes, `warnings`).not.toContain(w);
  const notApplicable = answer.warnings.filter((w: any) => w.code === 'input_not_applicable').map((w: any) => w.field);
  for (const f of e.notApplicable ?? []) expect(notApplicable, 'input_not_applicable fields').toContain(f);
  // Invariants every answer keeps: every yen sent is in one line, and each line's segments add up to it.
  expect(answer.selfPay).toBe(answer.totalCost - answer.subsidy);
  expect(answer.subsidy).toBe(answer.lines.reduce((s: number, l: any) => s + l.subsidy, 0));
  expect(answer.totalCost, 'Σ lines.cost').toBe(answer.lines.reduce((s: number, l: any) => s + l.cost, 0));
  for (const l of answer.lines) {
    expect(l.cost, `${l.category}: cost = eligibleCost + ineligible`).toBe(l.eligibleCost + l.ineligible);
    if (l.segments.length) {
      expect(
        l.segments.reduce((s: number, x: any) => s + x.eligibleCost, 0),
        `${l.category}: Σ segments.eligibleCost`,
      ).toBe(l.eligibleCost);
      expect(
        l.segments.reduce((s: number, x: any) => s + x.subsidy, 0),
        `${l.category}: Σ segments.subsidy`,
      ).toBe(l.subsidy);
    }
  }
};

describe('estimate cases', () => {
  it('there are hand-derived cases for every round in rules/', () => {
    const rounds = Object.keys(files)
      .map((f) => f.replace(/^.*\/(r\d+)\.json$/, '$1'))
      .sort();
    expect(rounds).toEqual(['r3', 'r4', 'r5', 'r6', 'r7']);
  });
  for (const [file, cases] of Object.entries(files)) {
    describe(file.replace('./cases/', ''), () => {
      for (const c of cases) {
        it(c.name, async () => {
          const status = c.expected.status ?? 200;
          const res = await postJson('/v1/estimate', c.input);
          if (status !== 200) {
            const problem = await expectProblem(res, status, c.expected.code!);
            if (c.expected.field)
              expect(
                problem.errors.map((x: any) => x.path),
                c.why,
              ).toContain(c.expected.field);
            return;
          }
          const answer = await json(res);
          expect(res.status, JSON.stringify(answer).slice(0, 600)).toBe(200);
          check(answer, c);
          const viaGet = await api(`/v1/estimate?${toQuery(c.input)}`);
          expect(viaGet.status).toBe(200);
          expect(await json(viaGet)).toEqual(answer);
        });
      }
    });
  }
});
