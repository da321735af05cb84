/**
 * The MCP tools: each is one REST operation of this API, described for a model.
 *
 * A tool's input and output JSON Schemas are the operation's own schemas, taken from the OpenAPI
 * document that `@hono/zod-openapi` renders from the route's zod definitions (the same
 * `createRoute` objects imported below), so the tool, the REST endpoint and `openapi.yaml` cannot
 * drift apart. A call is dispatched to the REST endpoint inside the same Worker: the route's
 * validation, engine and response shaping run unchanged, and a problem+json answer becomes an
 * `isError` result carrying the problem.
 */
import type { RouteConfig } from '@hono/zod-openapi';
import { checkEligibilityRoute } from '../routes/eligibility/eligibility.routes.ts';
import { listDeadlines } from '../routes/deadlines/deadlines.routes.ts';
import { estimatePost } from '../routes/estimate/estimate.routes.ts';
import { listRounds } from '../routes/rounds/rounds.routes.ts';

type Json = Record<string, unknown>;
type Lang = 'ja' | 'en';

export interface ToolDef {
  name: string;
  title: string;
  description: string;
  /** The REST operation the tool runs (its schemas and its handler). */
  route: RouteConfig;
  /** Short text for the model, in the caller's language; the full answer is `structuredContent`. */
  summarize: (body: Json, lang: Lang) => string;
}

const yen = (n: unknown) => (typeof n === 'number' ? `${n.toLocaleString('en-US')}円` : String(n));
const pick = (l: unknown, lang: Lang) => (l && typeof l === 'object' ? String((l as Record<string, unknown>)[lang] ?? '') : String(l ?? ''));
const arr = (v: unknown) => (Array.isArray(v) ? (v as Json[]) : []);

/** The open questions of an eligibility answer, numbered and ready to ask. */
export const questionsText = (missing: Json[], lang: Lang) =>
  missing
    .map((q, i) => {
      const answers = (q.answers ?? {}) as Json;
      const values = Array.isArray(answers.values) ? `: ${(answers.values as string[]).join(' | ')}` : '';
      const types = Array.isArray(q.types) ? ` [${(q.types as string[]).join(', ')}]` : '';
      return `${i + 1}. ${pick(q.question, lang)} (${q.path}; ${answers.kind}${values})${types}`;
    })
    .join('\n');

