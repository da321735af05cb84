/// <reference types="vite/client" />
/**
 * /v1/estimate, /v1/estimate/compare and /v1/rounds/{id}/examples as HTTP contracts: GET ⇄ POST,
 * every error path of issue 3, language, caching, deadlines and the worked examples. Expected
 * amounts are derived by hand in each test name (sources: rules/<round>.json citations).
 */
import { describe, expect, it } from 'vitest';
import { api, expectProblem, json, postJson } from './helpers.ts';

const invoice = {
  round: 'r6',
  asOf: '2025-06-01',
  type: 'invoice',
  applicant: { size: 'sme' },
  functions: ['accounting', 'ordering'],
  costs: { software: 1_000_000 },
};

describe('POST and GET /v1/estimate', () => {
  it('r6 インボイス対応類型 sme, 2 functions, 1,000,000: 500,000 (3/4 up to 666,666.67) + 333,333.33×2/3 = 722,222.22 → 722,222', async () => {
    const res = await postJson('/v1/estimate', invoice);
    expect(res.status).toBe(200);
    const a = await json(res);
    expect(a.subsidy).toBe(722_222);
    expect(a.selfPay).toBe(277_778);
    expect(a.round.id).toBe('r6');
    expect(a.round.rulesVersion).toMatch(/^r6-[0-9a-f]{16}$/);
    const line = a.lines.find((l: any) => l.category === 'it-tool');
    expect(line.rate).toBe('3/4');
    expect(line.segments.map((s: any) => s.rate)).toEqual(['3/4', '2/3']);
    expect(line.cap).toBe(3_500_000);
    expect(line.source).toMatchObject({ doc: 'it2025-koubo-invoice', authority: 'official' });
    expect(line.source.locator).toContain('２機能以上');
    expect(a.rounding.rule).toBe('floor-per-line');
    expect(a.disclaimer.ja.length).toBeGreaterThan(0);
  });

  it('GET with dotted query parameters gives the POST answer; functions may be comma-separated', async () => {
    const post = await json(await postJson('/v1/estimate', invoice));
    const a = await api('/v1/estimate?round=r6&asOf=2025-06-01&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1000000');
    expect(a.status).toBe(200);
    expect(await json(a)).toEqual(post);
    const b = await api('/v1/estimate?round=r6&asOf=2025-06-01&type=invoice&applicant.size=sme&functions=accounting,ordering&costs.software=1000000');
    expect(await json(b)).toEqual(post);
  });

  it('GET is cacheable: Cache-Control public, ETag, and If-None-Match → 304', async () => {
    const url = '/v1/estimate?round=r6&asOf=2025-06-01&type=invoice&applicant.size=sme&functions=accounting&costs.software=500000';
    const first = await api(url);
    expect(first.headers.get('cache-control')).toMatch(/public/);
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await api(url, { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
  });

  it('the next 締切 after asOf comes with the answer: r6 invoice on 2025-12-03 → 第8次 2026-01-07 17:00 JST (seed 002)', async () => {
    const a = await json(await postJson('/v1/estimate', { ...invoice, asOf: '2025-12-03' }));
    expect(a.deadline.closesAt).toBe('2026-01-07T17:00:00+09:00');
    expect(a.deadline.phase).toBe(8);
  });

  it('after the last known 締切 there is no deadline and a no_upcoming_deadline warning', async () => {
    const a = await json(await postJson('/v1/estimate', { ...invoice, asOf: '2026-01-08T09:00:00+09:00' }));
    expect(a.deadline).toBeNull();
    expect(a.warnings.map((w: any) => w.code)).toContain('no_upcoming_deadline');
  });

  it('without round, asOf picks the round whose window contains it (2025-06-01 → r6); year aliases work (2022 → r3)', async () => {
    const { round: _r, ...noRound } = invoice;
    expect((await json(await postJson('/v1/estimate', noRound))).round.id).toBe('r6');
    const r3 = await json(
      await postJson('/v1/estimate', {
        round: '2022',
        asOf: '2022-06-01',
        type: 'digital-base',
        applicant: { size: 'sme' },
        functions: ['accounting'],
        costs: { software: 400_000 },
      }),
    );
    // 400,000 × 3/4 = 300,000 ≤ 500,000 (1 function cap), ≥ 50,000 floor (r3).
    expect(r3.round.id).toBe('r3');
    expect(r3.subsidy).toBe(300_000);
  });

  it(
    'r5 hardware (sources disagree: separate 10万/20万 caps vs one combined 20万): pc 300,000 × ' +
      '1/2 → cap 100,000, flagged unconfirmed and the disagreement said in why (ja and en)',
    async () => {
      const a = await json(
        await postJson('/v1/estimate', {
          round: 'r5',
          asOf: '2024-06-01',
          type: 'invoice',
          applicant: { size: 'sme' },
          functions: ['accounting'],
          costs: { software: 400_000, pc: 300_000 },
        }),
      );
      const pc = a.lines.find((l: any) => l.category === 'pc');
      expect(pc.subsidy).toBe(100_000);
      expect(pc.confidence).toBe('unconfirmed');
      expect(pc.why.en).toMatch(/Sources disagree/);
      expect(pc.why.ja).toContain('食い違い');
      expect(a.warnings.map((w: any) => w.code)).toContain('unconfirmed_rule');
      // software 400,000 × 3/4 = 300,000 (1 function, cap 500,000) + pc 100,000.
      expect(a.subsidy).toBe(400_000);
    },
  );

  it('English messages with lang=en or Accept-Language: en', async () => {
    const a = await json(await postJson('/v1/estimate?lang=en', { ...invoice, costs: { software: 10_000_000 } }));
    const capped = a.warnings.find((w: any) => w.code === 'capped');
    expect(capped.message.en).toMatch(/3,500,000/);
    const p = await expectProblem(
      await postJson('/v1/estimate', { ...invoice, costs: { software: -1 } }, { 'Accept-Language': 'en-US' }),
      400,
      'validation_failed',
    );
    expect(p.title).toBe('The request is not valid');
  });
});

describe('bad input → problem+json naming the field', () => {
  const cases: [string, Record<string, unknown>, number, string, string?][] = [
    ['negative yen', { ...invoice, costs: { software: -1 } }, 400, 'validation_failed', 'costs.software'],
    ['non-integer yen', { ...invoice, costs: { software: 1000.5 } }, 400, 'validation_failed', 'costs.software'],
    ['months over 120', { ...invoice, costs: { cloud: { monthly: 1000, months: 121 } } }, 400, 'validation_failed', 'costs.cloud.months'],
    ['a single amount over 10^10', { ...invoice, costs: { software: 10_000_000_001 } }, 400, 'validation_failed', 'costs.software'],
    [
      'a total over 10^10 (two amounts of 6×10^9)',
      { ...invoice, costs: { software: 6_000_000_000, services: 6_000_000_000 } },
      400,
      'validation_failed',
      'costs',
    ],
    ['functions for a type without them (security)', { ...invoice, type: 'security', costs: {} }, 400, 'validation_failed', 'functions'],
    ['group without multi-company', { ...invoice, group: { members: 10 } }, 400, 'validation_failed', 'group'],
    ['multi-company without group', { ...invoice, type: 'multi-company' }, 400, 'validation_failed', 'group'],
    ['processes outside 通常枠', { ...invoice, processes: 2 }, 400, 'validation_failed', 'processes'],
    ['an unknown field', { ...invoice, colour: 'blue' }, 400, 'validation_failed', 'colour'],
    ['an unknown size', { ...invoice, applicant: { size: 'huge' } }, 400, 'validation_failed', 'applicant.size'],
    ['a malformed asOf', { ...invoice, asOf: '2025-02-30' }, 400, 'validation_failed', 'asOf'],
    ['a type not in the round (digital-base in r6)', { ...invoice, type: 'digital-base' }, 422, 'unknown_type'],
    ['an unknown round', { ...invoice, round: 'r99' }, 404, 'unknown_round'],
    ['a date outside every round', { ...invoice, round: undefined, asOf: '2019-01-01' }, 422, 'date_outside_rounds'],
  ];
  for (const [name, body, status, code, field] of cases) {
    it(`${name} → ${status} ${code}${field ? ` at ${field}` : ''}`, async () => {
      const p = await expectProblem(await postJson('/v1/estimate', body), status, code);
      if (field) expect(p.errors.map((e: any) => e.path)).toContain(field);
    });
  }

  it('unknown type lists the round’s types; a date outside rounds lists the windows', async () => {
    const p = await expectProblem(await postJson('/v1/estimate', { ...invoice, type: 'digital-base' }), 422, 'unknown_type');
    expect(p.types).toEqual(['regular', 'invoice', 'e-transaction', 'security', 'multi-company']);
    const q = await expectProblem(await postJson('/v1/estimate', { ...invoice, round: undefined, asOf: '2019-01-01' }), 422, 'date_outside_rounds');
    expect(q.knownRounds.map((r: any) => r.id)).toEqual(['r3', 'r4', 'r5', 'r6', 'r7']);
  });

  it('a present field of the wrong type is invalid_type ("must be an integer number of yen"); an absent one is required', async () => {
    const err = async (body: unknown, path: string, lang: 'ja' | 'en') => {
      const p = await expectProblem(await postJson(`/v1/estimate?lang=${lang}`, body), 400, 'validation_failed');
      return p.errors.find((e: any) => e.path === path);
    };
    expect(await err({ ...invoice, costs: { software: '1000000' } }, 'costs.software', 'ja')).toEqual({
      path: 'costs.software',
      code: 'invalid_type',
      message: '円単位の整数で指定してください',
    });
    expect(await err({ ...invoice, costs: { software: '1000000' } }, 'costs.software', 'en')).toMatchObject({
      code: 'invalid_type',
      message: 'must be an integer number of yen',
    });
    expect(await err({ ...invoice, costs: { cloud: { monthly: 1000.5, months: 12 } } }, 'costs.cloud.monthly', 'en')).toMatchObject({
      code: 'invalid_type',
      message: 'must be an integer number of yen',
    });
    expect(await err({ ...invoice, costs: { software: null } }, 'costs.software', 'en')).toMatchObject({ code: 'invalid_type' });
    expect(await err({ ...invoice, processes: '2' }, 'processes', 'en')).toMatchObject({ code: 'invalid_type', message: 'must be an integer' });
    const { applicant: _a, ...noApplicant } = invoice;
    expect(await err(noApplicant, 'applicant', 'ja')).toEqual({ path: 'applicant', code: 'required', message: '必須です' });
    expect(await err({ ...invoice, applicant: {} }, 'applicant.size', 'en')).toMatchObject({ code: 'required', message: 'is required' });
    // GET: the query's text is the present value.
    const g = await expectProblem(await api('/v1/estimate?type=invoice&applicant.size=sme&costs.software=abc&lang=en'), 400, 'validation_failed');
    expect(g.errors.find((e: any) => e.path === 'costs.software')).toMatchObject({ code: 'invalid_type', message: 'must be an integer number of yen' });
  });

  it('GET: a non-number amount and an unknown parameter are 400 naming them', async () => {
    const p = await expectProblem(await api('/v1/estimate?type=invoice&applicant.size=sme&costs.software=abc'), 400, 'validation_failed');
    expect(p.errors.map((e: any) => e.path)).toContain('costs.software');
    const q = await expectProblem(await api('/v1/estimate?type=invoice&applicant.size=sme&cost.software=1'), 400, 'validation_failed');
    expect(q.errors.map((e: any) => e.path)).toEqual(['cost.software']);
    // Negative amounts are caught by the body's own rule, with the same path.
    const r = await expectProblem(await api('/v1/estimate?type=invoice&applicant.size=sme&costs.software=-5'), 400, 'validation_failed');
    expect(r.errors.map((e: any) => e.path)).toContain('costs.software');
  });

  it('a non-JSON body is 415 and broken JSON 400', async () => {
    await expectProblem(await api('/v1/estimate', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }), 415, 'unsupported_media_type');
    await expectProblem(
      await api('/v1/estimate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"type":' }),
      400,
      'malformed_json',
    );
  });
});

