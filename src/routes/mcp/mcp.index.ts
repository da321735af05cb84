/**
 * POST /mcp: the MCP endpoint. Built from the app it serves, because each tool call is dispatched
 * to that app's REST routes in-process (`app.request`): one implementation, one validation.
 */
import { createRouter } from '../../lib/create-router.ts';
import type { AppBindings } from '../../lib/types.ts';
import type { Hono } from 'hono';
import { mcpRoute } from './mcp.routes.ts';

export const createMcpRouter = (app: Hono<AppBindings, any, any>) =>
  createRouter().openapi(mcpRoute, async (c) => {
    const { handleMcp } = await import('../../mcp/server.ts');
    // The body was read (and checked to be JSON) by the app's body guard; hand the parsed value on.
    const body = await c.req.json();
    const env = c.env;
    return handleMcp(c.req.raw, body, (path, init) => Promise.resolve(app.request(path, init, env)));
  });