export const TOOLS: ToolDef[] = [
  {
    name: 'list_rounds',
    title: 'IT導入補助金の回（公募）一覧 · List subsidy rounds',
    route: listRounds,
    description:
      'IT導入補助金（2026年からデジタル化・AI導入補助金）の各回（r3=2022 … r7=2026）と、その申請期間、基準日 asOf 時点の状況（upcoming/open/closed）、各回の類型（通常枠・インボイス枠など）を返します。どの回・類型 id を使えばよいか分からないときに最初に呼びます。\n' +
      'Lists the budget rounds of Japan’s IT Introduction Subsidy (IT導入補助金; r3 = 2022 … r7 = 2026), each with its application window, its status on `asOf` (upcoming; open while a known 締切 is ahead; awaiting-schedule when the last known 締切 has passed and no end is published; closed after the published end) and the type ids (regular, invoice, security, …) the other tools accept. Call it first when you do not know which round or type id to use.',
    summarize: (b, lang) =>
      [
        `${lang === 'ja' ? '現在の回' : 'Current round'}: ${b.current ?? (lang === 'ja' ? 'なし' : 'none')} (asOf ${b.asOf})`,
        ...arr(b.rounds).map((r) => {
          const w = (r.window ?? {}) as Json;
          return `- ${r.id} (${arr(r.aliases).join(', ')}) ${pick(r.name, lang)}: ${r.status}, ${w.opensOn} – ${w.closesOn ?? '?'}; types: ${arr(r.types).map((t) => t.id).join(', ')}`;
        }),
      ].join('\n'),
  },
  {
    name: 'check_eligibility',
    title: '申請できる類型の判定 · Check eligibility',
    route: checkEligibilityRoute,
    description:
      '事業者（資本金・従業員数・業種・gBizIDプライム・SECURITY ACTION など）が、ある回の各類型に申請できるかを、要件ごとの pass/fail/unknown と出典付きで判定します。分からない事実は省略してかまいません。結果の missing[] は、判定を確定させるためにユーザーへそのまま尋ねられる質問（日英）です。中小企業か小規模事業者かの分類もここで分かります。\n' +
      'Checks whether a business may apply for each type (類型) of a round: every named requirement as pass / fail / unknown with what was observed, the rule and its source; the SME / small-business classification; combinable types and the next deadline. Every fact is optional: leave out what the user has not said. `missing[]` lists the questions to ask the user next (ja and en, most decisive first), each with the field path and allowed answers; ask them, then call again with the answers.',
    summarize: (b, lang) => {
      const c = (b.classification ?? {}) as Json;
      const lines = [
        `${lang === 'ja' ? '回' : 'Round'} ${b.round}, asOf ${b.asOf}; ${lang === 'ja' ? '区分' : 'size'}: ${c.size ?? (lang === 'ja' ? '未確定' : 'not settled')}`,
        ...arr(b.types).map((t) => {
          const failed = arr(t.criteria).filter((k) => k.result === 'fail').map((k) => pick(k.message, lang));
          return `- ${t.type} ${pick(t.name, lang)}: ${t.eligible}${failed.length ? ` — ${failed.join(' / ')}` : ''}`;
        }),
      ];
      const missing = arr(b.missing);
      if (missing.length) lines.push('', lang === 'ja' ? '確認が必要な質問（上から順に尋ねてください）:' : 'Questions to ask the user (in this order):', questionsText(missing, lang));
      return lines.join('\n');
    },
  },
  {
    name: 'list_deadlines',
    title: '申請締切の一覧 · List application deadlines',
    route: listDeadlines,
    description:
      'IT導入補助金の交付申請の締切（第何次か）を、回・類型ごとに、出典、基準日 asOf 時点の状況（upcoming=受付開始前、open=受付中、closed=締切済み）、残り日数とともに返します。next は類型ごとの次の締切です。「いつまでに申請すればよいか」に答えるときに使います。\n' +
      'Lists the application deadlines (締切, numbered 次) of every round and type, with the source, status on `asOf` (upcoming before its opening, open until its 17:00 JST closing, closed after), days left, `next`: the first deadline not yet closed per type, and each round’s status (awaiting-schedule means no further 締切 is known yet). Use it to answer “by when must I apply?”. Filters: round (r3…r7 or 2022…2026), type, status.',
    summarize: (b, lang) => {
      const next = Object.entries((b.next ?? {}) as Record<string, Json | null>);
      return [
        `asOf ${b.asOf}${b.round ? `, ${lang === 'ja' ? '回' : 'round'} ${b.round}` : ''}; ${arr(b.deadlines).length} ${lang === 'ja' ? '件の締切' : 'deadlines'}`,
        ...arr(b.rounds).map((r) => `${lang === 'ja' ? '回' : 'Round'} ${(r as Json).round}: ${(r as Json).status}${(r as Json).status === 'awaiting-schedule' ? (lang === 'ja' ? `（判明している最後の締切 ${(r as Json).lastDeadline}、以降は未公表）` : ` (last known 締切 ${(r as Json).lastDeadline}; nothing later is published)`) : ''}`),
        lang === 'ja' ? '類型ごとの次の締切:' : 'Next deadline per type:',
        ...next.map(([type, d]) => (d ? `- ${type}: ${d.closesAt} (${d.round} ${d.phase ?? '?'}${lang === 'ja' ? '次' : ''}, ${lang === 'ja' ? `残り${d.daysLeft}日` : `${d.daysLeft} days left`}${d.confidence === 'unconfirmed' ? ', unconfirmed' : ''})` : `- ${type}: ${lang === 'ja' ? 'なし' : 'none known'}`)),
      ].join('\n');
    },
  },
  {
    name: 'estimate_subsidy',
    title: '補助額の試算 · Estimate the subsidy',
    route: estimatePost,
    description:
      '購入予定の ITツール（ソフトウェア・クラウド利用料・導入関連費・PC・レジなど）に対して、指定した回・類型でいくら補助されるかを円単位で正確に試算します。行ごとに補助対象経費・補助率（3/4 など）・上限・補助額・出典・計算式を返し、自己負担額、警告（下限未満・上限適用など）、次の締切も返します。類型が分からなければ先に check_eligibility か list_rounds を使ってください。\n' +
      'Computes, to the yen, the subsidy for a planned purchase (software, cloud fees, services, PCs, registers…) under one type of a round: one line per cost category with eligible cost, exact rate (e.g. "3/4"), cap, subsidy, source and arithmetic; the total, self-pay, warnings with stable codes (below_minimum, capped, …) and the next deadline. Amounts are integer yen excluding tax. Use check_eligibility or list_rounds first if the type is not known.',
    summarize: (b, lang) =>
      [
        `${lang === 'ja' ? '補助額' : 'Subsidy'}: ${yen(b.subsidy)} (${lang === 'ja' ? '自己負担' : 'self-pay'} ${yen(b.selfPay)}, ${lang === 'ja' ? '総額' : 'total cost'} ${yen(b.totalCost)}) — ${((b.round ?? {}) as Json).id} ${pick(((b.type ?? {}) as Json).name, lang)}`,
        ...arr(b.lines)
          .filter((l) => l.cost !== 0 || l.subsidy !== 0)
          .map((l) => `- ${l.category}: ${yen(l.eligibleCost)} × ${l.rate} → ${yen(l.subsidy)}`),
        ...arr(b.warnings).map((w) => `! ${w.code}${w.message ? `: ${pick(w.message, lang)}` : ''}`),
        b.deadline ? `${lang === 'ja' ? '次の締切' : 'Next deadline'}: ${(b.deadline as Json).closesAt}` : '',
      ]
        .filter(Boolean)
        .join('\n'),
  },
];

