/// <reference types="vite/client" />
/**
 * Estimate cases (test/cases/estimate/<round>.json), each derived by hand from the sources with
 * the arithmetic in `why`, posted through the Worker. `expected` is partial: only the fields a
 * case names are compared. Every case also runs through GET with the same fields as a query,
 * which must give the same answer.
 */
import { describe, expect, it } from 'vitest';
import { api, expectProblem, json, postJson } from './helpers.ts';

interface LineExpectation {
  eligibleCost?: number;
  subsidy?: number;
  cap?: number;
  rate?: string;
}
interface Case {
  name: string;
  why: string;
  example?: boolean;
  input: Record<string, unknown>;
  expected: {
    status?: number;
    code?: string;
    field?: string;
    subsidy?: number;
    eligibleCost?: number;
    totalCost?: number;
    selfPay?: number;
    subtype?: 'A' | 'B' | null;
    lines?: Record<string, LineExpectation>;
    warnings?: string[];
    noWarnings?: string[];
  };
}

const files = import.meta.glob<Case[]>('./cases/estimate/*.json', { eager: true, import: 'default' });

/** The request as the GET form: dotted keys, arrays repeated. */
export const toQuery = (body: Record<string, unknown>): string => {
  const params = new URLSearchParams();
  const walk = (value: unknown, key: string) => {
    if (Array.isArray(value)) {
      if (key === 'functions' || key.endsWith('.functions')) value.forEach((v) => params.append(key, String(v)));
      else value.forEach((v, i) => walk(v, `${key}.${i}`));
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
    for (const [k, v] of Object.entries(want)) expect(line[k], `${category}.${k}`).toBe(v);
  }
  const codes = answer.warnings.map((w: any) => w.code);
  for (const w of e.warnings ?? []) expect(codes, `warnings`).toContain(w);
  for (const w of e.noWarnings ?? []) expect(codes, `warnings`).not.toContain(w);
  // Invariants every answer keeps.
  expect(answer.selfPay).toBe(answer.totalCost - answer.subsidy);
  expect(answer.subsidy).toBe(answer.lines.reduce((s: number, l: any) => s + l.subsidy, 0));
};

describe('estimate cases', () => {
  it('there are hand-derived cases for every round in rules/', () => {
    const rounds = Object.keys(files).map((f) => f.replace(/^.*\/(r\d+)\.json$/, '$1')).sort();
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
            if (c.expected.field) expect(problem.errors.map((x: any) => x.path), c.why).toContain(c.expected.field);
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
