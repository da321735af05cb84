/**
 * The MCP tools: each is one REST operation of this API, described for a model.
 *
 * A tool's input and output JSON Schemas are the operation's own schemas, taken from the OpenAPI
 * document that `@hono/zod-openapi` renders from the route's zod definitions (the same
 * `createRoute` objects imported below), so the tool, the REST endpoint and `openapi.yaml` cannot
 * drift apart. A call is dispatched to the REST endpoint inside the same Worker: the route's
 * validation, engine and response shaping run unchanged, and a problem+json answer becomes an
 * `isError` result carrying the problem. What the model reads by default is a summary of that
 * answer (summaries.ts); `detail: "full"` returns the answer itself.
 */

import type { RouteConfig } from '@hono/zod-openapi';
import type { Lang } from '../lib/i18n.ts';
import { checkEligibilityRoute } from '../routes/eligibility/eligibility.routes.ts';
import { listDeadlines } from '../routes/deadlines/deadlines.routes.ts';
import { compareRoute, estimatePost } from '../routes/estimate/estimate.routes.ts';
import { listRounds } from '../routes/rounds/rounds.routes.ts';
import { compareSummary, deadlinesSummary, eligibilitySummary, estimateSummary, roundsSummary } from './summaries.ts';
import {
  COMPARE_SUMMARY_SCHEMA,
  DEADLINES_SUMMARY_SCHEMA,
  ELIGIBILITY_SUMMARY_SCHEMA,
  ESTIMATE_SUMMARY_SCHEMA,
  ROUNDS_SUMMARY_SCHEMA,
} from './summary-schemas.ts';

type Json = Record<string, unknown>;

export interface ToolDef {
  name: string;
  title: string;
  description: string;
  /** The REST operation the tool runs (its schemas and its handler). */
  route: RouteConfig;
  /**
   * The default answer (`detail: "summary"`), in the caller's language: a short text for the
   * model to quote and a compact `structuredContent`; `detail: "full"` is the REST answer.
   */
  summarize: (body: Json, lang: Lang) => { text: string; structured: Json };
  /** The JSON Schema of the summary's `structuredContent`. */
  summarySchema: Json;
}

const DETAIL_JA =
  '既定の detail: "summary" は要点だけ（人に伝える短い文と、その構造化データ）を返します。要件・計算の全文が必要なときだけ detail: "full" を指定してください。';
const DETAIL_EN =
  'By default (detail: "summary") the answer is short: a text to quote to the person and a ' +
  'compact structured result; pass detail: "full" only when every criterion or line of ' +
  'arithmetic is needed.';
const LANG_JA = 'lang: "ja"（既定）または "en" の一言語で答えます。';
const LANG_EN = 'Answers in one language: lang "ja" (default) or "en".';

