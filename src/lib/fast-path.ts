/**
 * The hot path (issue 14): the requests most clients send — GET /health, POST /v1/estimate, POST
 * /v1/eligibility, GET /v1/deadlines, GET /v1/deadlines.ics, and GET /openapi.json|yaml (often the
 * first request of an isolate) — answered without the Hono middleware
 * chain when they are plain and succeed. Plain: the exact path, GET or POST, a query of simple
 * `key=value` pairs (no `%` or `+` to decode), no If-None-Match, and for POST a `Content-Type` of
 * `application/json` (optionally `; charset=utf-8`), a Content-Length within {@link MAX_BODY_BYTES}
 * and no Content-Encoding.
 *
 * Everything else goes to the app (src/app.ts), the one place that defines every check and every
 * error (lib/request-guard.ts): a request that is not plain goes there untouched, and one whose
 * body turns out not to be a valid request of its route goes there with the bytes already read
 * (a new Request with the same URL, method, headers and body). So this file repeats only what a
 * successful answer is: the same validation schema (for POST bodies compiled once by
 * lib/fast-validate.ts, which accepts only what zod accepts, with zod's data; what it refuses is
 * asked of zod), the same answer function as the route's
 * handler, the same headers (lib/headers.ts `standardHeaders`), serialised once into one
 * Response. test/fast-path.test.ts checks that its answers equal the app's, byte for byte.
 *
 * The rate limit is the app's (lib/rate-limit.ts `rateVerdict`): asked once here; a refused
 * request goes to the app, which answers the 429; a counted request handed over later is not
 * counted again (`COUNTED`).
 */
import type { Registry } from '../rules/registry.ts';
import { EstimateRequestSchema } from '../routes/estimate/estimate.schemas.ts';
import { estimateAnswer } from '../routes/estimate/estimate.handlers.ts';
import { EligibilityRequestSchema } from '../routes/eligibility/eligibility.routes.ts';
import { eligibilityAnswer } from '../routes/eligibility/eligibility.handlers.ts';
import { DeadlinesQuerySchema } from '../routes/deadlines/deadlines.routes.ts';
import { calendarAnswer, deadlinesAnswer, preparedResponse, type PreparedAnswer } from '../routes/deadlines/deadlines.handlers.ts';
import { standardHeaders } from './headers.ts';
import { healthBody } from '../routes/health/health.index.ts';
import { openapiJson, openapiYaml } from './openapi-doc.ts';
import { type Lang, negotiateLang } from './i18n.ts';
import { FAIL, fastValidator } from './fast-validate.ts';
import { parseJsonExact } from './json-number.ts';
import { COUNTED, policyHeader, rateVerdict } from './rate-limit.ts';
import { MAX_BODY_BYTES, PLAIN_JSON, UTF8 } from './request-guard.ts';

export type Fetch = (request: Request, env?: unknown, ctx?: unknown) => Response | Promise<Response>;

/** What a hot route answers: a JSON value, or a prepared body with its headers; `undefined` = let the app answer. */
type Answer = { json: unknown } | PreparedAnswer | undefined;

interface HotRoute {
  method: 'GET' | 'POST';
  /** POST: the route's body schema; GET: its query schema. */
  schema: { safeParse(value: unknown): { success: boolean; data?: unknown } };
  /** `headers`: the request's (the calendar reads Accept-Encoding). A promise only when the answer waits (a feed compressed the first time). */
  answer(registry: Registry, lang: Lang, input: never, headers: Headers): Answer | Promise<Answer>;
  /** POST: the schema compiled for valid bodies (lib/fast-validate.ts), built on the route's first request. */
  fast?: (value: unknown) => unknown;
}

const JSON_TYPE = 'application/json';
/** A query of simple pairs: nothing to percent- or plus-decode, as the app's router would read it. */
const SIMPLE_QUERY = /^(?:[\w.-]+=[\w.:-]*)(?:&[\w.-]+=[\w.:-]*)*$/;

const HEALTH_HEADERS = { 'Content-Type': JSON_TYPE, 'Cache-Control': 'no-store' };

/** Routes whose answer does not depend on the request: no query but `lang` (anything else is the app's). */
const LANG_ONLY = { safeParse: (data: unknown) => ({ success: Object.keys(data as object).every((k) => k === 'lang'), data }) };

