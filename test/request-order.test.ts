/**
 * The order requests are checked in (src/lib/request-guard.ts, issue 15): routing (404, 405 with
 * Allow), then lang, then content type, size and JSON, then exact numbers; the media-type parser
 * (RFC 9110 §8.3.1) and the exact-number reader with their own tables of cases.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { checkJsonMediaType, parseMediaType } from '../src/lib/media-type.ts';
import { parseJsonExact, readNumber } from '../src/lib/json-number.ts';
import { registry } from '../src/rules/index.ts';
import { api, expectProblem, json, postJson } from './helpers.ts';

const ESTIMATE = { round: 'r6', type: 'invoice', applicant: { size: 'sme' }, functions: ['accounting', 'ordering'], costs: { software: 1_000_000 } };
const BIG = JSON.stringify({ pad: 'x'.repeat(70_000) }); // > 64 KiB

/** Every route the app mounts, with sample parameter values (the app's own list: a route added later is covered). */
const ROUTES = (() => {
  const byPath = new Map<string, Set<string>>();
  for (const r of createApp(registry).routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const path = r.path.replace(':id', 'r6').replace(':type', 'invoice');
    byPath.set(path, (byPath.get(path) ?? new Set()).add(r.method));
  }
  return [...byPath].map(([path, methods]) => ({ path, methods: [...methods] }));
})();

/** Bodies that each fail one body check; on a wrong path or method none of them may matter. */
const BAD_BODIES: { name: string; type?: string; body: string }[] = [
  { name: 'text/plain', type: 'text/plain', body: '{}' },
  { name: 'no Content-Type', body: '{}' },
  { name: 'invalid JSON', type: 'application/json', body: '{"round":' },
  { name: '70 KB', type: 'application/json', body: BIG },
  { name: 'charset=shift_jis', type: 'application/json; charset=shift_jis', body: '{}' },
  { name: 'an inexact number', type: 'application/json', body: '{"costs":{"software":9999999999.9999999999}}' },
];

const send = (method: string, path: string, b?: { type?: string; body: string }) =>
  api(path, { method, ...(b ? { body: b.body, headers: b.type ? { 'Content-Type': b.type } : {} } : {}) });

