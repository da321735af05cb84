/**
 * Checks one POST /mcp body as JSON-RPC 2.0 and MCP 2025-06-18 before the SDK sees it, so every
 * malformed message gets the right JSON-RPC error with our own message instead of the SDK's
 * `-32603` and a raw zod dump:
 * - not one message (a batch, a non-object) or not JSON-RPC 2.0 → `-32600` Invalid Request
 *   (JSON-RPC 2.0 §5.1), answered with HTTP 400;
 * - the params of a method this server implements are malformed → `-32602` Invalid params, in a
 *   normal JSON-RPC response (HTTP 200) carrying the request's id.
 * Arguments of a well-formed `tools/call` are not checked here: the tool answers them with
 * `isError: true` and the field messages of the REST route (server.ts).
 */
import type { Lang } from '../lib/i18n.ts';

type Json = Record<string, unknown>;

export const INVALID_REQUEST = -32600;
export const INVALID_PARAMS = -32602;

export interface RpcFailure {
  code: typeof INVALID_REQUEST | typeof INVALID_PARAMS;
  id: string | number | null;
  message: string;
  /** The offending field of the message, as a dotted path (`params.arguments`). */
  data: { path: string };
}

const isObject = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);
const validId = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isInteger(v));
const L = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);
const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** What each implemented method's params must hold: field → test and the expected kind, in words. */
const PARAMS: Record<string, { field: string; required: boolean; ok: (v: unknown) => boolean; expected: { ja: string; en: string } }[]> = {
  initialize: [
    {
      field: 'protocolVersion',
      required: true,
      ok: (v) => typeof v === 'string',
      expected: { ja: '文字列（例 "2025-06-18"）', en: 'a string such as "2025-06-18"' },
    },
    { field: 'capabilities', required: true, ok: isObject, expected: { ja: 'オブジェクト', en: 'an object' } },
    {
      field: 'clientInfo',
      required: true,
      ok: (v) => isObject(v) && typeof v.name === 'string' && typeof v.version === 'string',
      expected: { ja: '{ name, version }（どちらも文字列）', en: 'an object { name, version } of strings' },
    },
  ],
  'tools/call': [
    { field: 'name', required: true, ok: (v) => typeof v === 'string' && v.length > 0, expected: { ja: 'ツール名の文字列', en: 'a tool name (string)' } },
    { field: 'arguments', required: false, ok: isObject, expected: { ja: '引数のオブジェクト', en: 'an object of arguments' } },
  ],
  'resources/read': [
    {
      field: 'uri',
      required: true,
      ok: (v) => typeof v === 'string' && v.length > 0,
      expected: { ja: 'リソースの URI（例 "ithojo://rounds/r7"）', en: 'a resource URI such as "ithojo://rounds/r7"' },
    },
  ],
  'prompts/get': [
    { field: 'name', required: true, ok: (v) => typeof v === 'string' && v.length > 0, expected: { ja: 'プロンプト名の文字列', en: 'a prompt name (string)' } },
    {
      field: 'arguments',
      required: false,
      ok: (v) => isObject(v) && Object.values(v).every((x) => typeof x === 'string'),
      expected: { ja: '文字列の値だけを持つオブジェクト', en: 'an object of string values' },
    },
  ],
};
const CURSOR_METHODS = new Set(['tools/list', 'resources/list', 'resources/templates/list', 'prompts/list']);

/** The first problem of the message, or null when the SDK may take it. */
export const checkMessage = (body: unknown, lang: Lang): RpcFailure | null => {
  const fail = (code: RpcFailure['code'], id: RpcFailure['id'], path: string, ja: string, en: string): RpcFailure => ({
    code,
    id,
    message: L(lang, ja, en),
    data: { path },
  });
  if (Array.isArray(body)) {
    return fail(
      INVALID_REQUEST,
      null,
      '',
      'JSON-RPC のバッチ（配列）は受け付けません。1回の POST で1つのメッセージを送ってください（MCP 2025-06-18 でバッチは廃止されました。このサーバーはどのプロトコル版でもバッチを扱いません）',
      'JSON-RPC batches (arrays) are not accepted: send one message per POST (MCP 2025-06-18 ' +
        'removed batching; this server handles no batch whatever the protocol version)',
    );
  }
  if (!isObject(body))
    return fail(
      INVALID_REQUEST,
      null,
      '',
      `JSON-RPC メッセージはオブジェクトです（受け取ったのは ${kindOf(body)}）`,
      `A JSON-RPC message is an object (got ${kindOf(body)})`,
    );
  const id = validId(body.id) ? body.id : null;
  if (body.jsonrpc !== '2.0') return fail(INVALID_REQUEST, id, 'jsonrpc', 'jsonrpc は "2.0" にしてください', 'jsonrpc must be "2.0"');
  if ('id' in body && !validId(body.id))
    return fail(INVALID_REQUEST, null, 'id', 'id は文字列か整数です（null は使えません）', 'id must be a string or an integer (not null)');
  if (!('method' in body)) {
    // A response from the client (to a server request this server never sends) is left to the SDK.
    if ('result' in body || 'error' in body) return null;
    return fail(INVALID_REQUEST, id, 'method', 'method がありません', 'method is missing');
  }
  if (typeof body.method !== 'string' || !body.method)
    return fail(INVALID_REQUEST, id, 'method', 'method は空でない文字列です', 'method must be a non-empty string');
  if ('params' in body && !isObject(body.params))
    return fail(
      INVALID_REQUEST,
      id,
      'params',
      `params はオブジェクトです（受け取ったのは ${kindOf(body.params)}）`,
      `params must be an object (got ${kindOf(body.params)})`,
    );
  const params = (body.params ?? {}) as Json;
  if (CURSOR_METHODS.has(body.method) && 'cursor' in params && typeof params.cursor !== 'string') {
    return fail(INVALID_PARAMS, id, 'params.cursor', 'params.cursor は文字列です', 'params.cursor must be a string');
  }
  for (const rule of Object.hasOwn(PARAMS, body.method) ? PARAMS[body.method]! : []) {
    const value = params[rule.field];
    if (value === undefined ? rule.required : !rule.ok(value)) {
      const got = value === undefined ? L(lang, 'ありません', 'missing') : kindOf(value);
      return fail(
        INVALID_PARAMS,
        id,
        `params.${rule.field}`,
        `${body.method} の params.${rule.field} は${rule.expected.ja}です（${got}）`,
        `${body.method}: params.${rule.field} must be ${rule.expected.en} (${got})`,
      );
    }
  }
  return null;
};

/** The JSON-RPC error response for a failure. */
export const rpcError = (f: RpcFailure) => ({ jsonrpc: '2.0' as const, id: f.id, error: { code: f.code, message: f.message, data: f.data } });