describe('POST /v1/estimate/compare', () => {
  it(
    'r6, sme, 2 processes, 1 function, software 1,000,000: 通常枠 1/2 = 500,000 and インボイス 500,' +
      '000 (1-function cap) rank first; a second function → 722,222',
    async () => {
      const res = await postJson('/v1/estimate/compare', {
        round: 'r6',
        asOf: '2025-06-01',
        applicant: { size: 'sme' },
        processes: 2,
        functions: ['accounting'],
        costs: { software: 1_000_000 },
      });
      expect(res.status).toBe(200);
      const a = await json(res);
      const by = Object.fromEntries(a.results.map((e: any) => [e.type, e]));
      expect(by.regular.subsidy).toBe(500_000);
      expect(by.invoice.subsidy).toBe(500_000);
      expect(by.regular.rank).not.toBeNull();
      const second = by.invoice.suggestions.find((s: any) => Array.isArray(s.patch.functions));
      expect(second.subsidy).toBe(722_222);
      expect(second.patch.functions).toHaveLength(2);
      // 複数社連携 needs a group: rejected with the reason, and a group of 10 as the change.
      expect(by['multi-company'].eligible).toBe(false);
      expect(by['multi-company'].reasons.map((r: any) => r.code)).toContain('group_too_small');
      expect(by['multi-company'].suggestions[0].patch.group.members).toBe(10);
      // The security type covers no software: nothing, with the reason.
      expect(by.security.reasons.map((r: any) => r.code)).toContain('input_not_applicable');
      expect(a.best === 'regular' || a.best === 'invoice').toBe(true);
    },
  );

  it('below the floor the smallest qualifying purchase is found: r6 通常枠 floor 50,000 at 1/2 → software 100,000', async () => {
    const a = await json(
      await postJson('/v1/estimate/compare', {
        round: 'r6',
        asOf: '2025-06-01',
        types: ['regular'],
        applicant: { size: 'sme' },
        processes: 1,
        costs: { software: 60_000 },
      }),
    );
    const reg = a.results[0];
    expect(reg.subsidy).toBe(0);
    expect(reg.reasons.map((r: any) => r.code)).toContain('below_minimum');
    expect(reg.suggestions[0].patch.costs.software).toBe(100_000);
    expect(reg.suggestions[0].subsidy).toBe(50_000);
  });

  it('2022 allows 通常枠 and デジタル化基盤導入類型 at once: the combination is listed', async () => {
    const a = await json(
      await postJson('/v1/estimate/compare', {
        round: 'r3',
        asOf: '2022-06-01',
        applicant: { size: 'sme' },
        processes: 1,
        functions: ['accounting'],
        costs: { software: 1_000_000 },
      }),
    );
    expect(a.combinations.map((c: any) => c.types.join('+'))).toContain('digital-base+regular');
  });

  it('a type not in the round is 422', async () => {
    await expectProblem(await postJson('/v1/estimate/compare', { round: 'r6', types: ['digital-base'], applicant: { size: 'sme' } }), 422, 'unknown_type');
  });
});

