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

/**
 * The headers every response carries, whatever its kind: CORP `cross-origin` (any site may load the
 * widget script, embed the curve SVG and read the API), HSTS and `nosniff` — with the CSP and
 * X-Frame-Options of its kind below, the set the OWASP REST Security Cheat Sheet ("Security
 * Headers") gives for every API response.
 */
export const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Cross-Origin-Resource-Policy', 'cross-origin'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
];

/**
 * The headers only a document (an HTML page, an SVG opened on its own) acts on: what
 * `secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false,
 * crossOriginEmbedderPolicy: false, xFrameOptions: false, referrerPolicy:
 * 'strict-origin-when-cross-origin' })` adds beyond {@link SECURITY_HEADERS}. Browsers apply them to
 * documents (agent clusters, the referrer of a page's own requests, DNS prefetch of its links, IE's
 * download prompt, Flash/PDF cross-domain policies, the legacy XSS filter), so the OWASP cheat sheet
 * leaves them out of API answers ("intended to be used with HTML responses … little or no security
 * benefit on an API that does not return HTML"); each costs the runtime time on every answer
 * (measured: npm run bench, "same answer").
 */
export const DOCUMENT_HEADERS: readonly (readonly [string, string])[] = [
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/** A document's Content-Type: an HTML page or an SVG image (which is a document when opened on its own). */
const isDocument = (contentType: string): boolean => contentType.startsWith('text/html') || contentType.startsWith('image/svg+xml');

// ---------------------------------------------------------------------------------------------
// Content-Security-Policy per kind of response (CSP Level 3). The one place that decides them:
// a page handler passes `pageHeaders(PAGE_CSP.<page>)` (or its own `pageCsp({...})`); every other
// response gets its policy here from its Content-Type.
// ---------------------------------------------------------------------------------------------

/**
 * API answers (JSON, problem+json, YAML, iCalendar, text): nothing may load from them and nothing
 * may frame them. `frame-ancestors` replaces `X-Frame-Options` (CSP3 §6.4.2); `X-Frame-Options:
 * DENY` is kept beside it for browsers older than CSP Level 2.
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The curve SVG (`image/svg+xml`): it draws with presentation attributes only, no `<style>`, no
 * script, no font or image, so it needs nothing: `default-src 'none'`. No `frame-ancestors`: sites
 * may show it in `<object>`/`<iframe>` as well as `<img>` (an image without script or links has
 * nothing to click-jack). A policy on the SVG document also holds when someone opens it directly.
 */
export const SVG_CSP = "default-src 'none'";

/**
 * A fallback for an HTML page that did not declare its own policy: the API policy. A page that
 * forgets `pageHeaders()` breaks visibly instead of running with no policy.
 */
export const HTML_FALLBACK_CSP = API_CSP;

/** CSP directives of a page; a value of `undefined` leaves the directive out. */
export type CspDirectives = Partial<Record<string, string | undefined>>;

/**
 * The base of every HTML page: same-origin only, no plugins, no `<base>` hijack, no form posts
 * elsewhere, never framed (the pages are meant to be linked, not framed: a framed docs or widget
 * page would only serve click-jacking; sites embed the widget with its script, not a frame).
 */
const PAGE_BASE: CspDirectives = {
  'default-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

/** A page's policy: {@link PAGE_BASE} with `directives` added or replaced. */
export const pageCsp = (directives: CspDirectives = {}): string =>
  Object.entries({ ...PAGE_BASE, ...directives })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The policy of each HTML page this Worker serves; exactly what each page loads. */
export const PAGE_CSP = {
  /**
   * GET /widget (demo page): /widget.js from this origin, its `fetch()` to this API, the curve SVG
   * as `<img>`, and the page's own `<style>` block (inline). The widget itself needs no style
   * source: its CSS is a constructed stylesheet adopted by its shadow root, which CSP does not
   * govern (it works on hosts with `style-src 'self'`). GET /v1/estimate/print sets its own policy
   * (src/routes/widget/print.handlers.ts): `default-src 'none'` and its one `<style>` by hash.
   */
  widget: pageCsp({ 'script-src': "'self'", 'style-src': "'self' 'unsafe-inline'", 'img-src': "'self'", 'connect-src': "'self'" }),
  /**
   * GET /docs: the docs UI's two scripts from this origin's static assets (no inline script, no
   * eval), the `<style>` elements and style attributes it injects ('unsafe-inline': styles only),
   * the images and fonts inlined in it as data: URIs, and its fetches of /openapi.json and "Try
   * it" requests to this origin.
   */
  docs: pageCsp({
    'script-src': "'self'",
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data:",
    'font-src': "'self' data:",
    'connect-src': "'self'",
  }),
} as const;

/** Headers for an HTML page: its CSP and `X-Frame-Options: DENY` (the pre-CSP2 equivalent of `frame-ancestors 'none'`). */
export const pageHeaders = (csp: string): Record<string, string> => ({
  'Content-Security-Policy': csp,
  ...(/frame-ancestors 'none'/.test(csp) ? { 'X-Frame-Options': 'DENY' } : {}),
});

/**
 * The CSP and X-Frame-Options a response gets from its Content-Type when its handler set none:
 * scripts (the widget) get no CSP (a policy on a classic script is never applied; CORP
 * `cross-origin` above lets any site load it), SVG its own, HTML the fallback, everything else the
 * API policy.
 */
const policyFor = (contentType: string): string | undefined => {
  if (contentType.startsWith('text/javascript') || contentType.startsWith('application/javascript')) return undefined;
  if (contentType.startsWith('image/svg+xml')) return SVG_CSP;
  if (contentType.startsWith('text/html')) return HTML_FALLBACK_CSP;
  return API_CSP;
};

/** The response headers a browser on another origin may read (CORS `Access-Control-Expose-Headers`). */
export const EXPOSE_HEADERS: readonly string[] = ['ETag', 'Retry-After', 'X-Rules-Version', 'RateLimit-Policy', 'RateLimit'];
const EXPOSE = EXPOSE_HEADERS.join(',');

/** The CSP and X-Frame-Options of a response of this Content-Type whose handler set no CSP. */
const kindHeaders = (contentType: string): [string, string][] => {
  const csp = policyFor(contentType);
  if (!csp) return [];
  return csp === SVG_CSP
    ? [['Content-Security-Policy', csp]]
    : [
        ['Content-Security-Policy', csp],
        ['X-Frame-Options', 'DENY'],
      ];
};

/**
 * Every header {@link responseHeaders} adds to a response of `contentType` whose handler set no
 * CORS or CSP header of its own: what the hot path (lib/fast-path.ts) puts on its answers at once.
 */
export const standardHeaders = (contentType: string): [string, string][] => [
  ['Access-Control-Allow-Origin', '*'],
  ['Access-Control-Expose-Headers', EXPOSE],
  ...SECURITY_HEADERS.map(([n, v]): [string, string] => [n, v]),
  ...(isDocument(contentType) ? DOCUMENT_HEADERS.map(([n, v]): [string, string] => [n, v]) : []),
  ...kindHeaders(contentType),
];

/**
 * After the handler: the CORS headers of a simple request (unless the handler set its own), the
 * security headers (overwriting, as `secureHeaders()` does; a document also the document ones), the CSP of the response's kind unless
 * the handler set one (pages, via {@link pageHeaders}) and no `X-Powered-By`.
 */
export const responseHeaders = async (c: Context, next: Next) => {
  await next();
  const h = c.res.headers;
  if (!h.has('Access-Control-Allow-Origin')) h.set('Access-Control-Allow-Origin', '*');
  if (!h.has('Access-Control-Expose-Headers')) h.set('Access-Control-Expose-Headers', EXPOSE);
  for (const [name, value] of SECURITY_HEADERS) h.set(name, value);
  const type = h.get('Content-Type') ?? '';
  if (isDocument(type)) for (const [name, value] of DOCUMENT_HEADERS) h.set(name, value);
  if (!h.has('Content-Security-Policy')) for (const [name, value] of kindHeaders(type)) h.set(name, value);
  h.delete('X-Powered-By');
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
