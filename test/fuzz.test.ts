/**
 * Generated requests against every operation in the app's own /openapi.json (so an endpoint added
 * later is covered without touching this file): conforming, boundary and malformed input (wrong
 * types, missing and extra fields, huge numbers, unicode, wrong content types, invalid JSON,
 * oversize bodies, odd methods, unknown paths). Requests go through the real Worker in workerd.
 *
 * Invariants, for every response:
 *  - never 5xx;
 *  - every non-2xx (except 304) is application/problem+json whose `code` is in the spec's
 *    Problem.code enum and whose `status` equals the HTTP status;
 *  - every 2xx is a status the operation documents, and a JSON 2xx body validates against the
 *    documented response schema (validator: test/fuzz-schema.ts, a JSON-Schema subset that fails
 *    on any keyword it does not implement).
 * Counts per operation and status are printed at the end (for the notes).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arbitrary, mutate, mutation, nastyString, nullableRefQuirks, resolve, validate, type Schema, type Spec } from './fuzz-schema.ts';
import { api } from './helpers.ts';

/** Requests per operation; at least TOTAL_TARGET overall whatever the number of operations. */
const TOTAL_TARGET = 9_000;
const MIN_PER_OPERATION = 1_000;
const ODD_METHOD_RUNS = 1_000;
const UNKNOWN_PATH_RUNS = 500;
const SEED = Number(process.env.FUZZ_SEED ?? 20251122);

const spec = (await (await api('/openapi.json')).json()) as Spec;
const problemCodes = new Set<string>(resolve(spec, { $ref: '#/components/schemas/Problem' }).properties.code.enum);

interface Operation { method: string; path: string; op: any; id: string }
const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
    .map(([method, op]) => ({ method: method.toUpperCase(), path, op, id: `${method.toUpperCase()} ${path}` })),
);
const runsPerOperation = Math.max(MIN_PER_OPERATION, Math.ceil(TOTAL_TARGET / Math.max(1, operations.length)));

const counts = new Map<string, Map<number, number>>();
const count = (key: string, status: number) => {
  const m = counts.get(key) ?? new Map<number, number>();
  m.set(status, (m.get(status) ?? 0) + 1);
  counts.set(key, m);
};

const documentedResponse = (op: any, status: number) => op?.responses?.[String(status)] ?? op?.responses?.[`${String(status)[0]}XX`];

/** The invariants every response must hold; returns the failure text or undefined. */
const checkResponse = async (res: Response, method: string, op: any | undefined): Promise<string | undefined> => {
  const type = res.headers.get('content-type') ?? '';
  const text = method === 'HEAD' ? '' : await res.text();
  if (res.status >= 500) return `${res.status} ${text.slice(0, 300)}`;
  if (res.status === 304) return undefined;
  if (res.status >= 200 && res.status < 300) {
    if (method === 'HEAD' || method === 'OPTIONS') return undefined;
    const doc = documentedResponse(op, res.status);
    if (!doc) return `undocumented ${res.status}`;
    if (!doc.content && text === '') return undefined; // documented without a body (202 for an MCP notification)
    if (type.startsWith('application/json')) {
      const schema = doc.content?.['application/json']?.schema;
      if (!schema) return `${res.status} JSON but the spec documents no JSON schema`;
      const errors = validate(spec, schema, JSON.parse(text));
      return errors.length ? `${res.status} body does not match the spec: ${errors.slice(0, 5).join('; ')}` : undefined;
    }
    const mediaTypes = Object.keys(doc.content ?? {});
    return mediaTypes.some((m) => type.startsWith(m)) ? undefined : `${res.status} ${type} not documented (${mediaTypes.join(', ')})`;
  }
  if (!type.startsWith('application/problem+json')) return `${res.status} with ${type}: ${text.slice(0, 200)}`;
  if (method === 'HEAD') return undefined; // no body to read
  let body: any;
  try {
    body = JSON.parse(text);
  } catch {
    return `${res.status} problem+json that is not JSON`;
  }
  if (!problemCodes.has(body.code)) return `${res.status} undocumented code ${body.code}`;
  if (body.status !== res.status) return `problem status ${body.status} ≠ HTTP ${res.status}`;
  const errors = validate(spec, { $ref: '#/components/schemas/Problem' }, body);
  return errors.length ? `problem body does not match the Problem schema: ${errors.join('; ')}` : undefined;
};

const send = async (key: string, method: string, op: any | undefined, url: string, init: RequestInit = {}) => {
  const res = await api(url, { ...init, method });
  count(key, res.status);
  const failure = await checkResponse(res, method, op);
  if (failure) throw new Error(`${method} ${url.slice(0, 300)} → ${failure}`);
  return res.status;
};

