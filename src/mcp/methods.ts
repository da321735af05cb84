/**
 * What each MCP method answers (except initialize and ping, which server.ts answers from its
 * constants): the tools (each a REST operation, dispatched in-process), resources and prompts.
 * Shared by the direct path (server.ts) and the SDK path (sdk-server.ts); loaded with a dynamic
 * `import()` on the first message that needs it, so an `initialize` never evaluates it.
 */
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import type { Lang } from '../lib/i18n.ts';
import { PROMPTS, getPrompt } from './prompts.ts';
import { listResources, readResource } from './resources.ts';
import type { Dispatch } from './server.ts';
import { MCP_TOOL_ARGS, MCP_TOOLS_JSON } from './tools.gen.ts';
import { TOOLS, inputSchemaOf, outputSchemaOf, type OpenApiDoc, type ToolDef } from './tools.ts';

/** JSON-RPC error codes used here (JSON-RPC 2.0 §5.1; the SDK's `ErrorCode`). */
const INVALID_PARAMS = -32602;
const ANNOTATIONS = { readOnlyHint: true, idempotentHint: true, destructiveHint: false, openWorldHint: false } as const;
/** MCP's "resource not found" (specification 2025-06-18, server/resources §Error Handling). */
const RESOURCE_NOT_FOUND = -32002;

/** A JSON-RPC error with our message as is (McpError would prefix "MCP error -32602:"). */
const rpcFail = (code: number, message: string, data?: unknown) => Object.assign(new Error(message), { code, ...(data === undefined ? {} : { data }) });

interface ToolEntry {
  def: ToolDef;
  /** Argument names the input schema allows. */
  allowed: Set<string>;
}

/**
 * The tool list from the OpenAPI document: each tool's input and output JSON Schemas, and the
 * argument names each input schema allows. Run at build time (scripts/build-modules.mjs writes the
 * result to src/mcp/tools.gen.ts); the Worker reads that.
 */
export const buildToolList = (doc: OpenApiDoc): { tools: Tool[]; args: Record<string, string[]> } => {
  const tools = TOOLS.map((def): Tool => {
    const inputSchema = inputSchemaOf(def, doc) as Tool['inputSchema'];
    return {
      name: def.name,
      title: def.title,
      description: def.description,
      inputSchema,
      outputSchema: outputSchemaOf(def, doc) as Tool['outputSchema'],
      annotations: { title: def.title, ...ANNOTATIONS },
    };
  });
  return { tools, args: Object.fromEntries(tools.map((t) => [t.name, Object.keys(t.inputSchema.properties ?? {})])) };
};

/** Each tool by name, with the argument names it allows (from src/mcp/tools.gen.ts). */
const byName = new Map<string, ToolEntry>(TOOLS.map((def) => [def.name, { def, allowed: new Set(MCP_TOOL_ARGS[def.name] ?? []) }]));

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
    isError: true,
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
  // Keys in the order of the SDK's CallToolResult schema (content, structuredContent, isError),
  // which is how the SDK path writes a result it has validated.
  if (detail === 'full')
    return {
      content: [
        { type: 'text', text: summary.text },
        { type: 'text', text },
      ],
      structuredContent: body,
    };
  return { content: [{ type: 'text', text: summary.text }], structuredContent: summary.structured };
};

type Params = Record<string, unknown>;
/** One method's answer (the JSON-RPC `result`); throws `rpcFail` for a JSON-RPC error. */
export type MethodHandler = (params: Params) => Promise<Record<string, unknown>>;

/** What each of these methods answers, for one request (both paths run these). */
export const methodHandlers = (dispatch: Dispatch, requestLang: Lang): Record<string, MethodHandler> => ({
  // The SDK path (the direct path writes MCP_TOOLS_JSON as it is).
  'tools/list': async () => JSON.parse(MCP_TOOLS_JSON) as { tools: Tool[] },
  'tools/call': async (params) => {
    const name = params.name as string;
    const entry = byName.get(name);
    if (!entry)
      throw rpcFail(
        INVALID_PARAMS,
        L(
          requestLang,
          `ツール ${name} はありません。使えるもの: ${TOOLS.map((t) => t.name).join(', ')}`,
          `Unknown tool: ${name}. Tools: ${TOOLS.map((t) => t.name).join(', ')}`,
        ),
      );
    return (await callTool(entry, (params.arguments as Record<string, unknown> | undefined) ?? {}, dispatch, requestLang)) as Record<string, unknown>;
  },
  'resources/list': async () => ({ resources: await listResources(dispatch, requestLang) }),
  'resources/templates/list': async () => ({
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
  }),
  'resources/read': async (params) => {
    const uri = params.uri as string;
    const result = await readResource(uri, dispatch, requestLang);
    if (!result.ok) throw rpcFail(RESOURCE_NOT_FOUND, result.message, { uri });
    return { contents: result.contents };
  },
  'prompts/list': async () => ({
    prompts: PROMPTS.map(({ name, title, description, arguments: args }) => ({ name, title, description, arguments: args })),
  }),
  'prompts/get': async (params) => {
    const result = getPrompt(params.name as string, (params.arguments as Record<string, string> | undefined) ?? {}, requestLang);
    if (!result.ok) throw rpcFail(INVALID_PARAMS, result.message);
    return { description: result.description, messages: [{ role: 'user', content: { type: 'text', text: result.text } }] };
  },
});