describe('GET /v1/rounds/{id}/examples', () => {
  const files = import.meta.glob<any[]>('./cases/estimate/*.json', { eager: true, import: 'default' });
  for (const id of ['r3', 'r4', 'r5', 'r6', 'r7']) {
    it(`${id}: the worked examples are the cases marked example in test/cases/estimate/${id}.json, and each still computes`, async () => {
      const res = await api(`/v1/rounds/${id}/examples`);
      expect(res.status).toBe(200);
      const body = await json(res);
      const marked = (files[`./cases/estimate/${id}.json`] ?? []).filter((c) => c.example === true);
      expect(marked.length).toBeGreaterThan(0);
      expect(body.examples.map((e: any) => e.name.en)).toEqual(marked.map((c) => c.name));
      expect(body.examples.map((e: any) => e.name.ja)).toEqual(marked.map((c: any) => c.ja.name));
      for (const ex of body.examples) {
        const a = await json(await postJson('/v1/estimate', ex.input));
        if (ex.expected.subsidy !== undefined) expect(a.subsidy, ex.name.en).toBe(ex.expected.subsidy);
      }
    });
  }
  it('an unknown round is 404', async () => {
    await expectProblem(await api('/v1/rounds/r99/examples'), 404, 'unknown_round');
  });
});