describe('routing comes before every body check: (method, path, content type, body) → status', () => {
  it('the table covers every route the app mounts', () => {
    expect(ROUTES.map((r) => r.path)).toEqual(expect.arrayContaining(['/v1/estimate', '/v1/rounds', '/mcp', '/widget', '/docs', '/health']));
  });

  for (const { name, type, body } of BAD_BODIES) {
    for (const path of ['/nope', '/v1/nope', '/v1/rounds/r6/nope', '/v1/estimate/nope']) {
      it(`POST ${path} with ${name} → 404 not_found`, async () => {
        await expectProblem(await send('POST', path, { type, body }), 404, 'not_found');
      });
    }
  }

  for (const route of ROUTES) {
    const wrong = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((m) => !route.methods.includes(m));
    for (const method of wrong) {
      it(`${method} ${route.path} (it answers ${route.methods.join(', ')}) → 405 with Allow, whatever the body`, async () => {
        for (const b of method === 'GET' ? [undefined] : [undefined, ...BAD_BODIES]) {
          const res = await send(method, route.path, b);
          const problem = await expectProblem(res, 405, 'method_not_allowed');
          const allow = (res.headers.get('allow') ?? '').split(/,\s*/);
          expect(allow).toEqual(expect.arrayContaining([...route.methods, 'OPTIONS']));
          expect(allow).not.toContain(method);
          expect(problem.allowed).toEqual(expect.arrayContaining(route.methods));
        }
      });
    }
    it(`${route.path}: an invalid ?lang= → 400 validation_failed on lang (one rule for every route)`, async () => {
      const method = route.methods.includes('GET') ? 'GET' : 'POST';
      const sep = route.path.includes('?') ? '&' : '?';
      for (const lang of ['fr', 'EN', '', 'ja&lang=en']) {
        const res = await send(method, `${route.path}${sep}lang=${lang}`, method === 'POST' ? { type: 'application/json', body: '{}' } : undefined);
        const problem = await expectProblem(res, 400, 'validation_failed');
        expect(problem.errors).toEqual([expect.objectContaining({ path: 'lang', code: 'invalid_value' })]);
      }
    });
  }

  it('an invalid lang on an unknown path is still 404, on a wrong method still 405 (routing first); the 400 speaks the Accept-Language', async () => {
    await expectProblem(await api('/v1/nope?lang=fr'), 404, 'not_found');
    await expectProblem(await api('/v1/rounds?lang=fr', { method: 'DELETE' }), 405, 'method_not_allowed');
    const res = await api('/widget?lang=fr', { headers: { 'Accept-Language': 'en' } });
    expect((await expectProblem(res, 400, 'validation_failed')).title).toBe('The request is not valid');
  });

  const order: { name: string; type?: string; body: string; status: number; code: string }[] = [
    { name: 'a wrong type and 70 KB → 415 (type before size)', type: 'text/plain', body: BIG, status: 415, code: 'unsupported_media_type' },
    { name: 'a wrong charset and invalid JSON → 415', type: 'application/json; charset=iso-8859-1', body: '{', status: 415, code: 'unsupported_media_type' },
    {
      name: '70 KB of invalid JSON → 413 (size before syntax)',
      type: 'application/json',
      body: `{${'x'.repeat(70_000)}`,
      status: 413,
      code: 'payload_too_large',
    },
    {
      name: 'invalid JSON with an inexact number → 400 malformed_json',
      type: 'application/json',
      body: '{"costs":{"software":9999999999.9999999999}',
      status: 400,
      code: 'malformed_json',
    },
    { name: 'bytes that are not UTF-8 → 400 malformed_json', type: 'application/json', body: '{"round":"\udc00"}', status: 400, code: 'malformed_json' },
  ];
  for (const o of order) {
    it(`POST /v1/estimate with ${o.name}`, async () => {
      await expectProblem(await send('POST', '/v1/estimate', o), o.status, o.code);
    });
  }

  it('HEAD of a GET route is routed as GET; OPTIONS (CORS preflight) answers on any path', async () => {
    expect((await api('/v1/rounds', { method: 'HEAD' })).status).toBe(200);
    expect((await api('/v1/estimate/compare', { method: 'HEAD' })).status).toBe(405);
    expect((await api('/v1/rounds', { method: 'OPTIONS', headers: { Origin: 'https://a.example', 'Access-Control-Request-Method': 'GET' } })).status).toBe(204);
  });

  it('a trailing slash routes as without one (the router is not strict)', async () => {
    expect((await api('/v1/rounds/')).status).toBe(200);
    await expectProblem(await api('/v1/rounds/', { method: 'DELETE' }), 405, 'method_not_allowed');
  });
});

