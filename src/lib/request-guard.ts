/**
 * The order in which every request is checked, in one place (issue 15). Each step answers with a
 * problem+json and stops; the next step runs only when the previous one passed:
 *
 *   1. routing      unknown path → 404 `not_found`; known path, other method → 405
 *                   `method_not_allowed` with `Allow` (HEAD is GET; OPTIONS is the CORS
 *                   preflight, answered before this on any path)
 *   2. lang         `?lang=` other than `ja` / `en` (or repeated) → 400 `validation_failed` (`lang`)
 *   3. rate limit   POST over the per-IP budget → 429 `rate_limited` (lib/rate-limit.ts)
 *   4. media type   POST: Content-Type not JSON (RFC 9110 media type, lib/media-type.ts) → 415
 *                   `unsupported_media_type`, naming a non-UTF-8 charset; a Content-Encoding → 415
 *   5. size         POST: body over {@link MAX_BODY_BYTES} → 413 `payload_too_large`
 *   6. JSON         POST: not UTF-8 or not JSON → 400 `malformed_json`
 *   7. numbers      POST: a number not read exactly (lib/json-number.ts) → 400 `validation_failed`
 *                   with `inexact_number` on the field
 *
 * then the route's own schema (lib/create-router.ts `defaultHook`) and its handler. The body is
 * read once, as bytes, decoded and parsed once; the route's validator gets the parsed value.
 *
 * Cheap on the hot path: the route table is compiled once per isolate (a Map of static paths and
 * a short list of patterns); a request costs one Map lookup (or a few regex tests for paths with
 * parameters) and, for POST, one read and one parse of its body.
 */
import type { Context, Next } from 'hono';
import type { Lang } from './i18n.ts';
import { negotiateLang } from './i18n.ts';
import { checkJsonMediaType } from './media-type.ts';
import { parseJsonExact } from './json-number.ts';
import { ProblemError, problemBody, problemResponse } from './problem.ts';
import { rateLimit } from './rate-limit.ts';

export const MAX_BODY_BYTES = 64 * 1024;

// ---------------------------------------------------------------------------------------------
// 1. Routing
// ---------------------------------------------------------------------------------------------

interface Methods {
  methods: Set<string>;
  /** The `Allow` header value: the methods, HEAD with GET, and OPTIONS. */
  allow: string;
}

export interface RouteTable {
  /** `undefined` for an unknown path; else the methods the path answers. */
  lookup(path: string): Methods | undefined;
}

