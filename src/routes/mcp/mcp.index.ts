/**
 * POST /mcp: the MCP endpoint. Built from the app it serves, because each tool call is dispatched
 * to that app's REST routes in-process (`app.request`): one implementation, one validation.
 *
 * Before the route's body schema and the SDK: the message is checked as JSON-RPC/MCP
 * (src/mcp/jsonrpc.ts). A message that is not one JSON-RPC request (a batch, a non-object, no
 * `jsonrpc: "2.0"`…) is HTTP 400 with a body that is both a problem (RFC 9457) and a JSON-RPC
 * error response (`-32600`); malformed params of a known method are a JSON-RPC error response
 * (`-32602`, HTTP 200, with the request's id), as the SDK answers its own errors.
 */
import type { Context, Hono } from 'hono';
import { createRouter } from '../../lib/create-router.ts';
import { ProblemError, problemBody, problemResponse } from '../../lib/problem.ts';
import type { AppBindings } from '../../lib/types.ts';
import { INVALID_REQUEST, checkMessage, rpcError } from '../../mcp/jsonrpc.ts';
import { mcpRoute } from './mcp.routes.ts';

const STREAMABLE_ACCEPT = 'application/json, text/event-stream';

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Whether a message checkMessage (src/mcp/jsonrpc.ts) accepted is served without the route's zod
 * validators: it has a method, and an id (if any) that is a string or a safe integer as the
 * schema's `z.number().int()` wants. Every such message is one the route's body schema accepts
 * (test/mcp-validation.test.ts), so the validators would only repeat the check (≈ 3 ms of CPU on
 * an isolate's first /mcp: zod's first parse of each schema). Anything else (a client's response,
 * an id beyond 2^53) meets the route's schema and its answer.
 */
export const skipsRouteSchema = (body: unknown): boolean =>
  isObject(body) && 'method' in body && (typeof body.id !== 'number' || Number.isSafeInteger(body.id));

/** The body the app's JSON guard already read (it is cached by Hono), or undefined. */
const bodyOf = async (c: Context<AppBindings>) => {
  try {
    return (await c.req.json()) as unknown;
  } catch {
    return undefined;
  }
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const createMcpRouter = (app: Hono<AppBindings, any, any>) => {
  const router = createRouter();
  const serve = async (c: Context<AppBindings>) => {
    const { handleMcp } = await import('../../mcp/server.ts');
    // Streamable HTTP asks clients to accept JSON and SSE; this server only ever answers JSON, so
    // a client that accepts JSON (or anything) is served rather than refused with 406.
    const headers = new Headers(c.req.raw.headers);
    headers.set('Accept', STREAMABLE_ACCEPT);
    const request = new Request(c.req.raw.url, { method: 'POST', headers });
    // The body was read (and checked to be JSON) by the app's body guard; hand the parsed value on.
    const body = await c.req.json();
    const env = c.env;
    // The tool's REST request: same origin and client address, so it is rate limited in its own
    // cost class (lib/rate-limit.ts) exactly as if the client had called it.
    const ip = c.req.header('cf-connecting-ip');
    const dispatch = (path: string, init: RequestInit = {}) => {
      const headers = new Headers(init.headers);
      if (ip) headers.set('CF-Connecting-IP', ip);
      // As a client sends it: the hot path (lib/fast-path.ts) answers bodies of a known length.
      if (typeof init.body === 'string') headers.set('Content-Length', String(new TextEncoder().encode(init.body).byteLength));
      return Promise.resolve(app.request(new URL(path, c.req.url).href, { ...init, headers }, env));
    };
    const res = await handleMcp(request, body, dispatch, c.get('lang'));
    if (res.status < 400) return res;
    // A message the SDK still refuses at the HTTP level (e.g. an unsupported protocol version
    // header): the API's problem+json, which is also the JSON-RPC error response.
    const rpc = (await res.json().catch(() => ({}))) as { id?: unknown; error?: { code: number; message: string } };
    const message = rpc.error?.message ?? `MCP transport answered ${res.status}`;
    throw new ProblemError(
      res.status >= 500 ? 'internal_error' : 'validation_failed',
      { ja: `MCP メッセージを処理できません: ${message}`, en: `The MCP message cannot be processed: ${message}` },
      rpc.error ? { jsonrpc: '2.0', id: rpc.id ?? null, error: rpc.error } : {},
    );
  };
  router.post('/mcp', async (c, next) => {
    const lang = c.get('lang');
    const body = await bodyOf(c);
    const failure = body === undefined ? null : checkMessage(body, lang);
    if (!failure) return skipsRouteSchema(body) ? serve(c) : next();
    const rpc = rpcError(failure);
    if (failure.code !== INVALID_REQUEST) return c.json(rpc, 200);
    const problem = problemBody('validation_failed', lang, { ja: failure.message, en: failure.message }, c.req.path, [
      { path: failure.data.path, code: 'invalid_jsonrpc', message: failure.message },
    ]);
    return problemResponse(c, { ...problem, ...rpc });
  });
  return router.openapi(mcpRoute, (c) => serve(c));
};
