import { createRoute, z } from '@hono/zod-openapi';
import { LangQuery, postProblemResponses } from '../../schemas/common.ts';

const JsonRpcId = z.union([z.string(), z.number().int()]).openapi({ description: 'Request id; absent for a notification.', example: 1 });

export const JsonRpcRequestSchema = z
  .object({
    jsonrpc: z.literal('2.0'),
    id: JsonRpcId.optional(),
    method: z
      .string()
      .min(1)
      .openapi({
        description:
          'MCP method: initialize, notifications/initialized, ping, tools/list, tools/call, ' +
          'resources/list, resources/templates/list, resources/read, prompts/list, prompts/get.',
        example: 'tools/call',
      }),
    params: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({
        description: 'Method parameters; for tools/call `{ name, arguments }`.',
        example: {
          name: 'estimate_subsidy',
          arguments: { round: 'r6', type: 'invoice', applicant: { size: 'sme' }, functions: ['accounting', 'ordering'], costs: { software: 1_000_000 } },
        },
      }),
  })
  .openapi('McpRequest', {
    description: 'One JSON-RPC 2.0 message of the Model Context Protocol (no batches).',
    example: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
  });

export const JsonRpcResponseSchema = z
  .object({
    jsonrpc: z.literal('2.0'),
    id: z.union([z.string(), z.number().int(), z.null()]),
    result: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({ description: 'The method’s result, e.g. `{ tools: [...] }` or a tool result `{ content, structuredContent, isError? }`.' }),
    error: z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() }).optional(),
  })
  .openapi('McpResponse', {
    description: 'A JSON-RPC 2.0 response. A tool that fails on its input answers `result.isError: true` with the API’s problem+json as text.',
    example: { jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'list_rounds', inputSchema: { type: 'object' } }] } },
  });

const TOOLS_TEXT =
  '- `list_rounds`: GET /v1/rounds\n- `check_eligibility`: POST /v1/eligibility (the ' +
  'questions to ask come numbered in the text)\n- `list_deadlines`: GET /v1/deadlines\n- ' +
  '`estimate_subsidy`: POST /v1/estimate\n- `compare_types`: POST /v1/estimate/compare';

export const mcpRoute = createRoute({
  method: 'post',
  path: '/mcp',
  operationId: 'mcp',
  tags: ['mcp'],
  summary: 'Model Context Protocol endpoint for chatbots · チャットボット向け MCP',
  description:
    'A stateless [Model Context Protocol](https://modelcontextprotocol.io) server over ' +
    'Streamable HTTP: POST one JSON-RPC message, get one JSON answer (no sessions, no SSE, ' +
    'so `Accept: application/json` is enough). A body that is not one JSON-RPC request (a ' +
    'batch, a non-object, no `jsonrpc: "2.0"`, a null id) is a 400 problem that is also the ' +
    'JSON-RPC error response (`jsonrpc`, `id`, `error.code` -32600; a body that is not JSON: ' +
    '`malformed_json` and -32700, `id` null); malformed params of a ' +
    'known method are a JSON-RPC -32602 error (HTTP 200). ' +
    `Tools, each one REST operation with that operation’s input JSON Schema plus \`lang\` ` +
    `(ja/en) and \`detail\` (summary, the default: a short answer; full: the REST answer), ` +
    `read-only and idempotent:\n${TOOLS_TEXT}\n\nResources: each round’s rule file and ` +
    `worked examples (\`ithojo://rounds/r7\`, \`ithojo://rounds/r7/examples\`). Prompts: ` +
    `estimate_purchase, can_i_apply, next_deadline.\n\n` +
    'GET /mcp answers 405 (no server-initiated stream). チャットボット（MCP クライアント）から補助額・申請可否・締切を引けるエンドポイントです。',
  request: {
    query: z.object({ lang: LangQuery }),
    body: { required: true, content: { 'application/json': { schema: JsonRpcRequestSchema } } },
  },
  responses: {
    200: {
      content: { 'application/json': { schema: JsonRpcResponseSchema } },
      description: 'The JSON-RPC response (errors of the protocol itself are JSON-RPC errors).',
    },
    202: { description: 'A notification or response was accepted; no body.' },
    ...postProblemResponses,
  },
});