const ROUTES: Record<string, HotRoute> = {
  // The OpenAPI document (built at build time): the first request of an isolate is often this one,
  // and here it skips building Hono's router (≈ 10 ms of CPU on a new isolate).
  '/openapi.json': { method: 'GET', schema: LANG_ONLY, answer: () => openapiJson() },
  '/openapi.yaml': { method: 'GET', schema: LANG_ONLY, answer: () => openapiYaml() },
  '/health': {
    method: 'GET',
    schema: { safeParse: (data) => ({ success: true, data }) },
    answer: (registry) => ({ status: 200, body: JSON.stringify(healthBody(registry)), headers: HEALTH_HEADERS }),
  },
  '/v1/estimate': {
    method: 'POST',
    schema: EstimateRequestSchema,
    answer: (registry, lang, body: Parameters<typeof estimateAnswer>[2]) => ({ json: estimateAnswer(registry, lang, body) }),
  },
  '/v1/eligibility': {
    method: 'POST',
    schema: EligibilityRequestSchema,
    answer: (registry, lang, body: Parameters<typeof eligibilityAnswer>[2]) => ({ json: eligibilityAnswer(registry, lang, body) }),
  },
  '/v1/deadlines': {
    method: 'GET',
    schema: DeadlinesQuerySchema,
    answer: (registry, _lang, query: Parameters<typeof deadlinesAnswer>[1]) => deadlinesAnswer(registry, query, undefined),
  },
  '/v1/deadlines.ics': {
    method: 'GET',
    schema: DeadlinesQuerySchema,
    answer: (registry, lang, query: Parameters<typeof calendarAnswer>[1], headers) =>
      calendarAnswer(registry, query, lang, undefined, headers.get('accept-encoding')),
  },
};

