/**
 * Response headers every answer carries, set once on the final response (issue 7, performance).
 *
 * Hono's `cors()` touches `c.res` before the handler runs, which makes Hono build an empty
 * Response, copy its headers into the handler's response and rebuild that response again when it
 * is assigned (≈ 35 µs a request in workerd); `c.header()` after the handler rebuilds the
 * Response once more. Here the headers go straight onto the final response's Headers instead.
 * The values are those of `cors({ origin: '*', exposeHeaders })` (non-preflight requests; the
 * preflight is still answered by Hono's `cors()`) and of `secureHeaders(options)` as configured
 * in app.ts, which the tests pin.
 */
import type { Context, Next } from 'hono';
import { bytesHash } from '../rules/content-hash.js';

/** `secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false, crossOriginEmbedderPolicy: false, xFrameOptions: false, referrerPolicy: 'strict-origin-when-cross-origin' })`. */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * After the handler: the CORS headers of a simple request (unless the handler set its own), the security headers
 * (overwriting, as `secureHeaders()` does) and no `X-Powered-By`.
 */
export const responseHeaders = (exposeHeaders: readonly string[]) => {
  const expose = exposeHeaders.join(',');
  return async (c: Context, next: Next) => {
    await next();
    const h = c.res.headers;
    if (!h.has('Access-Control-Allow-Origin')) h.set('Access-Control-Allow-Origin', '*');
    if (!h.has('Access-Control-Expose-Headers')) h.set('Access-Control-Expose-Headers', expose);
    for (const [name, value] of SECURITY_HEADERS) h.set(name, value);
    h.delete('X-Powered-By');
  };
};

/** The headers a 304 keeps (RFC 9110 §15.4.5), as Hono's etag() keeps them. */
const RETAINED_304 = new Set(['cache-control', 'content-location', 'date', 'etag', 'expires', 'vary']);

/** If-None-Match (RFC 9110 §13.1.2): `*` or any listed entity tag, compared weakly. */
export const etagMatches = (etag: string, ifNoneMatch: string | undefined | null): boolean => {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const expected = etag.replace(/^W\//, '');
  return (ifNoneMatch.match(/"[^"]*"/g) ?? []).some((tag) => tag === expected);
};

/**
 * A GET 200 without Cache-Control gets `public, max-age=300`. Then conditional GET, like Hono's
 * `etag()` but cheaper: responses that carry their own ETag (the
 * deadline routes) are only matched against If-None-Match; others get a strong ETag from a 64-bit
 * FNV hash of the body (sync, instead of an async SHA-1 over a cloned stream), and `no-store`
 * responses (/health) none at all: nothing may cache them, so nothing revalidates them.
 */
export const conditionalGet = async (c: Context, next: Next) => {
  const method = c.req.method;
  if (method !== 'GET' && method !== 'HEAD') return next();
  const ifNoneMatch = c.req.header('If-None-Match');
  await next();
  const res = c.res;
  if (method === 'GET' && res.status === 200 && !res.headers.has('Cache-Control')) res.headers.set('Cache-Control', 'public, max-age=300');
  if (!res.ok) return;
  let etag = res.headers.get('ETag');
  if (!etag) {
    if (!res.body || /(^|,)\s*no-store\s*(,|$)/i.test(res.headers.get('Cache-Control') ?? '')) return;
    etag = `"${bytesHash(new Uint8Array(await res.clone().arrayBuffer()))}"`;
  }
  if (etagMatches(etag, ifNoneMatch)) {
    await res.body?.cancel();
    // Assigning c.res copies the old response's headers over; keep only those a 304 may carry.
    c.res = new Response(null, { status: 304, statusText: 'Not Modified', headers: { ETag: etag } });
    for (const name of [...c.res.headers.keys()]) if (!RETAINED_304.has(name)) c.res.headers.delete(name);
  } else res.headers.set('ETag', etag);
};
