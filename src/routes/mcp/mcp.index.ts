/**
 * POST /mcp: the MCP endpoint. Built from the app it serves, because each tool call is dispatched
 * to that app's REST routes in-process (`app.request`): one implementation, one validation.
 */
import type { Hono } from 'hono';
import { createRouter } from '../../lib/create-router.ts';
import { ProblemError } from '../../lib/problem.ts';
import type { AppBindings } from '../../lib/types.ts';
import { mcpRoute } from './mcp.routes.ts';

const STREAMABLE_ACCEPT = 'application/json, text/event-stream';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const createMcpRouter = (app: Hono<AppBindings, any, any>) =>
  createRouter().openapi(mcpRoute, async (c) => {
    const { handleMcp } = await import('../../mcp/server.ts');
    // Streamable HTTP asks clients to accept JSON and SSE; this server only ever answers JSON, so
    // a client that accepts JSON (or anything) is served rather than refused with 406.
    const headers = new Headers(c.req.raw.headers);
    headers.set('Accept', STREAMABLE_ACCEPT);
    const request = new Request(c.req.raw.url, { method: 'POST', headers });
    // The body was read (and checked to be JSON) by the app's body guard; hand the parsed value on.
    const body = await c.req.json();
    const env = c.env;
    const res = await handleMcp(request, body, (path, init) => Promise.resolve(app.request(path, init, env)));
    if (res.status < 400) return res;
    // A message the SDK refuses at the HTTP level (e.g. malformed params): the API's problem+json,
    // with the JSON-RPC error inside.
    const rpc = (await res.json().catch(() => ({}))) as { error?: { code: number; message: string } };
    const message = rpc.error?.message ?? `MCP transport answered ${res.status}`;
    throw new ProblemError(res.status >= 500 ? 'internal_error' : 'validation_failed', { ja: `MCP メッセージを処理できません: ${message}`, en: `The MCP message cannot be processed: ${message}` }, rpc.error ? { jsonrpcError: rpc.error } : {});
  });