/** The query as the route's validator reads it (one value: a string; repeated: an array); `undefined` when not simple. */
const readQuery = (search: string): Record<string, string | string[]> | undefined => {
  const query: Record<string, string | string[]> = {};
  if (search === '') return query;
  if (!SIMPLE_QUERY.test(search)) return undefined;
  for (const pair of search.split('&')) {
    const at = pair.indexOf('=');
    const key = pair.slice(0, at);
    const value = pair.slice(at + 1);
    const seen = query[key];
    query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return query;
};

/**
 * The headers of each kind of answer, as `Headers` objects built once per isolate: workerd copies a
 * `Headers` into a new Response natively, where a record or a list of pairs costs a conversion per
 * header (15 headers: ≈ 90 µs of CPU per response as pairs, ≈ 0 as a prebuilt Headers, measured
 * with bench/ab-cpu.mjs). Keyed by everything that varies (Content-Type, RateLimit-Policy, the
 * prepared answer's own headers such as ETag); bounded, the oldest dropped first.
 */
const HEADERS_MAX = 256;
const headerCache = new Map<string, Headers>();
const headersFor = (own: Record<string, string>, method: 'GET' | 'POST', policy: string | undefined): Headers => {
  let key = `${method}|${policy ?? ''}`;
  for (const name in own) key += `|${name}:${own[name]}`;
  let headers = headerCache.get(key);
  if (!headers) {
    headers = new Headers(standardHeaders(own['Content-Type'] ?? ''));
    for (const name in own) headers.set(name, own[name]!);
    // lib/headers.ts conditionalGet: a GET 200 without its own Cache-Control gets the default.
    if (method === 'GET' && !('Cache-Control' in own)) headers.set('Cache-Control', 'public, max-age=300');
    if (policy) headers.set('RateLimit-Policy', policy);
    if (headerCache.size >= HEADERS_MAX) headerCache.delete(headerCache.keys().next().value!);
    headerCache.set(key, headers);
  }
  return headers;
};
const JSON_HEADERS = { 'Content-Type': JSON_TYPE };

const respond = (answer: Exclude<Answer, undefined>, method: 'GET' | 'POST', policy: string | undefined): Response | undefined => {
  if ('json' in answer) return new Response(JSON.stringify(answer.json), { status: 200, headers: headersFor(JSON_HEADERS, method, policy) });
  if (answer.status !== 200) return undefined;
  return preparedResponse(answer, headersFor(answer.headers, method, policy));
};

/**
 * `app.fetch` with the hot path in front: plain, successful requests of the routes above are
 * answered here, everything else by `app`.
 */
export const withHotPath = (registry: Registry, app: Fetch): Fetch => {
  /** The route's answer to validated input as one Response; `undefined` when the app must answer (a problem, or a bug). */
  const answerWith = (
    route: HotRoute,
    lang: Lang,
    data: unknown,
    policy: string | undefined,
    headers: Headers,
  ): Response | undefined | Promise<Response | undefined> => {
    try {
      const answer = route.answer(registry, lang, data as never, headers);
      if (answer instanceof Promise) return answer.then((a) => a && respond(a, route.method, policy)).catch(() => undefined);
      return answer && respond(answer, route.method, policy);
    } catch {
      return undefined;
    }
  };
  const validate = (route: HotRoute, input: unknown): { data: unknown } | undefined => {
    try {
      if (route.method === 'POST') {
        route.fast ??= fastValidator(route.schema);
        const data = route.fast(input);
        if (data !== FAIL) return { data };
      }
      const parsed = route.schema.safeParse(input);
      return parsed.success ? { data: parsed.data } : undefined;
    } catch {
      return undefined;
    }
  };
  /**
   * Validated GET queries by path and query string: the same calendar or deadline URL is asked
   * again and again, and its validation is a pure function of the string (the handlers only read
   * the value). Bounded, the oldest dropped first.
   */
  const QUERIES_MAX = 256;
  const queries = new Map<string, { data: unknown }>();

  const post = async (request: Request, env: unknown, ctx: unknown, route: HotRoute, lang: Lang, path: string): Promise<Response> => {
    const verdict = await rateVerdict('POST', path, request.url, request.headers.get('cf-connecting-ip'), env);
    if (verdict && !verdict.allowed) return app(request, env, ctx);
    const bytes = new Uint8Array(await request.arrayBuffer());
    let response: Response | undefined;
    if (bytes.byteLength <= MAX_BODY_BYTES) {
      let text: string | undefined;
      try {
        text = UTF8.decode(bytes);
      } catch {}
      if (text !== undefined) {
        let parsed: ReturnType<typeof parseJsonExact> | undefined;
        try {
          parsed = parseJsonExact(text);
        } catch {}
        const valid = parsed && !parsed.inexact.length ? validate(route, parsed.value) : undefined;
        if (valid) response = await answerWith(route, lang, valid.data, verdict && policyHeader(verdict.cls), request.headers);
      }
    }
    if (response) return response;
    const again = new Request(request.url, { method: 'POST', headers: request.headers, body: bytes });
    if (verdict) COUNTED.add(again);
    return app(again, env, ctx);
  };

  /** `target`: the request's path and query string, the key of its validated query. */
  const get = async (
    request: Request,
    env: unknown,
    ctx: unknown,
    route: HotRoute,
    lang: Lang,
    path: string,
    target: string,
    query: Record<string, unknown>,
  ) => {
    const verdict = await rateVerdict('GET', path, request.url, request.headers.get('cf-connecting-ip'), env);
    if (verdict && !verdict.allowed) return app(request, env, ctx);
    let valid = queries.get(target);
    if (!valid) {
      valid = validate(route, query);
      if (valid) {
        if (queries.size >= QUERIES_MAX) queries.delete(queries.keys().next().value!);
        queries.set(target, valid);
      }
    }
    const response = valid && (await answerWith(route, lang, valid.data, verdict && policyHeader(verdict.cls), request.headers));
    if (response) return response;
    if (verdict) COUNTED.add(request);
    return app(request, env, ctx);
  };

  return (request, env, ctx) => {
    const url = request.url;
    const start = url.indexOf('/', url.indexOf('://') + 3);
    const mark = url.indexOf('?', start);
    const path = mark < 0 ? url.slice(start) : url.slice(start, mark);
    const route = ROUTES[path];
    if (!route || route.method !== request.method) return app(request, env, ctx);
    const headers = request.headers;
    if (headers.has('if-none-match')) return app(request, env, ctx);
    const query = readQuery(mark < 0 ? '' : url.slice(mark + 1));
    if (!query) return app(request, env, ctx);
    const asked = query.lang;
    if (asked !== undefined && asked !== 'ja' && asked !== 'en') return app(request, env, ctx);
    const lang = negotiateLang(asked, headers.get('accept-language') ?? undefined);
    if (route.method === 'GET') return get(request, env, ctx, route, lang, path, url.slice(start), query);
    const length = headers.get('content-length');
    const type = headers.get('content-type');
    if (length === null || !(Number(length) <= MAX_BODY_BYTES) || !type || !PLAIN_JSON.test(type) || headers.has('content-encoding')) {
      return app(request, env, ctx);
    }
    const lone = Object.keys(query);
    if (lone.length > 1 || (lone.length === 1 && lone[0] !== 'lang')) return app(request, env, ctx);
    return post(request, env, ctx, route, lang, path);
  };
};
