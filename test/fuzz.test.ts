/**
 * Generated requests against every operation in the app's own /openapi.json (so an endpoint added
 * later is covered without touching this file): conforming, boundary and malformed input (wrong
 * types, missing and extra fields, huge numbers, unicode, wrong content types, invalid JSON,
 * oversize bodies, odd methods, unknown paths). Requests go through the real Worker in workerd.
 *
 * Invariants, for every response:
 *  - never 5xx;
 *  - every status other than 304 is one the operation documents;
 *  - every non-2xx is application/problem+json that validates against the schema the operation
 *    documents for that status, which names the `code`s it may carry (src/schemas/common.ts), and
 *    whose `status` equals the HTTP status;
 *  - a JSON 2xx body validates against the documented response schema (@cfworker/json-schema,
 *    JSON Schema 2020-12, the dialect of OpenAPI 3.1).
 *
 * And an oracle, for generated valid inputs (the answers must agree with each other):
 *  - POST /v1/estimate and GET /v1/estimate of the same estimate (the body flattened to the query)
 *    answer the same status and the same JSON (or the same problem code and fields);
 *  - each MCP tool (src/mcp/tools.ts: name → REST operation) and its REST operation answer the
 *    same: structuredContent equals the REST JSON, and a REST problem is a tool error with its code.
 * Shapes are never written here: every schema is read from /openapi.json.
 *
 * ≥ 20,000 requests, seeded (FUZZ_SEED, default below); a failure names the seed. Counts per
 * operation and status are printed at the end (for the notes).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@cfworker/json-schema';
import { arbitrary, mutate, mutation, nastyString, resolve, type Schema, type Spec } from './fuzz-schema.ts';
import { api } from './helpers.ts';
import { TOOLS } from '../src/mcp/tools.ts';

/** Requests per operation; at least TOTAL_TARGET overall whatever the number of operations. */
const TOTAL_TARGET = 12_000;
const MIN_PER_OPERATION = 900;
const ODD_METHOD_RUNS = 1_000;
const UNKNOWN_PATH_RUNS = 500;
/** Pairs of requests of the oracle: POST ≡ GET estimates, and per MCP tool. */
const POST_GET_PAIRS = 1_700;
const MCP_PAIRS_PER_TOOL = 450;
const MIN_TOTAL_REQUESTS = 20_000;
const SEED = Number(process.env.FUZZ_SEED ?? 20251122);
const REPRODUCE = `(seed ${SEED}; reproduce with FUZZ_SEED=${SEED} npx vitest run test/fuzz.test.ts)`;

const spec = (await (await api('/openapi.json')).json()) as Spec;
const problemCodes = new Set<string>(resolve(spec, { $ref: '#/components/schemas/Problem' }).properties.code.enum);

interface Operation {
  method: string;
  path: string;
  op: any;
  id: string;
}
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

/**
 * The spec's schemas without `example(s)`: annotations only, but @cfworker/json-schema's
 * dereferencing walks every object and would read an example's `id` as a schema URI.
 */
const withoutExamples = (node: unknown, names = false): unknown => {
  if (Array.isArray(node)) return node.map((x) => withoutExamples(x));
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) {
    if (!names && (k === 'example' || k === 'examples')) continue;
    if (k === 'enum' || k === 'const' || k === 'default') out[k] = v;
    else out[k] = withoutExamples(v, !names && (k === 'properties' || k === 'schemas' || k === '$defs' || k === 'patternProperties'));
  }
  return out;
};
const components = withoutExamples(spec.components);

/** JSON Schema 2020-12 validation of `value` against a schema of the spec (its $refs resolved in the spec). */
const validators = new WeakMap<object, Validator>();
const schemaErrors = (schema: Schema, value: unknown): string[] => {
  let v = validators.get(schema);
  if (!v) {
    v = new Validator({ ...(withoutExamples(schema) as object), components } as any, '2020-12', false);
    validators.set(schema, v);
  }
  const result = v.validate(value);
  return result.valid
    ? []
    : result.errors
        .filter((e) => e.keyword !== 'properties' && e.keyword !== 'allOf' && e.keyword !== '$ref' && e.keyword !== 'items')
        .map((e) => `${e.instanceLocation}: ${e.error}`);
};
const PROBLEM_REF = { $ref: '#/components/schemas/Problem' };

