/**
 * The SDK path of POST /mcp (server.ts says which messages take it): the official SDK's `Server`
 * + `WebStandardStreamableHTTPServerTransport` with `sessionIdGenerator: undefined` (no sessions)
 * and `enableJsonResponse: true` (one JSON answer per POST, no SSE). A stateless transport serves
 * exactly one request, so a server and a transport are created per request; each method is the
 * same handler as on the direct path (`methodHandlers`).
 *
 * Loaded with a dynamic `import()` from server.ts on the first message the direct path does not
 * take, so the SDK (its module evaluation builds hundreds of zod schemas) is evaluated only then.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  GetPromptRequestSchema,
  ListPromptsRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListResourcesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import type { Lang } from '../lib/i18n.ts';
import { methodHandlers } from './methods.ts';
import { CAPABILITIES, type Dispatch, INSTRUCTIONS, SERVER_INFO } from './server.ts';

/** The server never asks the client for input (no elicitation), so it never validates a client's JSON. */
const noElicitation: jsonSchemaValidator = {
  getValidator: () => () => ({ valid: false, data: undefined, errorMessage: 'elicitation is not used by this server' }),
};

const L = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);

/** A -32603 from the SDK with a raw validation dump becomes -32602 with a plain message (a safety net behind jsonrpc.ts). */
const cleanSdkError = async (res: Response, method: string, lang: Lang): Promise<Response> => {
  if (res.status !== 200 || !res.headers.get('content-type')?.includes('application/json')) return res;
  const text = await res.text();
  let body: { error?: { code: number; message: string } } | undefined;
  try {
    body = JSON.parse(text);
  } catch {}
  if (body?.error?.code !== ErrorCode.InternalError || !/"(code|path)"\s*:|invalid_type|Invalid/i.test(body.error.message)) return new Response(text, res);
  body.error = {
    code: ErrorCode.InvalidParams,
    message: L(lang, `${method} の params が MCP 仕様に合いません`, `The params of ${method} do not follow the MCP specification`),
  };
  return new Response(JSON.stringify(body), { status: 200, headers: res.headers });
};

/** Answers one POST /mcp with a fresh SDK server and transport (stateless). */
export const handleMcpWithSdk = async (request: Request, parsedBody: unknown, dispatch: Dispatch, requestLang: Lang = 'ja'): Promise<Response> => {
  const server = new Server(SERVER_INFO, { capabilities: CAPABILITIES, instructions: INSTRUCTIONS, jsonSchemaValidator: noElicitation });
  const handlers = methodHandlers(dispatch, requestLang);
  // The SDK types each result; the handlers return exactly those shapes (checked by the tests).
  const run = (method: string, params: object = {}) => handlers[method]!(params as Record<string, unknown>) as Promise<never>;
  // `initialize` and `ping` are the SDK's own (the same answers as the direct path's).
  server.setRequestHandler(ListToolsRequestSchema, () => run('tools/list'));
  server.setRequestHandler(CallToolRequestSchema, (req) => run('tools/call', req.params));
  server.setRequestHandler(ListResourcesRequestSchema, () => run('resources/list'));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => run('resources/templates/list'));
  server.setRequestHandler(ReadResourceRequestSchema, (req) => run('resources/read', req.params));
  server.setRequestHandler(ListPromptsRequestSchema, () => run('prompts/list'));
  server.setRequestHandler(GetPromptRequestSchema, (req) => run('prompts/get', req.params));
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    const method = (parsedBody as { method?: unknown })?.method;
    return await cleanSdkError(await transport.handleRequest(request, { parsedBody }), typeof method === 'string' ? method : '?', requestLang);
  } finally {
    await server.close();
  }
};