/** Compiles `{ method, path }` routes (Hono paths, `:param` segments) into a {@link RouteTable}. */
export const compileRoutes = (routes: readonly { method: string; path: string }[]): RouteTable => {
  const byPath = new Map<string, Set<string>>();
  for (const r of routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue; // middleware
    const key = r.path.length > 1 ? r.path.replace(/\/+$/, '') : r.path;
    const set = byPath.get(key) ?? new Set<string>();
    set.add(r.method);
    if (r.method === 'GET') set.add('HEAD');
    byPath.set(key, set);
  }
  const entry = (methods: Set<string>): Methods => ({ methods, allow: [...methods, 'OPTIONS'].join(', ') });
  const statics = new Map<string, Methods>();
  const patterns: { re: RegExp; entry: Methods }[] = [];
  for (const [path, methods] of byPath) {
    if (!path.includes(':')) statics.set(path, entry(methods));
    else {
      const source = path
        .split('/')
        .map((seg) => (seg.startsWith(':') ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      patterns.push({ re: new RegExp(`^${source}$`), entry: entry(methods) });
    }
  }
  return {
    lookup(path) {
      const p = path.length > 1 && path.endsWith('/') ? path.replace(/\/+$/, '') || '/' : path;
      const hit = statics.get(p);
      if (hit) return hit;
      for (const { re, entry } of patterns) if (re.test(p)) return entry;
      return undefined;
    },
  };
};

/** A table that routes nothing: its answer is always the 404. */
export const NO_ROUTES: RouteTable = { lookup: () => undefined };

/** The 404 or 405 problem for a request the table does not route; `undefined` when it does. */
export const routingProblem = (c: Context, table: RouteTable, lang: Lang): Response | undefined => {
  const path = c.req.path;
  const found = table.lookup(path);
  if (!found) {
    return problemResponse(
      c,
      problemBody(
        'not_found',
        lang,
        { ja: `${path} はありません。API の一覧は /docs を見てください`, en: `${path} does not exist; see /docs for the API` },
        path,
      ),
    );
  }
  const method = c.req.method;
  if (found.methods.has(method) || method === 'OPTIONS') return undefined;
  const allowed = [...found.methods];
  return problemResponse(
    c,
    problemBody(
      'method_not_allowed',
      lang,
      { ja: `${method} は使えません。使えるメソッド: ${found.allow}`, en: `${method} is not allowed here; allowed: ${found.allow}` },
      path,
      [],
      { allowed },
    ),
    { Allow: found.allow },
  );
};

// ---------------------------------------------------------------------------------------------
// 2. lang: one rule for every route
// ---------------------------------------------------------------------------------------------

/**
 * `?lang=` is `ja` or `en` on every route (API, pages, assets): anything else, or the parameter
 * twice, is a 400 naming `lang`, in the language Accept-Language asks for. Without `?lang=`,
 * Accept-Language decides (default ja).
 */
const resolveLang = (c: Context): Lang => {
  const header = c.req.header('accept-language');
  if (!c.req.url.includes('lang=')) return negotiateLang(undefined, header);
  const values = c.req.queries('lang');
  if (!values) return negotiateLang(undefined, header);
  if (values.length === 1 && (values[0] === 'ja' || values[0] === 'en')) return values[0];
  const lang = negotiateLang(undefined, header);
  c.set('lang', lang);
  throw new ProblemError('validation_failed', { ja: '1 件の項目が正しくありません（query）', en: '1 field is invalid (query)' }, {}, [
    { path: 'lang', code: 'invalid_value', message: lang === 'ja' ? 'ja または en を 1 つだけ指定してください' : 'must be exactly one of: ja, en' },
  ]);
};

// ---------------------------------------------------------------------------------------------
// 4–7. The JSON body
// ---------------------------------------------------------------------------------------------

const tooLarge = () =>
  new ProblemError(
    'payload_too_large',
    { ja: `本文は ${MAX_BODY_BYTES} バイト以下にしてください`, en: `The body must be at most ${MAX_BODY_BYTES} bytes` },
    { maxBytes: MAX_BODY_BYTES },
  );

const ACCEPT = { Accept: 'application/json' }; // RFC 9110 §15.5.16: what a 415 would have accepted

const mediaTypeProblem = (header: string | undefined): ProblemError | undefined => {
  const check = checkJsonMediaType(header);
  if (check.ok) return undefined;
  const shown = header?.trim() || undefined;
  if (check.reason === 'charset') {
    return new ProblemError(
      'unsupported_media_type',
      {
        ja: `charset「${check.charset}」は使えません。JSON は UTF-8 で送ってください（charset=utf-8 または省略）`,
        en: `charset "${check.charset}" is not supported; send JSON as UTF-8 (charset=utf-8, or no charset)`,
      },
      { mediaType: check.mediaType, charset: check.charset },
      [],
      ACCEPT,
    );
  }
  const what =
    check.reason === 'missing'
      ? { ja: 'Content-Type がありません', en: 'There is no Content-Type' }
      : check.reason === 'malformed'
        ? { ja: `Content-Type「${shown}」はメディアタイプとして読めません`, en: `Content-Type "${shown}" is not a valid media type` }
        : { ja: `Content-Type「${check.mediaType}」は JSON ではありません`, en: `Content-Type "${check.mediaType}" is not JSON` };
  return new ProblemError(
    'unsupported_media_type',
    { ja: `${what.ja}。application/json で送ってください`, en: `${what.en}; send application/json` },
    check.mediaType ? { mediaType: check.mediaType } : {},
    [],
    ACCEPT,
  );
};

/**
 * A body that is not JSON. On POST /mcp the problem is also the JSON-RPC error response a client
 * expects for it (JSON-RPC 2.0 §5.1: `-32700` Parse error, `id` null), as the -32600 answers there
 * are (routes/mcp/mcp.index.ts).
 */
const malformed = (c: Context, lang: Lang, en: string, ja: string) =>
  new ProblemError(
    'malformed_json',
    { ja, en },
    c.req.path === '/mcp' ? { jsonrpc: '2.0', id: null, error: { code: JSONRPC_PARSE_ERROR, message: lang === 'ja' ? ja : en } } : {},
  );
const JSONRPC_PARSE_ERROR = -32700;

/** Reads at most MAX_BODY_BYTES of the body (413 beyond, whatever Content-Length says). */
const readBody = async (req: Request): Promise<Uint8Array> => {
  const length = req.headers.get('content-length');
  if (length !== null && Number(length) > MAX_BODY_BYTES) throw tooLarge();
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
};

/** The body's decoder: UTF-8 only, a leading BOM dropped (also the hot path's, lib/fast-path.ts). */
export const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * The Content-Type the route validators see once the body has passed (they test it with their own,
 * narrower pattern); the hot path (lib/fast-path.ts) reads only bodies of this type.
 */
export const PLAIN_JSON = /^application\/json(;\s*charset=utf-8)?$/i;

/** Steps 4–7: the body's media type, size, encoding, syntax and numbers; hands the parsed value to the route. */
const readJsonBody = async (c: Context, lang: Lang) => {
  const req = c.req.raw;
  const contentType = req.headers.get('content-type') ?? undefined;
  const typeProblem = mediaTypeProblem(contentType);
  if (typeProblem) throw typeProblem;
  const coding = req.headers.get('content-encoding');
  if (coding && coding.trim().toLowerCase() !== 'identity') {
    throw new ProblemError(
      'unsupported_media_type',
      {
        ja: `Content-Encoding「${coding}」は使えません。圧縮せずに送ってください`,
        en: `Content-Encoding "${coding}" is not supported; send the body uncompressed`,
      },
      { contentEncoding: coding },
      [],
      { 'Accept-Encoding': 'identity' },
    );
  }
  const bytes = await readBody(req);
  let text: string;
  try {
    text = UTF8.decode(bytes); // a leading BOM is dropped (RFC 8259 §8.1 lets a parser ignore it)
  } catch {
    throw malformed(c, lang, 'The request body is not valid UTF-8', 'リクエスト本文が UTF-8 として読めません');
  }
  let parsed: ReturnType<typeof parseJsonExact>;
  try {
    parsed = parseJsonExact(text);
  } catch {
    throw malformed(c, lang, 'The request body is not valid JSON', 'リクエスト本文が JSON として読めません');
  }
  if (parsed.inexact.length) {
    const n = parsed.inexact.length;
    throw new ProblemError(
      'validation_failed',
      { ja: `${n} 件の数値を正確に読めません（body）`, en: `${n} number${n === 1 ? '' : 's'} cannot be read exactly (body)` },
      {},
      parsed.inexact.map((x) => ({
        path: x.path,
        code: 'inexact_number',
        message:
          lang === 'ja'
            ? `${x.text} は正確に読めない数です（${x.read} と読まれてしまいます）。整数は 2^53 未満の整数で書いてください`
            : `${x.text} cannot be read exactly (it would be read as ${x.read}); write integers as integers below 2^53`,
      })),
    );
  }
  // The route's validator reads the body through c.req.json(): give it the value parsed above.
  const value = parsed.value;
  (c.req.bodyCache as Record<string, unknown>).text = Promise.resolve(text); // Hono caches body reads as promises
  c.req.json = <T>() => Promise.resolve(value as T);
  if (!PLAIN_JSON.test(contentType!)) {
    // Every JSON media type passed above; @hono/zod-openapi's own gate accepts fewer spellings.
    const headers = new Headers(req.headers);
    headers.set('Content-Type', 'application/json');
    c.req.raw = new Request(req.url, { method: req.method, headers });
  }
};

// ---------------------------------------------------------------------------------------------
// The middleware
// ---------------------------------------------------------------------------------------------

/**
 * The request checks, in the order above. `routes` is read on the first request, once every
 * route is mounted (`app.routes`).
 */
export const requestGuard = (routes: () => readonly { method: string; path: string }[]) => {
  let table: RouteTable | undefined;
  return async (c: Context, next: Next) => {
    // A valid ?lang= already speaks for the 404/405; an invalid one is refused after routing.
    c.set('lang', negotiateLang(c.req.url.includes('lang=') ? c.req.query('lang') : undefined, c.req.header('accept-language')));
    table ??= compileRoutes(routes());
    const routed = routingProblem(c, table, c.get('lang'));
    if (routed) return routed;
    const lang = resolveLang(c);
    c.set('lang', lang);
    return rateLimit(c, async () => {
      if (c.req.method === 'POST') await readJsonBody(c, lang);
      await next();
    });
  };
};