export const TOOLS: ToolDef[] = [
  {
    name: 'list_rounds',
    title: 'IT導入補助金の回（公募）一覧 · List subsidy rounds',
    route: listRounds,
    summarySchema: ROUNDS_SUMMARY_SCHEMA,
    description:
      `IT導入補助金（2026年からデジタル化・AI導入補助金）の各回（r3=2022 … r7=2026）と、その申請期間、基準日 asOf 時点の状況、` +
      `各回の類型（通常枠・インボイス枠など）を返します。どの回・類型 id を使えばよいか分からないときに最初に呼びます。${DETAIL_JA}${LANG_JA}\n` +
      `Lists the budget rounds of Japan’s IT Introduction Subsidy (IT導入補助金; r3 = 2022 … r7 = ` +
      `2026), each with its application window, its status on \`asOf\` and the type ids ` +
      `(regular, invoice, security, …) the other tools accept. Call it first when you do not ` +
      `know which round or type id to use. ${DETAIL_EN} ${LANG_EN}`,
    summarize: roundsSummary,
  },
  {
    name: 'check_eligibility',
    title: '申請できる類型の判定 · Check eligibility',
    route: checkEligibilityRoute,
    summarySchema: ELIGIBILITY_SUMMARY_SCHEMA,
    description:
      `事業者（資本金・従業員数・業種・gBizIDプライム・SECURITY ACTION など）が、ある回の各類型に申請できるか（yes/no/未確定）を、` +
      `満たさない・未確定の要件、次に尋ねる質問、次の締切とともに返します。分からない事実は省略してかまいません。質問はそのままユーザーに尋ね、答えを加えてもう一度呼んでください。${DETAIL_JA}` +
      `${LANG_JA}\n` +
      `Checks whether a business may apply for each type (類型) of a round: yes / no / not ` +
      `settled, the requirements it fails or that are still unknown, the next question to ask ` +
      `and the next deadline per type. Every fact is optional: leave out what the user has not ` +
      `said. Ask the questions as given (most decisive first), then call again with the ` +
      `answers. ${DETAIL_EN} ${LANG_EN}`,
    summarize: eligibilitySummary,
  },
  {
    name: 'list_deadlines',
    title: '申請締切の一覧 · List application deadlines',
    route: listDeadlines,
    summarySchema: DEADLINES_SUMMARY_SCHEMA,
    description:
      `IT導入補助金の交付申請の締切（第何次か）を、回・類型ごとに、出典、基準日 asOf 時点の状況、残り日数とともに返します。next は類型ごとの次の締切です。「いつまでに申請すればよいか」に答えるときに使います。${DETAIL_JA}${LANG_JA}\n` +
      `Lists the application deadlines (締切, numbered 次) of every round and type, with the ` +
      `source, status on \`asOf\` (Japan time), days left, and \`next\`: the next deadline per ` +
      `type. Use it to answer “by when must I apply?”. Filters: round (r3…r7 or 2022…2026), ` +
      `type, status. ${DETAIL_EN} ${LANG_EN}`,
    summarize: deadlinesSummary,
  },
  {
    name: 'estimate_subsidy',
    title: '補助額の試算 · Estimate the subsidy',
    route: estimatePost,
    summarySchema: ESTIMATE_SUMMARY_SCHEMA,
    description:
      `購入予定の ITツール（ソフトウェア・クラウド利用料・導入関連費・PC・レジなど）に対して、指定した回・類型でいくら補助されるかを円単位で正確に試算します。` +
      `行ごとの補助対象経費・補助率（区間ごと、例「3/4 → 2/3」）・上限・下限・補助額、自己負担額、警告、次の締切、出典を返します。類型が分からなければ ` +
      `compare_types（全類型の比較）か check_eligibility を使ってください。${DETAIL_JA}${LANG_JA}\n` +
      `Computes, to the yen, the subsidy for a planned purchase (software, cloud fees, ` +
      `services, PCs, registers…) under one type of a round: per cost category the eligible ` +
      `cost, the rate per segment (e.g. "3/4 → 2/3"), cap, floor and subsidy; the total, ` +
      `self-pay, warnings, the next deadline and the sources. Amounts are integer yen ` +
      `excluding tax. Use compare_types (every type at once) or check_eligibility when the ` +
      `type is not known. ${DETAIL_EN} ${LANG_EN}`,
    summarize: estimateSummary,
  },
  {
    name: 'compare_types',
    title: '類型の比較 · Compare every type for one purchase',
    route: compareRoute,
    summarySchema: COMPARE_SUMMARY_SCHEMA,
    description:
      `同じ購入内容を、その回のすべての類型で試算し、補助額の高い順に並べます。補助が出ない類型には理由と、補助が出るようになる最小の変更（例: 機能をもう1つ）を返します。どの類型で申請するか迷っているときに使います。${DETAIL_JA}${LANG_JA}\n` +
      `Estimates the same purchase under every type of the round and ranks them by subsidy; ` +
      `for a type that gives nothing, the reasons and the smallest change that would qualify ` +
      `(e.g. one more function). Use it when the person has not chosen a type. ${DETAIL_EN} ${LANG_EN}`,
    summarize: compareSummary,
  },
];

// ---------------------------------------------------------------------------------------------
// JSON Schemas from the OpenAPI document
// ---------------------------------------------------------------------------------------------

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId?: string;
        parameters?: Json[];
        requestBody?: { content: Record<string, { schema: Json }> };
        responses: Record<string, { content?: Record<string, { schema: Json }> }>;
      }
    >
  >;
  components: { schemas: Record<string, Json> };
}

const REF = '#/components/schemas/';

/** Keywords whose value is a map of names to schemas (the names are data, not keywords). */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'dependentSchemas']);