/** The invariants every response must hold; returns the failure text or undefined. */
const checkResponse = async (res: Response, method: string, op: any | undefined): Promise<string | undefined> => {
  const type = res.headers.get('content-type') ?? '';
  const text = method === 'HEAD' ? '' : await res.text();
  if (res.status >= 500) return `${res.status} ${text.slice(0, 300)}`;
  if (res.status === 304) return undefined;
  const doc = op ? documentedResponse(op, res.status) : undefined;
  if (op && !doc && !(method === 'HEAD' || method === 'OPTIONS')) return `undocumented status ${res.status}: ${text.slice(0, 200)}`;
  if (res.status >= 200 && res.status < 300) {
    if (method === 'HEAD' || method === 'OPTIONS') return undefined;
    if (!doc.content && text === '') return undefined; // documented without a body (202 for an MCP notification)
    if (type.startsWith('application/json')) {
      const schema = doc.content?.['application/json']?.schema;
      if (!schema) return `${res.status} JSON but the spec documents no JSON schema`;
      const errors = schemaErrors(schema, JSON.parse(text));
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
  // The operation's own schema for this status names the codes it may carry.
  const schema = (method === 'OPTIONS' ? undefined : doc?.content?.['application/problem+json']?.schema) ?? PROBLEM_REF;
  const errors = schemaErrors(schema, body);
  return errors.length ? `${res.status} ${body.code}: problem body does not match the schema documented for this status: ${errors.join('; ')}` : undefined;
};

const send = async (key: string, method: string, op: any | undefined, url: string, init: RequestInit = {}) => {
  const res = await api(url, { ...init, method });
  count(key, res.status);
  const failure = await checkResponse(res, method, op);
  if (failure) throw new Error(`${method} ${url.slice(0, 300)} ${init.body ? `body ${String(init.body).slice(0, 300)} ` : ''}→ ${failure} ${REPRODUCE}`);
  return res.status;
};

// ---------------------------------------------------------------------------------------------
// Request generators per operation
// ---------------------------------------------------------------------------------------------

const paramsOf = (op: any, where: string) => (op.parameters ?? []).filter((p: any) => p.in === where);

/** Query parameters: each documented parameter sometimes present (arrays repeated), plus junk when malformed. */
const queryEntriesArb = (op: any, malformed: boolean): fc.Arbitrary<[string, unknown][]> => {
  const params = paramsOf(op, 'query');
  // An optional parameter is present half the time, or, with many of them (GET /v1/estimate has
  // 20), about two at a time, so conforming requests still reach the success path.
  const optional = params.filter((p: any) => !p.required).length;
  const absentWeight = Math.max(1, Math.round(optional / 2) - 1);
  const entries = params.map((p: any) => {
    const value = malformed ? fc.oneof(arbitrary(spec, p.schema), nastyString) : arbitrary(spec, p.schema);
    const maybe = p.required
      ? fc.option(value, { freq: 100 })
      : fc.oneof({ arbitrary: fc.constant(null), weight: absentWeight }, { arbitrary: value, weight: 1 });
    return maybe.map((v) => [p.name, v] as const);
  });
  const junk = malformed
    ? fc.array(fc.tuple(fc.oneof(fc.constantFrom('x', 'asOf', 'round', 'lang', 'a.b.c', '__proto__'), fc.string({ maxLength: 6 })), nastyString), {
        maxLength: 3,
      })
    : fc.constant([]);
  return fc
    .tuple(fc.tuple(...entries), junk)
    .map(([known, extra]) => [...(known as [string, unknown][]), ...(extra as [string, unknown][])].filter(([, v]) => v !== null && v !== undefined));
};

const queryString = (entries: [string, unknown][]) => {
  const q = new URLSearchParams();
  for (const [name, v] of entries)
    for (const item of Array.isArray(v) ? v : [v]) q.append(name, typeof item === 'object' ? JSON.stringify(item) : String(item));
  const s = q.toString();
  return s ? `?${s}` : '';
};

const queryArb = (op: any, malformed: boolean) => queryEntriesArb(op, malformed).map(queryString);

const pathArb = (template: string, op: any, malformed: boolean) => {
  const params = paramsOf(op, 'path');
  // Never empty: `/v1/rounds/` is another operation (the list), not a malformed id.
  const value = (p: any) =>
    (malformed ? fc.oneof(arbitrary(spec, p.schema), nastyString) : arbitrary(spec, p.schema)).filter((v) => String(v ?? '').length > 0);
  return fc
    .tuple(...params.map(value))
    .map((values) => params.reduce((path: string, p: any, i: number) => path.replace(`{${p.name}}`, encodeURIComponent(String(values[i] ?? ''))), template));
};

const OVERSIZE = JSON.stringify({ round: 'r6', pad: 'あ'.repeat(30_000) }); // > 64 KiB in UTF-8
const BAD_JSON = [
  '',
  '{',
  '}',
  '{"a":',
  '[',
  'nul',
  "{'round':'r6'}",
  '{"round":"r6",}',
  '\uFEFF{}',
  '{"a":1}{"b":2}',
  'undefined',
  'NaN',
  '1e999999',
  '"\\ud800"',
];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/xml',
  '',
  'application/json; charset=shift_jis',
  'APPLICATION/JSON',
  'application/jsonx',
];
// `*` matches any current ETag, so GETs answer 304 (the conditional path is exercised too).
const IF_NONE_MATCH = [undefined, undefined, undefined, '*', '"0"', 'W/"x", "y"', 'garbage'];
const LANGS = [undefined, 'ja', 'en', 'en-US,en;q=0.9', 'fr', '*', 'ja;q=abc', 'tlh;q=2, ,;'];

type Built = { url: string; init: RequestInit };

const operationRequestArb = (o: Operation): fc.Arbitrary<Built> => {
  const bodySchema: Schema | undefined = o.op.requestBody?.content?.['application/json']?.schema;
  const headers = fc.tuple(fc.constantFrom(...LANGS), fc.constantFrom(...IF_NONE_MATCH)).map(
    ([lang, inm]): Record<string, string> => ({
      ...(lang ? { 'Accept-Language': lang } : {}),
      ...(inm ? { 'If-None-Match': inm } : {}),
    }),
  );
  const url = (malformed: boolean) => fc.tuple(pathArb(o.path, o.op, malformed), queryArb(o.op, malformed)).map(([p, q]) => p + q);
  if (!bodySchema) {
    return fc.oneof(
      fc.tuple(url(false), headers).map(([u, h]) => ({ url: u, init: { headers: h } })),
      fc.tuple(url(true), headers).map(([u, h]) => ({ url: u, init: { headers: h } })),
    );
  }
  const valid = arbitrary(spec, bodySchema);
  const json = (body: fc.Arbitrary<unknown>, malformedUrl: boolean) =>
    fc
      .tuple(url(malformedUrl), headers, body)
      .map(([u, h, b]) => ({ url: u, init: { headers: { ...h, 'Content-Type': 'application/json' }, body: JSON.stringify(b) ?? 'null' } }));
  return fc.oneof(
    { arbitrary: json(valid, false), weight: 4 },
    {
      arbitrary: json(
        fc.tuple(valid, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([v, m]) => mutate(v, m)),
        false,
      ),
      weight: 4,
    },
    { arbitrary: json(valid, true), weight: 1 },
    {
      // Raw bodies: invalid JSON, wrong or missing content types, oversize.
      arbitrary: fc
        .tuple(
          url(false),
          fc.constantFrom(...CONTENT_TYPES),
          fc.oneof(
            fc.constantFrom(...BAD_JSON, OVERSIZE),
            valid.map((v) => JSON.stringify(v) ?? ''),
            fc.string({ unit: 'binary', maxLength: 60 }),
          ),
        )
        .map(([u, type, body]): Built => {
          const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
          return { url: u, init: { headers, body } };
        }),
      weight: 2,
    },
  );
};

afterAll(() => {
  let total = 0;
  const lines = [...counts].map(([key, m]) => {
    const n = [...m.values()].reduce((a, b) => a + b, 0);
    total += n;
    return `  ${key.padEnd(44)} ${String(n).padStart(6)}  ${[...m]
      .sort((a, b) => a[0] - b[0])
      .map(([s, c]) => `${s}:${c}`)
      .join(' ')}`;
  });
  console.log(`fuzz: ${total} requests over ${operations.length} operations (seed ${SEED})\n${lines.join('\n')}`);
});

// ---------------------------------------------------------------------------------------------

describe('generated requests from /openapi.json never break the API', () => {
  beforeAll(() => {
    expect(operations.length).toBeGreaterThan(0);
  });

  for (const o of operations) {
    it(`${o.id} (${o.op.operationId}): ${runsPerOperation} generated requests, no 5xx, problem+j` +
      `son with documented codes, 2xx bodies match the spec`, async () => {
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
      fc.asyncProperty(
        fc.constantFrom(...paths),
        fc.constantFrom('PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'POST', 'GET'),
        fc.boolean(),
        async (template, method, preflight) => {
          const documented = spec.paths[template]?.[method.toLowerCase()];
          if (documented) return; // covered above
          const url = template.replace(/\{[^}]+\}/g, 'r6');
          const headers: Record<string, string> = preflight ? { Origin: 'https://example.com', 'Access-Control-Request-Method': 'POST' } : {};
          const init: RequestInit = {
            headers: { ...headers, 'Content-Type': 'application/json' },
            ...(['GET', 'HEAD'].includes(method) ? {} : { body: '{}' }),
          };
          const status = await send(`odd method`, method, spec.paths[template]?.get, url, init);
          if (!['HEAD', 'OPTIONS'].includes(method)) expect([404, 405]).toContain(status);
        },
      ),
      { numRuns: ODD_METHOD_RUNS, seed: SEED },
    );
  });

  it(`unknown paths answer 404 problem+json (${UNKNOWN_PATH_RUNS} requests)`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.constantFrom('v1', 'v2', 'rounds', 'estimate', '..', '%2e%2e', '', 'r6'), fc.string({ maxLength: 10 }).map(encodeURIComponent)), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.constantFrom('GET', 'POST'),
        async (segments, method) => {
          const url = `/${segments.join('/')}`;
          const { pathname } = new URL(`http://x${url}`); // as the runtime normalises it ('/..' is '/')
          if (
            Object.keys(spec.paths).some((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}/?$`).test(pathname)) ||
            ['/', '/docs', '/openapi.json', '/openapi.yaml'].includes(pathname.replace(/(.)\/$/, '$1'))
          )
            return;
          await send('unknown path', method, undefined, url, method === 'POST' ? { headers: { 'Content-Type': 'application/json' }, body: '{}' } : {});
        },
      ),
      { numRuns: UNKNOWN_PATH_RUNS, seed: SEED },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// The oracle: answers that must agree
// ---------------------------------------------------------------------------------------------

const opOf = (method: string, path: string) => operations.find((o) => o.method === method.toUpperCase() && o.path === path);

/** `{ costs: { software: 1 }, functions: ['a', 'b'] }` → `costs.software=1&functions=a&functions=b` (the GET's flattened query). */
const flatten = (value: unknown, prefix = '', out: [string, string][] = []): [string, string][] => {
  if (Array.isArray(value)) {
    if (value.every((x) => x === null || typeof x !== 'object')) for (const x of value) out.push([prefix, String(x)]);
    else {
      value.forEach((x, i) => {
        flatten(x, `${prefix}.${i}`, out);
      });
    }
  } else if (value && typeof value === 'object') for (const [k, x] of Object.entries(value)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  else if (value !== undefined) out.push([prefix, String(value)]);
  return out;
};

/** What two answers are compared on: status, and the JSON (2xx) or the problem's code and field paths. */
const answerOf = async (res: Response) => {
  const text = await res.text();
  const body = text ? JSON.parse(text) : undefined;
  if (res.ok) return { status: res.status, body };
  return { status: res.status, code: body?.code, fields: (body?.errors ?? []).map((e: any) => e.path).sort() };
};

/** Runs `pair` and, when the answers differ and the input had no asOf, once more (a clock tick between two calls moves "now"). */
const agree = async (input: any, pair: () => Promise<[unknown, unknown]>, label: string) => {
  let [a, b] = await pair();
  if (JSON.stringify(a) !== JSON.stringify(b) && input?.asOf === undefined) [a, b] = await pair();
  expect(b, `${label}: the answers differ for ${JSON.stringify(input).slice(0, 400)} ${REPRODUCE}`).toEqual(a);
};

const rpc = (id: number, method: string, params: Record<string, unknown>) =>
  api('/mcp', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id, method, params }),
  });

/** An MCP tools/call answer, in the terms of a REST answer: its JSON, or the problem's code (a tool error or a JSON-RPC error). */
const mcpAnswerOf = async (res: Response) => {
  expect(res.status, 'tools/call answers 200 with a JSON-RPC response').toBe(200);
  const msg = (await res.json()) as any;
  if (msg.error) {
    const problem = msg.error.data?.problem ?? msg.error.data;
    return { error: true, code: problem?.code };
  }
  const result = msg.result;
  if (result.isError) {
    const texts = (result.content ?? []).map((c: any) => c.text).filter((t: unknown) => typeof t === 'string');
    const problem = result.structuredContent?.code
      ? result.structuredContent
      : texts
          .map((t: string) => {
            try {
              return JSON.parse(t);
            } catch {
              return undefined;
            }
          })
          .find((p: any) => p?.code);
    return { error: true, code: problem?.code };
  }
  return { error: false, body: result.structuredContent };
};

describe('the oracle: answers that must agree', () => {
  const estimatePost = opOf('POST', '/v1/estimate');
  const estimateGet = opOf('GET', '/v1/estimate');

  it(`POST and GET /v1/estimate of the same generated valid input answer the same (${POST_GET_PAIRS} pairs)`, async () => {
    expect(estimatePost && estimateGet, 'both estimate operations are documented').toBeTruthy();
    const bodySchema = estimatePost!.op.requestBody.content['application/json'].schema;
    await fc.assert(
      fc.asyncProperty(arbitrary(spec, bodySchema), fc.constantFrom(undefined, 'en'), async (body, lang) => {
        const q = queryString([...flatten(body), ...(lang ? [['lang', lang] as [string, string]] : [])]);
        await agree(
          body,
          async () => {
            const post = await api(`/v1/estimate${lang ? `?lang=${lang}` : ''}`, {
              method: 'POST',
              headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify(body),
            });
            count('oracle POST /v1/estimate', post.status);
            const get = await api(`/v1/estimate${q}`);
            count('oracle GET /v1/estimate', get.status);
            return [await answerOf(post), await answerOf(get)];
          },
          'POST ≡ GET /v1/estimate',
        );
      }),
      { numRuns: POST_GET_PAIRS, seed: SEED, endOnFailure: true },
    );
    // The comparison is worth something only if many pairs reached an estimate.
    expect(counts.get('oracle POST /v1/estimate')?.get(200) ?? 0).toBeGreaterThan(POST_GET_PAIRS / 10);
  }, 300_000);

  for (const tool of TOOLS) {
    const method = tool.route.method.toUpperCase();
    const path = tool.route.path.replace(/\{([^}]+)\}/g, '{$1}');
    it(`MCP tool ${tool.name} and ${method} ${path} answer the same for generated valid input (${MCP_PAIRS_PER_TOOL} pairs)`, async () => {
      const o = opOf(method, path);
      expect(o, `${method} ${path} is documented`).toBeTruthy();
      const bodySchema = o!.op.requestBody?.content?.['application/json']?.schema;
      const argsArb: fc.Arbitrary<Record<string, unknown>> = bodySchema
        ? fc.tuple(arbitrary(spec, bodySchema), fc.constantFrom(undefined, 'ja', 'en')).map(([b, lang]) => ({ ...(b as object), ...(lang ? { lang } : {}) }))
        : queryEntriesArb(o!.op, false).map((entries) => Object.fromEntries(entries));
      let id = 0;
      await fc.assert(
        fc.asyncProperty(argsArb, async (args) => {
          await agree(
            args,
            async () => {
              const { lang, ...rest } = args;
              const rest_ = bodySchema
                ? await api(`${path}${lang ? `?lang=${lang}` : ''}`, {
                    method: 'POST',
                    headers: { 'Content-Type': 'application/json' },
                    body: JSON.stringify(rest),
                  })
                : await api(`${path}${queryString(Object.entries(args))}`);
              count(`oracle ${method} ${path}`, rest_.status);
              // detail "full": the tool's structuredContent is then the whole REST answer.
              const mcp = await rpc(++id, 'tools/call', { name: tool.name, arguments: { ...args, detail: 'full' } });
              count(`oracle MCP ${tool.name}`, mcp.status);
              const r = await answerOf(rest_);
              const m = await mcpAnswerOf(mcp);
              return [r.status < 300 ? { error: false, body: r.body } : { error: true, code: r.code }, m];
            },
            `MCP ${tool.name} ≡ ${method} ${path}`,
          );
        }),
        { numRuns: MCP_PAIRS_PER_TOOL, seed: SEED, endOnFailure: true },
      );
      expect(counts.get(`oracle ${method} ${path}`)?.get(200) ?? 0, `${tool.name}: some generated inputs reach an answer`).toBeGreaterThan(0);
    }, 300_000);
  }

  it(`at least ${MIN_TOTAL_REQUESTS} requests were sent in all`, () => {
    const total = [...counts.values()].reduce((a, m) => a + [...m.values()].reduce((x, y) => x + y, 0), 0);
    expect(total).toBeGreaterThanOrEqual(MIN_TOTAL_REQUESTS);
  });
});
