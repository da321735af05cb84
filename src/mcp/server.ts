/**
 * Stateless Model Context Protocol server over Streamable HTTP (MCP 2025-06-18 / 2025-11-25):
 * one JSON answer per POST, no sessions, no SSE. What each method answers is defined once
 * (`initializeResult` here, the others in methods.ts: `methodHandlers`); two paths run it:
 * - the direct path (this module, no SDK): a plain request for a method this server implements,
 *   with only the params the SDK would accept unchanged (`directParams`), is answered here with the
 *   bytes the SDK would write (`{"result":…,"jsonrpc":"2.0","id":…}`, tools/call results in the
 *   SDK's CallToolResult key order). It never loads the SDK, whose module evaluation (hundreds of
 *   zod schemas) made the first /mcp of an isolate cost ≈ 35 ms of CPU, and whose per-request
 *   parsing, validation and re-serialisation made tools/list ≈ 5 ms (issue 14);
 * - everything else (notifications, client responses, unknown methods, `_meta`, tasks, protocol
 *   headers the SDK refuses, unusual capabilities…) goes to the official SDK (sdk-server.ts:
 *   `Server` + `WebStandardStreamableHTTPServerTransport`, loaded on first such message), so the
 *   protocol's corner cases keep the SDK's behaviour. test/mcp.test.ts checks that both paths
 *   answer the same bytes for every message the direct path takes.
 *
 * Why the low-level `Server` and not `McpServer` on the SDK path: tools here are REST operations,
 * and their validation must be the route's own (same zod schema, same problem+json with field
 * paths and ja/en messages), not a second validation with other messages.
 *
 * Errors: a malformed message is refused before either path (jsonrpc.ts: -32600 / -32602 with our
 * messages); an unknown tool or prompt is -32602, an unknown resource -32002; invalid tool
 * arguments (unknown names, a bad `detail`, anything the REST route refuses) are a tool result with
 * `isError: true` and the field messages, so the model can correct its call.
 *
 * Loaded with a dynamic `import()` from the /mcp route, so none of this is evaluated at isolate
 * start; an `initialize` or `ping` loads only this module, `tools/list` adds its generated list
 * (tools.gen.ts), the other methods methods.ts.
 */
import type { Lang } from '../lib/i18n.ts';

/** Runs a request through the whole app in-process (routing, middleware, validation, handler). */
export type Dispatch = (path: string, init?: RequestInit) => Promise<Response>;

export const SERVER_INFO = { name: 'it-hojo-api', title: 'IT導入補助金 API', version: '1.0.0' } as const;

export const INSTRUCTIONS =
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

export const CAPABILITIES = {
  tools: { listChanged: false },
  resources: { listChanged: false },
  prompts: { listChanged: false },
} as const;

/**
 * The protocol versions of the pinned SDK (`SUPPORTED_PROTOCOL_VERSIONS`, newest first; the
 * first is `LATEST_PROTOCOL_VERSION`), copied so the direct path need not load the SDK;
 * test/mcp.test.ts fails when they differ.
 */
export const PROTOCOL_VERSIONS = ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05', '2024-10-07'] as const;

/** The initialize result, as the SDK's `Server` answers it (the requested version if supported, else the latest). */
export const initializeResult = (params: Record<string, unknown>) => ({
  protocolVersion: PROTOCOL_VERSIONS.includes(params.protocolVersion as (typeof PROTOCOL_VERSIONS)[number])
    ? (params.protocolVersion as string)
    : PROTOCOL_VERSIONS[0],
  capabilities: CAPABILITIES,
  serverInfo: SERVER_INFO,
  instructions: INSTRUCTIONS,
});

/** JSON-RPC's "Internal error" (JSON-RPC 2.0 §5.1; the SDK's `ErrorCode.InternalError`). */
const INTERNAL_ERROR = -32603;

type Params = Record<string, unknown>;
const isObject = (v: unknown): v is Params => !!v && typeof v === 'object' && !Array.isArray(v);
const only = (o: Params, keys: readonly string[]) => Object.keys(o).every((k) => keys.includes(k));
const isEmptyObject = (v: unknown) => isObject(v) && Object.keys(v).length === 0;

/**
 * The params each method may have for the direct path: exactly what the SDK's request schema
 * accepts and passes on unchanged (no `_meta`, no `task`, capabilities the client commonly sends).
 * jsonrpc.ts has already checked the types of the required fields. Anything else → the SDK path.
 */