// ---------------------------------------------------------------------------------------------
// Request generators per operation
// ---------------------------------------------------------------------------------------------

const paramsOf = (op: any, where: string) => (op.parameters ?? []).filter((p: any) => p.in === where);

/** Query strings: each documented parameter sometimes present (arrays repeated), plus junk. */
const queryArb = (op: any, malformed: boolean) => {
  const params = paramsOf(op, 'query');
  // An optional parameter is present half the time, or, with many of them (GET /v1/estimate has
  // 20), about two at a time, so conforming requests still reach the success path.
  const optional = params.filter((p: any) => !p.required).length;
  const absentWeight = Math.max(1, Math.round(optional / 2) - 1);
  const entries = params.map((p: any) => {
    const value = malformed ? fc.oneof(arbitrary(spec, p.schema), nastyString) : arbitrary(spec, p.schema);
    const maybe = p.required ? fc.option(value, { freq: 100 }) : fc.oneof({ arbitrary: fc.constant(null), weight: absentWeight }, { arbitrary: value, weight: 1 });
    return maybe.map((v) => [p.name, v] as const);
  });
  const junk = malformed ? fc.array(fc.tuple(fc.oneof(fc.constantFrom('x', 'asOf', 'round', 'lang', 'a.b.c', '__proto__'), fc.string({ maxLength: 6 })), nastyString), { maxLength: 3 }) : fc.constant([]);
  return fc.tuple(fc.tuple(...entries), junk).map(([known, extra]) => {
    const q = new URLSearchParams();
    for (const [name, v] of [...(known as [string, unknown][]), ...(extra as [string, unknown][])]) {
      if (v === null || v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) q.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
    const s = q.toString();
    return s ? `?${s}` : '';
  });
};

const pathArb = (template: string, op: any, malformed: boolean) => {
  const params = paramsOf(op, 'path');
  // Never empty: `/v1/rounds/` is another operation (the list), not a malformed id.
  const value = (p: any) => (malformed ? fc.oneof(arbitrary(spec, p.schema), nastyString) : arbitrary(spec, p.schema)).filter((v) => String(v ?? '').length > 0);
  return fc.tuple(...params.map(value)).map((values) =>
    params.reduce((path: string, p: any, i: number) => path.replace(`{${p.name}}`, encodeURIComponent(String(values[i] ?? ''))), template),
  );
};

const OVERSIZE = JSON.stringify({ round: 'r6', pad: 'あ'.repeat(30_000) }); // > 64 KiB in UTF-8
const BAD_JSON = ['', '{', '}', '{"a":', '[', 'nul', "{'round':'r6'}", '{"round":"r6",}', '\uFEFF{}', '{"a":1}{"b":2}', 'undefined', 'NaN', '1e999999', '"\\ud800"'];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/merge-patch+json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', '', 'application/json; charset=shift_jis', 'APPLICATION/JSON', 'application/jsonx'];
// `*` matches any current ETag, so GETs answer 304 (the conditional path is exercised too).
const IF_NONE_MATCH = [undefined, undefined, undefined, '*', '"0"', 'W/"x", "y"', 'garbage'];
const LANGS = [undefined, 'ja', 'en', 'en-US,en;q=0.9', 'fr', '*', 'ja;q=abc', 'tlh;q=2, ,;'];

type Built = { url: string; init: RequestInit };

const operationRequestArb = (o: Operation): fc.Arbitrary<Built> => {
  const bodySchema: Schema | undefined = o.op.requestBody?.content?.['application/json']?.schema;
  const headers = fc.tuple(fc.constantFrom(...LANGS), fc.constantFrom(...IF_NONE_MATCH)).map(([lang, inm]): Record<string, string> => ({
    ...(lang ? { 'Accept-Language': lang } : {}),
    ...(inm ? { 'If-None-Match': inm } : {}),
  }));
  const url = (malformed: boolean) => fc.tuple(pathArb(o.path, o.op, malformed), queryArb(o.op, malformed)).map(([p, q]) => p + q);
  if (!bodySchema) {
    return fc.oneof(
      fc.tuple(url(false), headers).map(([u, h]) => ({ url: u, init: { headers: h } })),
      fc.tuple(url(true), headers).map(([u, h]) => ({ url: u, init: { headers: h } })),
    );
  }
  const valid = arbitrary(spec, bodySchema);
  const json = (body: fc.Arbitrary<unknown>, malformedUrl: boolean) =>
    fc.tuple(url(malformedUrl), headers, body).map(([u, h, b]) => ({ url: u, init: { headers: { ...h, 'Content-Type': 'application/json' }, body: JSON.stringify(b) ?? 'null' } }));
  return fc.oneof(
    { arbitrary: json(valid, false), weight: 4 },
    { arbitrary: json(fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, m]) => mutate(v, m)), false), weight: 4 },
    { arbitrary: json(valid, true), weight: 1 },
    {
      // Raw bodies: invalid JSON, wrong or missing content types, oversize.
      arbitrary: fc.tuple(url(false), fc.constantFrom(...CONTENT_TYPES), fc.oneof(fc.constantFrom(...BAD_JSON, OVERSIZE), valid.map((v) => JSON.stringify(v) ?? ''), fc.string({ unit: 'binary', maxLength: 60 }))).map(([u, type, body]): Built => {
        const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
        return { url: u, init: { headers, body } };
      }),
      weight: 2,
    },
  );
};

