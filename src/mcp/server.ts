/**
 * Stateless Model Context Protocol server over Streamable HTTP (MCP 2025-06-18 / 2025-11-25),
 * built on the official SDK: `Server` + `WebStandardStreamableHTTPServerTransport` with
 * `sessionIdGenerator: undefined` (no sessions) and `enableJsonResponse: true` (one JSON answer per
 * POST, no SSE). A stateless transport serves exactly one request, so a server and a transport are
 * created per request; the tool list (JSON Schemas from the OpenAPI document) is built once per
 * isolate.
 *
 * Why the low-level `Server` and not `McpServer`: tools here are REST operations, and their
 * validation must be the route's own (same zod schema, same problem+json with field paths and
 * ja/en messages), not a second validation with other messages. `McpServer` validates arguments
 * itself and needs zod schemas; `Server` lets the tool list carry the route's JSON Schemas and the
 * call go straight to the route.
 *
 * Loaded with a dynamic `import()` from the /mcp route, so the SDK is evaluated only when /mcp is
 * first used, not at isolate start.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { CallToolRequestSchema, ErrorCode, ListToolsRequestSchema, McpError, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import { TOOLS, inputSchemaOf, outputSchemaOf, type OpenApiDoc, type ToolDef } from './tools.ts';

/** Runs a request through the whole app in-process (routing, middleware, validation, handler). */
export type Dispatch = (path: string, init?: RequestInit) => Promise<Response>;

export const SERVER_INFO = { name: 'it-hojo-api', title: 'IT導入補助金 API', version: '1.0.0' } as const;

const INSTRUCTIONS =
  'IT導入補助金（デジタル化・AI導入補助金）の補助額・申請可否・締切を、公表資料の出典付きで答えるツールです。回答は概算で、事務局の採択・交付決定ではありません。金額は税抜の整数円。類型 id や回が分からなければ list_rounds、申請できるかは check_eligibility（missing[] の質問をユーザーに尋ねる）、金額は estimate_subsidy、締切は list_deadlines。\n' +
  'Tools for Japan’s IT Introduction Subsidy (IT導入補助金): exact subsidy estimates, eligibility and deadlines, every number with its source. Answers are estimates, not decisions of the secretariat. Money is integer yen excluding tax. Use list_rounds for round/type ids, check_eligibility for who may apply (ask the user the questions in missing[]), estimate_subsidy for amounts, list_deadlines for dates. Pass lang: "en" for English messages.';

/** The server never asks the client for input (no elicitation), so it never validates a client's JSON. */
const noElicitation: jsonSchemaValidator = {
  getValidator: () => () => ({ valid: false, data: undefined, errorMessage: 'elicitation is not used by this server' }),
};

const ANNOTATIONS = { readOnlyHint: true, idempotentHint: true, destructiveHint: false, openWorldHint: false } as const;

let cached: { tools: Tool[]; byName: Map<string, ToolDef> } | undefined;

/** The tool list, from the app's OpenAPI document (read once per isolate). */
export const toolList = async (dispatch: Dispatch) => {
  if (cached) return cached;
  const doc = (await (await dispatch('/openapi.json')).json()) as OpenApiDoc;
  const tools: Tool[] = TOOLS.map((t) => ({
    name: t.name,
    title: t.title,
    description: t.description,
    inputSchema: inputSchemaOf(t.route, doc) as Tool['inputSchema'],
    outputSchema: outputSchemaOf(t.route, doc) as Tool['outputSchema'],
    annotations: { title: t.title, ...ANNOTATIONS },
  }));
  return (cached = { tools, byName: new Map(TOOLS.map((t) => [t.name, t])) });
};

/** Arguments → the REST request: query parameters for GET, `lang` in the query and the rest as the JSON body for POST. */
const toRequest = (tool: ToolDef, args: Record<string, unknown>): [string, RequestInit] => {
  const { lang, ...rest } = args;
  const query = new URLSearchParams();
  if (tool.route.method === 'get') {
    for (const [k, v] of Object.entries(args)) {
      if (v === undefined || v === null) continue;
      for (const item of Array.isArray(v) ? v : [v]) query.append(k, typeof item === 'object' ? JSON.stringify(item) : String(item));
    }
    return [`${tool.route.path}${query.size ? `?${query}` : ''}`, { method: 'GET' }];
  }
  if (typeof lang === 'string') query.set('lang', lang);
  return [`${tool.route.path}${query.size ? `?${query}` : ''}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rest) }];
};

export const callTool = async (tool: ToolDef, args: Record<string, unknown>, dispatch: Dispatch): Promise<CallToolResult> => {
  const [path, init] = toRequest(tool, args);
  const res = await dispatch(path, init);
  const text = await res.text();
  if (!res.ok) {
    // The API's problem+json, as is: code, detail and each invalid field with its message.
    return { isError: true, content: [{ type: 'text', text }] };
  }
  const body = JSON.parse(text) as Record<string, unknown>;
  const lang = args.lang === 'en' ? 'en' : 'ja';
  return {
    structuredContent: body,
    content: [
      { type: 'text', text: tool.summarize(body, lang) },
      { type: 'text', text },
    ],
  };
};

/** Answers one POST /mcp with a fresh server and transport (stateless). */
export const handleMcp = async (request: Request, parsedBody: unknown, dispatch: Dispatch): Promise<Response> => {
  const server = new Server(SERVER_INFO, { capabilities: { tools: { listChanged: false } }, instructions: INSTRUCTIONS, jsonSchemaValidator: noElicitation });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: (await toolList(dispatch)).tools }));
  server.setRequestHandler(CallToolRequestSchema, async (req) => {
    const tool = (await toolList(dispatch)).byName.get(req.params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${req.params.name}. Tools: ${TOOLS.map((t) => t.name).join(', ')}`);
    return callTool(tool, req.params.arguments ?? {}, dispatch);
  });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    return await transport.handleRequest(request, { parsedBody });
  } finally {
    await server.close();
  }
};