describe('RFC 9110 media types: the parser', () => {
  const cases: { text: string; essence?: string; params?: [string, string][] }[] = [
    { text: 'application/json', essence: 'application/json', params: [] },
    { text: 'APPLICATION/JSON', essence: 'application/json', params: [] },
    { text: 'application/json;', essence: 'application/json', params: [] },
    { text: 'application/json ; charset=utf-8', essence: 'application/json', params: [['charset', 'utf-8']] },
    { text: 'application/json;charset=UTF-8', essence: 'application/json', params: [['charset', 'UTF-8']] },
    {
      text: 'application/json;\tCharset="utf-8" ;; profile="a;b\\"c"',
      essence: 'application/json',
      params: [
        ['charset', 'utf-8'],
        ['profile', 'a;b"c'],
      ],
    },
    { text: 'application/vnd.api+json', essence: 'application/vnd.api+json', params: [] },
    { text: 'application /json' },
    { text: 'application/ json' },
    { text: 'application/json; charset' },
    { text: 'application/json; charset =utf-8' },
    { text: 'application/json; charset="utf-8' },
    { text: 'application' },
    { text: '/json' },
    { text: 'application/json, text/plain' },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.text)} → ${c.essence ? `${c.essence} ${JSON.stringify(c.params)}` : 'not a media type'}`, () => {
      const mt = parseMediaType(c.text);
      if (!c.essence) expect(mt).toBeUndefined();
      else expect(mt).toEqual(expect.objectContaining({ essence: c.essence, params: c.params }));
    });
  }
});

describe('RFC 9110 media types: which request bodies are JSON', () => {
  const cases: { type: string | undefined; ok: boolean; reason?: string; charset?: string }[] = [
    { type: 'application/json', ok: true },
    { type: 'application/json; charset=utf-8', ok: true },
    { type: 'application/json ; charset=utf-8', ok: true },
    { type: 'application/json;', ok: true },
    { type: 'Application/JSON; Charset=UTF-8', ok: true },
    { type: 'application/json; charset="utf-8"', ok: true },
    { type: 'application/json; charset=utf8', ok: true },
    { type: 'application/vnd.api+json', ok: true },
    { type: 'application/merge-patch+json; charset=utf-8', ok: true },
    { type: 'application/problem+json', ok: true },
    { type: 'application/json; charset=shift_jis', ok: false, reason: 'charset', charset: 'shift_jis' },
    { type: 'application/json; charset=ISO-8859-1', ok: false, reason: 'charset', charset: 'ISO-8859-1' },
    { type: 'application/json; charset=utf-16', ok: false, reason: 'charset', charset: 'utf-16' },
    { type: 'text/plain', ok: false, reason: 'not_json' },
    { type: 'text/json', ok: false, reason: 'not_json' },
    { type: 'application/jsonx', ok: false, reason: 'not_json' },
    { type: 'application/json-seq', ok: false, reason: 'not_json' },
    { type: 'application/+json', ok: false, reason: 'not_json' },
    { type: 'application/x-www-form-urlencoded', ok: false, reason: 'not_json' },
    { type: 'application/json; charset', ok: false, reason: 'malformed' },
    { type: 'json', ok: false, reason: 'malformed' },
    { type: '', ok: false, reason: 'missing' },
    { type: undefined, ok: false, reason: 'missing' },
  ];
  for (const c of cases) {
    it(`Content-Type ${JSON.stringify(c.type)} → ${c.ok ? 'JSON' : `refused (${c.reason}${c.charset ? ` ${c.charset}` : ''})`}`, () => {
      const check = checkJsonMediaType(c.type);
      expect(check.ok).toBe(c.ok);
      if (!check.ok) expect(check).toEqual(expect.objectContaining({ reason: c.reason, ...(c.charset ? { charset: c.charset } : {}) }));
    });
  }

  it(
    'through the API: every spelling of a JSON media type gets the same estimate as ' +
      'application/json (722,222 yen for R6 インボイス枠 sme, 2 functions, 1,000,000)',
    async () => {
      for (const type of [
        'application/json',
        'application/json ; charset=utf-8',
        'application/json;',
        'APPLICATION/JSON',
        'application/vnd.api+json',
        'application/json; charset="UTF-8"',
      ]) {
        const res = await api('/v1/estimate', { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(ESTIMATE) });
        expect(res.status, type).toBe(200);
        expect((await json(res)).subsidy, type).toBe(722_222);
      }
    },
  );

  it('through the API: a non-UTF-8 charset is a 415 naming it, with Accept: application/json', async () => {
    const res = await api('/v1/estimate?lang=en', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=Shift_JIS' },
      body: JSON.stringify(ESTIMATE),
    });
    const problem = await expectProblem(res, 415, 'unsupported_media_type');
    expect(problem.charset).toBe('Shift_JIS');
    expect(problem.detail).toContain('Shift_JIS');
    expect(res.headers.get('accept')).toBe('application/json');
  });

  it('through the API: a compressed body (Content-Encoding: gzip) is a 415', async () => {
    const res = await api('/v1/estimate', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      body: JSON.stringify(ESTIMATE),
    });
    await expectProblem(res, 415, 'unsupported_media_type');
  });
});

describe('money numbers are read exactly or refused', () => {
  const cases: { text: string; exact: boolean; value?: number; why: string }[] = [
    { text: '1000000', exact: true, value: 1_000_000, why: 'an integer' },
    { text: '-0', exact: true, value: -0, why: 'an integer (the schema decides on the sign)' },
    { text: '1000000.0', exact: true, value: 1_000_000, why: 'the written value is exactly the integer 1,000,000' },
    { text: '1e6', exact: true, value: 1_000_000, why: '1 × 10^6 is exactly 1,000,000' },
    { text: '1.5e1', exact: true, value: 15, why: '1.5 × 10 = 15 exactly' },
    { text: '1.5', exact: true, value: 1.5, why: 'not an integer, read as written; integer fields refuse it themselves' },
    { text: '1e-3', exact: true, value: 0.001, why: 'not an integer, read as written' },
    { text: '9999999999.9999999999', exact: false, why: 'not an integer, but JSON.parse reads it as the integer 10,000,000,000' },
    { text: '1.0000000000000001', exact: false, why: 'read as 1: more digits than a double holds' },
    { text: '9007199254740993', exact: false, why: '2^53 + 1 is read as 2^53' },
    { text: '9007199254740991', exact: true, value: 9_007_199_254_740_991, why: '2^53 − 1, the largest safe integer' },
    { text: '1e400', exact: false, why: 'an integer beyond every double (Infinity)' },
  ];
  for (const c of cases) {
    it(`${c.text}: ${c.exact ? `read as ${c.value}` : 'refused'} (${c.why})`, () => {
      const r = readNumber(c.text)!;
      expect(r.exact).toBe(c.exact);
      if (c.exact) expect(Object.is(r.value, c.value)).toBe(true);
    });
  }

  it('parseJsonExact names each inexact number by its path, including inside arrays and at the top level', () => {
    const text = '{"a":"x: 1.5, 2e5","costs":{"software":9999999999.9999999999},"group":{"memberCosts":[{"pc":1},{"pc":9007199254740993}]}}';
    expect(parseJsonExact(text).inexact.map((x) => x.path)).toEqual(['costs.software', 'group.memberCosts.1.pc']);
    expect(parseJsonExact('1.0000000000000001').inexact.map((x) => x.path)).toEqual(['']);
    expect(parseJsonExact('{"share":33.3,"software":1e6}').inexact).toEqual([]);
  });

  it('POST /v1/estimate: costs.software 9999999999.9999999999 → 400 inexact_number on costs.software (was read as 10,000,000,000)', async () => {
    const body = JSON.stringify({ ...ESTIMATE, costs: { software: 0 } }).replace('"software":0', '"software":9999999999.9999999999');
    const problem = await expectProblem(await postJson('/v1/estimate', body), 400, 'validation_failed');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'costs.software', code: 'inexact_number' })]);
  });

  it('POST /v1/estimate: 1000000.0 and 1e6 are exactly 1,000,000 → the same 722,222 as 1000000', async () => {
    for (const written of ['1000000', '1000000.0', '1e6', '1.0e+6']) {
      const body = JSON.stringify(ESTIMATE).replace('"software":1000000', `"software":${written}`);
      const res = await postJson('/v1/estimate', body);
      expect(res.status, written).toBe(200);
      expect((await json(res)).subsidy, written).toBe(722_222);
    }
  });

  it('POST /v1/estimate: 1000000.5 → 400 on costs.software (an integer field)', async () => {
    const body = JSON.stringify(ESTIMATE).replace('"software":1000000', '"software":1000000.5');
    const problem = await expectProblem(await postJson('/v1/estimate', body), 400, 'validation_failed');
    expect(problem.errors.map((e: any) => e.path)).toEqual(['costs.software']);
  });

  it('GET /v1/estimate: costs.software=9999999999.9999999999 → 400 on costs.software (the query takes digits only)', async () => {
    const q = 'round=r6&type=invoice&applicant.size=sme&functions=accounting,ordering';
    const problem = await expectProblem(await api(`/v1/estimate?${q}&costs.software=9999999999.9999999999`), 400, 'validation_failed');
    expect(problem.errors.map((e: any) => e.path)).toEqual(['costs.software']);
  });

  it('POST /v1/eligibility and /mcp read numbers by the same rule (inexact_number named by its path)', async () => {
    const elig = '{"round":"r6","business":{"form":"company","industry":"retail","capital":30000000.00000000001,"employees":60}}';
    const p1 = await expectProblem(await postJson('/v1/eligibility', elig), 400, 'validation_failed');
    expect(p1.errors).toEqual([expect.objectContaining({ path: 'business.capital', code: 'inexact_number' })]);
    const mcp =
      `{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"estimate_subsidy",` +
      `"arguments":{"round":"r6","type":"invoice","applicant":{"size":"sme"},` +
      `"costs":{"software":9999999999.9999999999}}}}`;
    const p2 = await expectProblem(
      await api('/mcp', { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' }, body: mcp }),
      400,
      'validation_failed',
    );
    expect(p2.errors).toEqual([expect.objectContaining({ path: 'params.arguments.costs.software', code: 'inexact_number' })]);
  });
});