/**
 * Deep copy with component refs pointing into `$defs`. To keep tools/list small, object examples
 * are dropped everywhere, and in output schemas every example and `x-` extension (descriptions stay).
 */
const rewrite = (node: unknown, refs: Set<string>, lean: boolean, isMap = false): unknown => {
  if (Array.isArray(node)) return node.map((n) => rewrite(n, refs, lean));
  if (!node || typeof node !== 'object') return node;
  const out: Json = {};
  for (const [k, v] of Object.entries(node)) {
    if (isMap) {
      out[k] = rewrite(v, refs, lean);
    } else if (k === '$ref' && typeof v === 'string' && v.startsWith(REF)) {
      refs.add(v.slice(REF.length));
      out[k] = `#/$defs/${v.slice(REF.length)}`;
    } else if (k === 'example' && (lean || (v !== null && typeof v === 'object'))) {
      // dropped
    } else if (lean && k.startsWith('x-')) {
      // dropped
    } else out[k] = rewrite(v, refs, lean, SCHEMA_MAPS.has(k));
  }
  return out;
};

/**
 * A self-contained JSON Schema (2020-12): the root object inlined, every component it reaches in
 * `$defs`. `lean` drops examples and extensions (used for output schemas).
 */
export const selfContained = (root: Json, doc: OpenApiDoc, lean = false): Json => {
  const refs = new Set<string>();
  let schema = root;
  if (typeof root.$ref === 'string' && root.$ref.startsWith(REF)) schema = doc.components.schemas[root.$ref.slice(REF.length)]!;
  const out = rewrite(schema, refs, lean) as Json;
  const defs: Json = {};
  for (let pending = [...refs]; pending.length; ) {
    const name = pending.pop()!;
    if (name in defs) continue;
    const before = new Set(refs);
    defs[name] = rewrite(doc.components.schemas[name], refs, lean);
    pending.push(...[...refs].filter((r) => !before.has(r)));
  }
  return Object.keys(defs).length ? { ...out, $defs: defs } : out;
};

const operationOf = (route: RouteConfig, doc: OpenApiDoc) => {
  const path = route.path.replace(/:([^/]+)/g, '{$1}');
  const op = doc.paths[path]?.[route.method];
  if (!op) throw new Error(`OpenAPI document has no ${route.method.toUpperCase()} ${path}`);
  return op;
};

const DETAIL_SCHEMA = {
  type: 'string',
  enum: ['summary', 'full'],
  default: 'summary',
  description:
    'summary (default): a short answer and a compact structured result; full: the whole REST ' +
    'answer (every criterion, line and source). 既定は summary（要点）、full で全文。',
};

/** Input: the JSON body's schema plus the `lang` query parameter (and `detail`), or the query parameters as one object. */
export const inputSchemaOf = (tool: ToolDef, doc: OpenApiDoc): Json => {
  const op = operationOf(tool.route, doc);
  const params = (op.parameters ?? []).filter((p) => p.in === 'query');
  const props: Json = {};
  const required: string[] = [];
  for (const p of params) {
    props[p.name as string] = { ...(p.schema as Json), ...(p.description ? { description: p.description } : {}) };
    if (p.required) required.push(p.name as string);
  }
  props.detail = DETAIL_SCHEMA;
  const body = op.requestBody?.content['application/json']?.schema;
  if (!body) return selfContained({ type: 'object', properties: props, ...(required.length ? { required } : {}), additionalProperties: false }, doc);
  const schema = selfContained(body, doc);
  return { ...schema, properties: { ...(schema.properties as Json), ...props } };
};

/**
 * Output: the summary (detail "summary") or the REST answer (detail "full"): `anyOf`, the summary
 * first; MCP requires an object schema at the root, where the answer's `$defs` stay.
 */
export const outputSchemaOf = (tool: ToolDef, doc: OpenApiDoc): Json => {
  const schema = operationOf(tool.route, doc).responses['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${tool.route.path} has no JSON 200 response`);
  const { $defs, ...full } = selfContained(schema, doc, true);
  return { type: 'object', anyOf: [tool.summarySchema, full], ...($defs ? { $defs } : {}) };
};

export type { OpenApiDoc };