const directParams: Record<string, (p: Params) => boolean> = {
  initialize: (p) =>
    only(p, ['protocolVersion', 'capabilities', 'clientInfo']) &&
    isObject(p.capabilities) &&
    only(p.capabilities, ['roots', 'sampling', 'elicitation']) &&
    (p.capabilities.roots === undefined ||
      (isObject(p.capabilities.roots) &&
        only(p.capabilities.roots, ['listChanged']) &&
        ['undefined', 'boolean'].includes(typeof p.capabilities.roots.listChanged))) &&
    (p.capabilities.sampling === undefined || isEmptyObject(p.capabilities.sampling)) &&
    (p.capabilities.elicitation === undefined || isEmptyObject(p.capabilities.elicitation)) &&
    isObject(p.clientInfo) &&
    only(p.clientInfo, ['name', 'version', 'title']) &&
    (p.clientInfo.title === undefined || typeof p.clientInfo.title === 'string'),
  ping: (p) => only(p, []),
  'tools/list': (p) => only(p, ['cursor']),
  'tools/call': (p) => only(p, ['name', 'arguments']),
  'resources/list': (p) => only(p, ['cursor']),
  'resources/templates/list': (p) => only(p, ['cursor']),
  'resources/read': (p) => only(p, ['uri']),
  'prompts/list': (p) => only(p, ['cursor']),
  'prompts/get': (p) => only(p, ['name', 'arguments']),
};

/**
 * The message as the direct path takes it (`{ id, method, params }`), or undefined when it must
 * go to the SDK: a request (not a notification or a response) with only JSON-RPC's keys, sent as
 * exactly `application/json`, for an implemented method with plain params; after initialize, an
 * `Mcp-Protocol-Version` header (if any) that the SDK supports.
 */
export const directMessage = (request: Request, body: unknown) => {
  if (!isObject(body) || !only(body, ['jsonrpc', 'id', 'method', 'params'])) return undefined;
  const { id, method, params = {} } = body;
  if ((typeof id !== 'string' && typeof id !== 'number') || typeof method !== 'string' || !Object.hasOwn(directParams, method)) return undefined;
  if (!isObject(params) || !directParams[method]!(params)) return undefined;
  if (request.headers.get('content-type') !== 'application/json') return undefined;
  const version = request.headers.get('mcp-protocol-version');
  if (method !== 'initialize' && version !== null && !PROTOCOL_VERSIONS.includes(version as (typeof PROTOCOL_VERSIONS)[number])) return undefined;
  return { id, method, params };
};

const jsonResponse = (text: string) => new Response(text, { status: 200, headers: { 'Content-Type': 'application/json' } });

/** The direct path: the answer as the SDK's stateless JSON transport writes it. */
const answerDirectly = async (message: { id: string | number; method: string; params: Params }, dispatch: Dispatch, requestLang: Lang) => {
  const { id, method, params } = message;
  try {
    // tools/list: the same bytes as JSON.stringify({ result: { tools }, jsonrpc, id }), the list serialised at build time.
    if (method === 'tools/list') {
      const { MCP_TOOLS_JSON } = await import('./tools.gen.ts');
      return jsonResponse(`{"result":${MCP_TOOLS_JSON},"jsonrpc":"2.0","id":${JSON.stringify(id)}}`);
    }
    const result =
      method === 'initialize'
        ? initializeResult(params)
        : method === 'ping'
          ? {}
          : await (await import('./methods.ts')).methodHandlers(dispatch, requestLang)[method]!(params);
    return jsonResponse(JSON.stringify({ result, jsonrpc: '2.0', id }));
  } catch (err) {
    // As the SDK's Protocol answers a handler that throws.
    const e = err as { code?: unknown; message?: string; data?: unknown };
    const error = {
      code: Number.isSafeInteger(e.code) ? (e.code as number) : INTERNAL_ERROR,
      message: e.message ?? 'Internal error',
      ...(e.data !== undefined && { data: e.data }),
    };
    return jsonResponse(JSON.stringify({ jsonrpc: '2.0', id, error }));
  }
};

/** Answers one POST /mcp (stateless): directly when it can, else through the SDK. */
export const handleMcp = async (request: Request, parsedBody: unknown, dispatch: Dispatch, requestLang: Lang = 'ja'): Promise<Response> => {
  const message = directMessage(request, parsedBody);
  if (message) return answerDirectly(message, dispatch, requestLang);
  const { handleMcpWithSdk } = await import('./sdk-server.ts');
  return handleMcpWithSdk(request, parsedBody, dispatch, requestLang);
};
