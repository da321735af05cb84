/**
 * POST /mcp serves a message that passes checkMessage (src/mcp/jsonrpc.ts) and `skipsRouteSchema`
 * without running the route's zod validators (src/routes/mcp/mcp.index.ts): that is sound only if
 * every such message is one the route's body schema accepts. Checked here on random messages
 * built from the fields a JSON-RPC message has and values of every JSON kind, and through the
 * Worker: what the route's schema would refuse still meets it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMessage } from '../src/mcp/jsonrpc.ts';
import { skipsRouteSchema } from '../src/routes/mcp/mcp.index.ts';
import { JsonRpcRequestSchema } from '../src/routes/mcp/mcp.routes.ts';
import { json, postJson } from './helpers.ts';

const METHODS = ['initialize', 'ping', 'tools/list', 'tools/call', 'resources/list', 'resources/read', 'prompts/get', 'notifications/initialized', '', 'x'];
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom('2.0', 2, 1, 1.5, -3, '1', null, [], {}, { name: 'estimate_subsidy', arguments: {} }),
  fc.constant({ protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'a', version: '1' } }),
);
const message = fc.record(
  {
    jsonrpc: fc.oneof(fc.constant('2.0'), value),
    id: fc.oneof(fc.integer(), fc.string(), value),
    method: fc.oneof(fc.constantFrom(...METHODS), value),
    params: fc.oneof(fc.dictionary(fc.constantFrom('name', 'arguments', 'uri', 'cursor', 'protocolVersion', 'capabilities', 'clientInfo'), value), value),
    extra: value,
  },
  { requiredKeys: [] },
);

describe('POST /mcp: checkMessage and skipsRouteSchema imply the route schema', () => {
  it('every message that checkMessage accepts and skipsRouteSchema takes, the route body schema accepts (ja and en)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(message, fc.constantFrom('ja' as const, 'en' as const), (body, lang) => {
        if (checkMessage(body, lang) !== null || !skipsRouteSchema(body)) return;
        accepted++;
        expect(JsonRpcRequestSchema.safeParse(body).success).toBe(true);
      }),
      { numRuns: 20_000 },
    );
    // The property is not vacuous: a share of the random messages reaches the schema.
    expect(accepted).toBeGreaterThan(500);
  });

  it('a message without a method (a client response) still meets the route schema: 400 naming `method`', async () => {
    const res = await postJson('/mcp', { jsonrpc: '2.0', id: 1, result: {} });
    expect(res.status).toBe(400);
    const body = await json(res);
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e: { path: string }) => e.path)).toContain('method');
  });

  it('an id beyond 2^53 still meets the route schema: 400 naming `id`', async () => {
    const res = await postJson('/mcp', '{"jsonrpc":"2.0","id":-9007199254740992,"method":"ping"}');
    const body = await json(res);
    expect([res.status, body.code]).toEqual([400, 'validation_failed']);
    expect(body.errors.map((e: { path: string }) => e.path)).toContain('id');
  });
});
