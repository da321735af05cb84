/// <reference types="vite/client" />
/**
 * Eligibility cases (test/cases/eligibility/<round>.json), each posted through the Worker.
 * `expected` is a partial answer: only the fields a case names are compared.
 */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { EligibilityCase, type EligibilityTypeExpectation, parseCases } from './case-schema.ts';
import { json, postJson } from './helpers.ts';

const raw = import.meta.glob<unknown>('./cases/eligibility/*.json', { eager: true, import: 'default' });
/** Parsed strictly (test/case-schema.ts): a misspelt key or a case that asserts nothing fails here. */
const files = Object.fromEntries(Object.entries(raw).map(([file, data]) => [file, parseCases(file, data, EligibilityCase)]));
type TypeExpectation = z.infer<typeof EligibilityTypeExpectation>;

const checkType = (answer: any, type: string, want: TypeExpectation) => {
  const got = answer.types.find((t: any) => t.type === type);
  expect(got, `type ${type} in the answer`).toBeDefined();
  if (want.eligible) expect(got.eligible, `${type}.eligible`).toBe(want.eligible);
  for (const [code, result] of Object.entries(want.criteria ?? {})) {
    const c = got.criteria.find((x: any) => x.code === code);
    expect(c?.result, `${type} criterion ${code}`).toBe(result);
  }
  for (const [code, confidence] of Object.entries(want.confidence ?? {})) {
    expect(got.criteria.find((x: any) => x.code === code)?.confidence, `${type} criterion ${code} confidence`).toBe(confidence);
  }
  if (want.firstQuestion) expect(got.missing[0]?.path, `${type} first question`).toBe(want.firstQuestion);
  if (want.missing)
    expect(
      got.missing.map((m: any) => m.path),
      `${type} missing`,
    ).toEqual(want.missing);
  if (want.combinable) expect([...got.combinable.types].sort(), `${type} combinable`).toEqual([...want.combinable].sort());
  if (want.ruledOut) expect([...got.combinable.ruledOut].sort(), `${type} ruledOut`).toEqual([...want.ruledOut].sort());
  for (const w of want.warnings ?? []) expect(got.warnings, `${type} warnings`).toContain(w);
  if (want.productivity) {
    expect(got.productivity?.targets, `${type} productivity targets`).toHaveLength(want.productivity.length);
    want.productivity.forEach((p, i) => {
      expect(got.productivity.targets[i], `${type} productivity target ${i}`).toMatchObject(p);
      // Unconfirmed where (and only where) the case says so.
      expect(got.productivity.targets[i].confidence, `${type} productivity target ${i} confidence`).toBe(p.confidence);
    });
  }
};

for (const [file, cases] of Object.entries(files)) {
  describe(file.replace('./cases/', ''), () => {
    for (const c of cases) {
      it(c.name, async () => {
        const res = await postJson('/v1/eligibility', c.input);
        const answer = await json(res);
        expect(res.status, JSON.stringify(answer).slice(0, 500)).toBe(200);
        if (c.expected.classification) expect(answer.classification).toMatchObject(c.expected.classification);
        for (const [type, want] of Object.entries(c.expected.types ?? {})) if (want) checkType(answer, type, want);
        if (c.expected.firstQuestion) expect(answer.missing[0]?.path).toBe(c.expected.firstQuestion);
      });
    }
  });
}

describe('case files', () => {
  it('every case has a sentence name with its round, an input and a why', () => {
    const all = Object.values(files).flat();
    expect(all.length).toBeGreaterThan(100);
    for (const c of all) {
      expect(c.name).toMatch(/^R\d /);
      expect(c.why.length).toBeGreaterThan(10);
    }
    expect(new Set(all.map((c) => c.name)).size).toBe(all.length);
  });
});