// ---------------------------------------------------------------------------------------------
// JSON Schemas from the OpenAPI document
// ---------------------------------------------------------------------------------------------

interface OpenApiDoc {
  paths: Record<string, Record<string, { operationId?: string; parameters?: Json[]; requestBody?: { content: Record<string, { schema: Json }> }; responses: Record<string, { content?: Record<string, { schema: Json }> }> }>>;
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
      continue;
    } else if (lean && k.startsWith('x-')) {
      continue;
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

/** Input: the JSON body's schema plus the `lang` query parameter, or the query parameters as one object. */
export const inputSchemaOf = (route: RouteConfig, doc: OpenApiDoc): Json => {
  const op = operationOf(route, doc);
  const params = (op.parameters ?? []).filter((p) => p.in === 'query');
  const props: Json = {};
  const required: string[] = [];
  for (const p of params) {
    props[p.name as string] = { ...(p.schema as Json), ...(p.description ? { description: p.description } : {}) };
    if (p.required) required.push(p.name as string);
  }
  const body = op.requestBody?.content['application/json']?.schema;
  if (!body) return selfContained({ type: 'object', properties: props, ...(required.length ? { required } : {}), additionalProperties: false }, doc);
  const schema = selfContained(body, doc);
  return { ...schema, properties: { ...(schema.properties as Json), ...props } };
};

export const outputSchemaOf = (route: RouteConfig, doc: OpenApiDoc): Json => {
  const schema = operationOf(route, doc).responses['200']?.content?.['application/json']?.schema;
  if (!schema) throw new Error(`${route.path} has no JSON 200 response`);
  return selfContained(schema, doc, true);
};

export type { OpenApiDoc };