// ---------------------------------------------------------------------------------------------

describe('generated requests from /openapi.json never break the API', () => {
  beforeAll(() => {
    expect(operations.length).toBeGreaterThan(0);
  });

  afterAll(() => {
    let total = 0;
    const lines = [...counts].map(([key, m]) => {
      const n = [...m.values()].reduce((a, b) => a + b, 0);
      total += n;
      return `  ${key.padEnd(34)} ${String(n).padStart(6)}  ${[...m].sort((a, b) => a[0] - b[0]).map(([s, c]) => `${s}:${c}`).join(' ')}`;
    });
    console.log(`fuzz: ${total} requests over ${operations.length} operations (seed ${SEED})\n${lines.join('\n')}`);
    if (nullableRefQuirks.size) console.log(`fuzz: null accepted for allOf-wrapped nullable refs (zod-to-openapi quirk): ${[...nullableRefQuirks].join(', ')}`);
  });

  for (const o of operations) {
    it(`${o.id} (${o.op.operationId}): ${runsPerOperation} generated requests, no 5xx, problem+json with documented codes, 2xx bodies match the spec`, async () => {
      await fc.assert(
        fc.asyncProperty(operationRequestArb(o), async ({ url, init }) => {
          await send(o.id, o.method, o.op, url, init);
        }),
        { numRuns: runsPerOperation, seed: SEED, endOnFailure: true },
      );
      // The conforming generator must reach the operation's success path at least once.
      const ok = [...(counts.get(o.id) ?? new Map())].filter(([s]) => s >= 200 && s < 300).reduce((a, [, c]) => a + c, 0);
      expect(ok, `${o.id} never answered 2xx: the generator or the spec's examples are off`).toBeGreaterThan(0);
    }, 180_000); // 2 shared cores: a thousand requests may take well over the default 30 s
  }

  it(`odd methods on every documented path answer 405/404 problem+json, HEAD/OPTIONS stay sane (${ODD_METHOD_RUNS} requests)`, async () => {
    const paths = Object.keys(spec.paths);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...paths), fc.constantFrom('PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'POST', 'GET'), fc.boolean(), async (template, method, preflight) => {
        const documented = spec.paths[template]?.[method.toLowerCase()];
        if (documented) return; // covered above
        const url = template.replace(/\{[^}]+\}/g, 'r6');
        const headers: Record<string, string> = preflight ? { Origin: 'https://example.com', 'Access-Control-Request-Method': 'POST' } : {};
        const init: RequestInit = { headers: { ...headers, 'Content-Type': 'application/json' }, ...(['GET', 'HEAD'].includes(method) ? {} : { body: '{}' }) };
        const status = await send(`odd method`, method, spec.paths[template]?.get, url, init);
        if (!['HEAD', 'OPTIONS'].includes(method)) expect([404, 405]).toContain(status);
      }),
      { numRuns: ODD_METHOD_RUNS, seed: SEED },
    );
  });

  it(`unknown paths answer 404 problem+json (${UNKNOWN_PATH_RUNS} requests)`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom('v1', 'v2', 'rounds', 'estimate', '..', '%2e%2e', '', 'r6'), fc.string({ maxLength: 10 }).map(encodeURIComponent)), { minLength: 1, maxLength: 4 }), fc.constantFrom('GET', 'POST'), async (segments, method) => {
        const url = `/${segments.join('/')}`;
        const { pathname } = new URL(`http://x${url}`); // as the runtime normalises it ('/..' is '/')
        if (Object.keys(spec.paths).some((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}/?$`).test(pathname)) || ['/', '/docs', '/openapi.json', '/openapi.yaml'].includes(pathname.replace(/(.)\/$/, '$1'))) return;
        await send('unknown path', method, undefined, url, method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: '{}' } : {});
      }),
      { numRuns: UNKNOWN_PATH_RUNS, seed: SEED },
    );
  });
});
