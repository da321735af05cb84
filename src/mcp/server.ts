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
 * Errors: a malformed message is refused before the SDK parses it (jsonrpc.ts: -32600 / -32602
 * with our messages); an unknown tool or prompt is -32602, an unknown resource -32002; invalid
 * tool arguments (unknown names, a bad `detail`, anything the REST route refuses) are a tool
 * result with `isError: true` and the field messages, so the model can correct its call.
 *
 * Loaded with a dynamic `import()` from the /mcp route, so the SDK is evaluated only when /mcp is
 * first used, not at isolate start.
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
  type CallToolResult,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import type { jsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/types.js';
import type { Lang } from '../lib/i18n.ts';
import { PROMPTS, getPrompt } from './prompts.ts';
import { listResources, readResource } from './resources.ts';
import { TOOLS, inputSchemaOf, outputSchemaOf, type OpenApiDoc, type ToolDef } from './tools.ts';

/** Runs a request through the whole app in-process (routing, middleware, validation, handler). */
export type Dispatch = (path: string, init?: RequestInit) => Promise<Response>;

export const SERVER_INFO = { name: 'it-hojo-api', title: 'IT導入補助金 API', version: '1.0.0' } as const;

const INSTRUCTIONS =
  'IT導入補助金（デジタル化・AI導入補助金）の補助額・申請可否・締切を、公表資料の出典付きで答えるツールです。回答は概算で、事務局の採択・交付決定ではありません。' +
  '金額は税抜の整数円。回や類型 id が分からなければ list_rounds、申請できるかは check_eligibility（返る質問をユーザーに尋ねる）、金額は ' +
  'estimate_subsidy、どの類型が得かは compare_types、締切は list_deadlines。各回のルールと計算例はリソース ' +
  'ithojo://rounds/{id} にあります。\n' +
  'Tools for Japan’s IT Introduction Subsidy (IT導入補助金): exact subsidy estimates, ' +
  'eligibility and deadlines, every number with its source. Answers are estimates, not ' +
  'decisions of the secretariat. Money is integer yen excluding tax. Use list_rounds for ' +
  'round/type ids, check_eligibility for who may apply (ask the user the questions it ' +
  'returns), estimate_subsidy for amounts, compare_types to find the best type, ' +
  'list_deadlines for dates. Each round’s rules and worked examples are resources ' +
  'ithojo://rounds/{id}. Pass lang: "en" for answers in English.';

/** The server never asks the client for input (no elicitation), so it never validates a client's JSON. */
const noElicitation: jsonSchemaValidator = {
  getValidator: () => () => ({ valid: false, data: undefined, errorMessage: 'elicitation is not used by this server' }),
};

const ANNOTATIONS = { readOnlyHint: true, idempotentHint: true, destructiveHint: false, openWorldHint: false } as const;
/** MCP's "resource not found" (specification 2025-06-18, server/resources §Error Handling). */
const RESOURCE_NOT_FOUND = -32002;

/** A JSON-RPC error with our message as is (McpError would prefix "MCP error -32602:"). */
const rpcFail = (code: number, message: string, data?: unknown) => Object.assign(new Error(message), { code, ...(data === undefined ? {} : { data }) });

interface ToolEntry {
  def: ToolDef;
  tool: Tool;
  /** Argument names the input schema allows. */
  allowed: Set<string>;
}
let cached: { tools: Tool[]; byName: Map<string, ToolEntry> } | undefined;

/** The tool list, from the app's OpenAPI document (read once per isolate). */
export const toolList = async (dispatch: Dispatch) => {
  if (cached) return cached;
  const doc = (await (await dispatch('/openapi.json')).json()) as OpenApiDoc;
  const entries = TOOLS.map((def): ToolEntry => {
    const inputSchema = inputSchemaOf(def, doc) as Tool['inputSchema'];
    const tool: Tool = {
      name: def.name,
      title: def.title,
      description: def.description,
      inputSchema,
      outputSchema: outputSchemaOf(def, doc) as Tool['outputSchema'],
      annotations: { title: def.title, ...ANNOTATIONS },
    };
    return { def, tool, allowed: new Set(Object.keys(inputSchema.properties ?? {})) };
  });
  cached = { tools: entries.map((e) => e.tool), byName: new Map(entries.map((e) => [e.def.name, e])) };
  return cached;
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
  return [
    `${tool.route.path}${query.size ? `?${query}` : ''}`,
    { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(rest) },
  ];
};

const L = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);

interface FieldProblem {
  code: string;
  detail: string;
  errors?: { path: string; code?: string; message: string }[];
}

/** A tool result that tells the model what to fix: our message, each field, then the problem as JSON. */
const errorResult = (problem: FieldProblem, lang: Lang): CallToolResult => {
  const fields = (problem.errors ?? []).map((e) => `- ${e.path || L(lang, '（全体）', '(whole input)')}: ${e.message}`);
  return {
    isError: true,
    content: [
      {
        type: 'text',
        text: [
          L(lang, `引数が正しくありません（${problem.code}）: ${problem.detail}`, `The arguments are not valid (${problem.code}): ${problem.detail}`),
          ...fields,
        ].join('\n'),
      },
      { type: 'text', text: JSON.stringify(problem) },
    ],
  };
};

