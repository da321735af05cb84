/**
 * Per-client-IP rate limits on Cloudflare, every endpoint in proportion to its cost, on the
 * Workers Rate Limiting bindings (`[[ratelimits]]` in wrangler.toml: a count per key per 60 s, per
 * Cloudflare location). Three classes, by what a request costs inside the Worker (README,
 * Benchmarks: /health ≈ 30 µs, an estimate ≈ 290 µs, a comparison or a curve one estimate per
 * type or per sample):
 *
 *   light     RATE_LIMIT_LIGHT     600 / 60 s   /health, /openapi.*, /docs, /widget(.js), GET /v1/rounds, POST /mcp itself
 *   standard  RATE_LIMIT_STANDARD  120 / 60 s   estimate (POST, GET, the printable page), a round's rule file or examples, deadlines (.ics)
 *   heavy     RATE_LIMIT_HEAVY      30 / 60 s   compare, eligibility, the curve SVG
 *
 * An MCP tool call is counted twice: POST /mcp as light, and the REST operation it runs in its
 * own class (the /mcp route forwards the client's address to the in-process request).
 *
 * Not throttled: local runs — a request for a loopback host (`wrangler dev`, `npm start`,
 * `workerd serve`) — unless `RATE_LIMIT_LOCAL` is "on" (`RATE_LIMIT_LOCAL=on npm start`); a
 * request without `CF-Connecting-IP` (Cloudflare's edge always sets it; tests do not); a class
 * whose binding is absent. A limiter that fails lets the request through: availability over
 * strictness for a free public API.
 *
 * Headers (draft-ietf-httpapi-ratelimit-headers): every limited response names its policy,
 * `RateLimit-Policy: "standard";q=120;w=60`. A 429 adds `RateLimit: "standard";r=0;t=60` and
 * `Retry-After: 60`. A successful response carries no `RateLimit` field: the binding answers only
 * allowed/refused, not the remaining quota or the reset time, and a made-up number would mislead.
 */
import type { Context, Next } from 'hono';
import { ProblemError } from './problem.ts';

/** The shape of the binding (`RateLimit` in @cloudflare/workers-types). */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The binding's period: the longest a throttled client may have to wait. */
export const RETRY_AFTER_SECONDS = 60;

export type CostClass = 'light' | 'standard' | 'heavy';

/** Each class: its binding and the quota configured for it in wrangler.toml (for the headers). */
export const RATE_CLASSES: Record<CostClass, { binding: string; limit: number }> = {
  light: { binding: 'RATE_LIMIT_LIGHT', limit: 600 },
  standard: { binding: 'RATE_LIMIT_STANDARD', limit: 120 },
  heavy: { binding: 'RATE_LIMIT_HEAVY', limit: 30 },
};

/** method + path → class; the first match wins, anything else is light. */
const RULES: [method: string, path: RegExp, cls: CostClass][] = [
  ['POST', /^\/v1\/estimate\/compare\/?$/, 'heavy'],
  ['POST', /^\/v1\/eligibility\/?$/, 'heavy'],
  ['GET', /^\/v1\/rounds\/[^/]+\/types\/[^/]+\/curve\.svg$/, 'heavy'],
  ['POST', /^\/v1\/estimate\/?$/, 'standard'],
  ['GET', /^\/v1\/estimate(\/print)?\/?$/, 'standard'],
  ['GET', /^\/v1\/rounds\/[^/]+(\/examples)?\/?$/, 'standard'],
  ['GET', /^\/v1\/deadlines(\.ics)?\/?$/, 'standard'],
];

export const costClassOf = (method: string, path: string): CostClass => {
  const m = method === 'HEAD' ? 'GET' : method;
  return RULES.find(([rm, re]) => rm === m && re.test(path))?.[2] ?? 'light';
};

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/i;
/** A request for a loopback host: a local run (never the case on Cloudflare's edge). */
export const isLocalRequest = (url: string) => LOOPBACK.test(new URL(url).hostname);

const limiterOf = (env: unknown, name: string): RateLimiter | undefined => {
  const binding = (env as Record<string, unknown> | undefined)?.[name] as RateLimiter | undefined;
  return typeof binding?.limit === 'function' ? binding : undefined;
};

const allowed = async (limiter: RateLimiter, key: string): Promise<boolean> => {
  try {
    return (await limiter.limit({ key })).success;
  } catch {
    return true;
  }
};

/**
 * Requests the hot path (lib/fast-path.ts) already counted and let through, handed to the app
 * afterwards (a body that does not validate): the app does not count them a second time.
 */
export const COUNTED = new WeakSet<Request>();

/**
 * The limiter's verdict for one request: `undefined` when no limit applies (no client IP, a local
 * run without RATE_LIMIT_LOCAL=on, no binding for its class); else its class and whether it may
 * pass (a failing binding lets it pass). Asks the binding once (that counts the request).
 */
export const rateVerdict = async (
  method: string,
  path: string,
  url: string,
  ip: string | undefined | null,
  env: unknown,
): Promise<{ cls: CostClass; allowed: boolean } | undefined> => {
  if (!ip) return undefined;
  if (isLocalRequest(url) && (env as { RATE_LIMIT_LOCAL?: unknown } | undefined)?.RATE_LIMIT_LOCAL !== 'on') return undefined;
  const cls = costClassOf(method, path);
  const limiter = limiterOf(env, RATE_CLASSES[cls].binding);
  if (!limiter) return undefined;
  return { cls, allowed: await allowed(limiter, `${cls}:${ip}`) };
};

export const policyHeader = (cls: CostClass) => `"${cls}";q=${RATE_CLASSES[cls].limit};w=${RETRY_AFTER_SECONDS}`;

/** Middleware: 429 `rate_limited` with `Retry-After` and the draft's headers once a client IP exceeds its class's quota. */
export const rateLimit = async (c: Context, next: Next) => {
  if (c.req.method === 'OPTIONS') return next();
  let cls: CostClass;
  if (COUNTED.has(c.req.raw)) cls = costClassOf(c.req.method, c.req.path);
  else {
    const verdict = await rateVerdict(c.req.method, c.req.path, c.req.url, c.req.header('cf-connecting-ip'), c.env);
    if (!verdict) return next();
    cls = verdict.cls;
    if (!verdict.allowed) throw rateLimited(cls);
  }
  await next();
  c.res.headers.set('RateLimit-Policy', policyHeader(cls));
};

/** The 429 of a client over its class's quota. */
export const rateLimited = (cls: CostClass) =>
  new ProblemError(
    'rate_limited',
    {
      ja: `リクエストが多すぎます（${cls}: ${RETRY_AFTER_SECONDS} 秒に ${RATE_CLASSES[cls].limit} 回まで）。${RETRY_AFTER_SECONDS} 秒ほど待ってから再度お試しください`,
      en: `Too many requests (${cls}: ${RATE_CLASSES[cls].limit} per ${RETRY_AFTER_SECONDS} s); retry in about ${RETRY_AFTER_SECONDS} seconds`,
    },
    { retryAfter: RETRY_AFTER_SECONDS, policy: cls },
    [],
    { 'Retry-After': String(RETRY_AFTER_SECONDS), 'RateLimit-Policy': policyHeader(cls), RateLimit: `"${cls}";r=0;t=${RETRY_AFTER_SECONDS}` },
  );