export const callTool = async (entry: ToolEntry, args: Record<string, unknown>, dispatch: Dispatch, requestLang: Lang): Promise<CallToolResult> => {
  const lang: Lang = args.lang === 'en' ? 'en' : args.lang === 'ja' ? 'ja' : requestLang;
  const unknown = Object.keys(args).filter((k) => !entry.allowed.has(k));
  if (unknown.length) {
    const allowed = [...entry.allowed].join(', ');
    return errorResult(
      {
        code: 'unknown_argument',
        detail: L(lang, `${entry.def.name} にない引数です。使える引数: ${allowed}`, `${entry.def.name} has no such argument; its arguments: ${allowed}`),
        errors: unknown.map((k) => ({ path: k, code: 'unknown_argument', message: L(lang, `引数 ${k} はありません`, `unknown argument ${k}`) })),
      },
      lang,
    );
  }
  const { detail = 'summary', ...restArgs } = args;
  if (detail !== 'summary' && detail !== 'full') {
    return errorResult(
      {
        code: 'validation_failed',
        detail: L(lang, 'detail は "summary" か "full" です', 'detail must be "summary" or "full"'),
        errors: [
          {
            path: 'detail',
            code: 'invalid_value',
            message: L(lang, `"summary" か "full"（受け取った値: ${JSON.stringify(detail)}）`, `"summary" or "full" (got ${JSON.stringify(detail)})`),
          },
        ],
      },
      lang,
    );
  }
  const [path, init] = toRequest(entry.def, restArgs);
  const res = await dispatch(path, init);
  const text = await res.text();
  if (!res.ok) {
    // The API's problem+json (code, detail, each invalid field with its message, in `lang`).
    let problem: FieldProblem;
    try {
      problem = JSON.parse(text) as FieldProblem;
    } catch {
      problem = { code: 'internal_error', detail: text.slice(0, 200) };
    }
    return errorResult(problem, lang);
  }
  const body = JSON.parse(text) as Record<string, unknown>;
  const summary = entry.def.summarize(body, lang);
  // detail "full": the summary text, then the whole REST answer (structured, and as JSON text for
  // clients that read only text). The summary's text already says everything its structured
  // content holds, so it is not repeated as JSON: that is what keeps a summary cheap.
  if (detail === 'full')
    return {
      structuredContent: body,
      content: [
        { type: 'text', text: summary.text },
        { type: 'text', text },
      ],
    };
  return { structuredContent: summary.structured, content: [{ type: 'text', text: summary.text }] };
};

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

/** Answers one POST /mcp with a fresh server and transport (stateless). */
export const handleMcp = async (request: Request, parsedBody: unknown, dispatch: Dispatch, requestLang: Lang = 'ja'): Promise<Response> => {
  const server = new Server(SERVER_INFO, {
    capabilities: { tools: { listChanged: false }, resources: { listChanged: false }, prompts: { listChanged: false } },
    instructions: INSTRUCTIONS,
    jsonSchemaValidator: noElicitation,
  });
  server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: (await toolList(dispatch)).tools }));
  server.setRequestHandler(CallToolRequestSchema, async (req) => {
    const entry = (await toolList(dispatch)).byName.get(req.params.name);
    if (!entry)
      throw rpcFail(
        ErrorCode.InvalidParams,
        L(
          requestLang,
          `ツール ${req.params.name} はありません。使えるもの: ${TOOLS.map((t) => t.name).join(', ')}`,
          `Unknown tool: ${req.params.name}. Tools: ${TOOLS.map((t) => t.name).join(', ')}`,
        ),
      );
    return callTool(entry, req.params.arguments ?? {}, dispatch, requestLang);
  });
  server.setRequestHandler(ListResourcesRequestSchema, async () => ({ resources: await listResources(dispatch, requestLang) }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({
    resourceTemplates: [
      {
        uriTemplate: 'ithojo://rounds/{id}',
        name: 'round-rules',
        title: L(requestLang, '回のルールファイル', 'Rule file of a round'),
        description: 'id: r3…r7 or 2022…2026',
        mimeType: 'application/json',
      },
      {
        uriTemplate: 'ithojo://rounds/{id}/examples',
        name: 'round-examples',
        title: L(requestLang, '回の計算例', 'Worked examples of a round'),
        description: 'id: r3…r7 or 2022…2026',
        mimeType: 'application/json',
      },
    ],
  }));
  server.setRequestHandler(ReadResourceRequestSchema, async (req) => {
    const result = await readResource(req.params.uri, dispatch, requestLang);
    if (!result.ok) throw rpcFail(RESOURCE_NOT_FOUND, result.message, { uri: req.params.uri });
    return { contents: result.contents };
  });
  server.setRequestHandler(ListPromptsRequestSchema, async () => ({
    prompts: PROMPTS.map(({ name, title, description, arguments: args }) => ({ name, title, description, arguments: args })),
  }));
  server.setRequestHandler(GetPromptRequestSchema, async (req) => {
    const result = getPrompt(req.params.name, req.params.arguments ?? {}, requestLang);
    if (!result.ok) throw rpcFail(ErrorCode.InvalidParams, result.message);
    return { description: result.description, messages: [{ role: 'user', content: { type: 'text', text: result.text } }] };
  });
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    const method = (parsedBody as { method?: unknown })?.method;
    return await cleanSdkError(await transport.handleRequest(request, { parsedBody }), typeof method === 'string' ? method : '?', requestLang);
  } finally {
    await server.close();
  }
};
