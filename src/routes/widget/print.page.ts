/**
 * The printable estimate (GET /v1/estimate/print): one A4 page a visitor keeps or a consultant sends
 * a client — the purchase, each line with its rates, cap and sources, the subsidy and self-pay, the
 * next 締切 with its status, the curve, the rounding rule, the disclaimer, the rules version and the
 * date. Everything comes from the estimate engine's answer (the same numbers as GET /v1/estimate
 * with the same query); every value is escaped. No script; one <style> (its hash is the page's CSP).
 */
import type { Lang } from '../../lib/i18n.ts';
import { escapeXml as esc, yenText } from '../../lib/svg.ts';
import type { EstimateResult } from '../../engine/estimate/index.ts';
import type { EstimateRequest } from '../estimate/estimate.schemas.ts';

type Result = EstimateResult;
/** A source as answers give it: a string, or { title, url, locator, authority }. */
type Source = string | { title?: string | null; url?: string | null; locator?: string | null; authority?: string | null };

const T = {
  ja: {
    doc: '補助額の試算書',
    purchase: 'ご購入の内容',
    round: '回',
    type: '類型',
    size: '事業者の規模',
    functions: '機能',
    processes: '業務プロセス数',
    costs: '経費（税抜）',
    nearMinimumWage: '最低賃金近傍の事業者',
    yes: 'はい',
    result: '試算結果',
    subsidy: '補助額',
    selfPay: '自己負担額',
    total: '経費合計（税抜）',
    eligible: '補助対象経費',
    line: '区分',
    cost: '経費',
    rate: '補助率',
    cap: '上限',
    floor: '下限',
    upTo: (n: string) => `補助額 ${n} まで`,
    above: '超える部分',
    why: '計算',
    sources: '根拠',
    unconfirmed: '未確認の値を含みます',
    deadline: '次の締切',
    noDeadline: '今後の締切は確認できていません',
    phase: (n: number) => `第${n}次締切`,
    days: (n: number) => `あと${n}日`,
    status: { open: '受付中', closed: '締切済み' } as Record<string, string>,
    planned: '予定',
    warnings: '注意事項',
    curve: '補助率・補助上限額の関係',
    rounding: '端数処理',
    version: 'ルール版',
    asOf: '試算日時',
    json: '同じ試算の JSON',
    none: 'なし',
    members: 'グループ構成員数',
    accounts: 'アカウント数（うち中小企業の取引先）',
    sizes: { small: '小規模事業者', sme: '中小企業', large: '大企業等' } as Record<string, string>,
    fn: { accounting: '会計', ordering: '受発注', payment: '決済', ec: 'EC' } as Record<string, string>,
    keys: {
      software: 'ソフトウェア購入費',
      services: '導入関連費',
      pc: 'PC・タブレット等',
      register: 'レジ・券売機等',
      cloud: 'クラウド利用料',
      securityService: 'サービス利用料',
    } as Record<string, string>,
    monthly: (m: string, n: number | undefined) => `月額 ${m}${n !== undefined ? ` × ${n}か月` : ''}`,
  },
  en: {
    doc: 'Subsidy estimate',
    purchase: 'The purchase',
    round: 'Round',
    type: 'Type',
    size: 'Business size',
    functions: 'Functions',
    processes: 'Business processes',
    costs: 'Costs (excl. tax)',
    nearMinimumWage: 'Near the minimum wage',
    yes: 'yes',
    result: 'Result',
    subsidy: 'Subsidy',
    selfPay: 'You pay',
    total: 'Total cost (excl. tax)',
    eligible: 'Eligible cost',
    line: 'Line',
    cost: 'Cost',
    rate: 'Rate',
    cap: 'Cap',
    floor: 'Minimum',
    upTo: (n: string) => `up to a subsidy of ${n}`,
    above: 'above',
    why: 'Arithmetic',
    sources: 'Sources',
    unconfirmed: 'uses unconfirmed values',
    deadline: 'Next deadline',
    noDeadline: 'No known upcoming deadline',
    phase: (n: number) => `deadline ${n}`,
    days: (n: number) => `${n} days left`,
    status: { open: 'open', closed: 'closed' } as Record<string, string>,
    planned: 'planned',
    warnings: 'Notes',
    curve: 'Subsidy rate and cap',
    rounding: 'Rounding',
    version: 'Rules version',
    asOf: 'Estimated at',
    json: 'The same estimate as JSON',
    none: 'none',
    members: 'Group members',
    accounts: 'Accounts (of which SME partners)',
    sizes: { small: 'Small business', sme: 'SME', large: 'Large company' } as Record<string, string>,
    fn: { accounting: 'Accounting', ordering: 'Ordering', payment: 'Payment', ec: 'E-commerce' } as Record<string, string>,
    keys: {
      software: 'Software',
      services: 'Implementation services',
      pc: 'PC / tablet',
      register: 'Register / ticket machine',
      cloud: 'Cloud fee',
      securityService: 'Service fee',
    } as Record<string, string>,
    monthly: (m: string, n: number | undefined) => `${m} a month${n !== undefined ? ` × ${n} months` : ''}`,
  },
} as const;

/** The page's only style. A4 in print: small type, the curve at a fixed height, nothing split badly. */
export const PRINT_STYLE = `
:root{color:#1f2328;font:14px/1.45 system-ui,-apple-system,"Hiragino Sans","Noto Sans JP",sans-serif}
body{max-width:52rem;margin:1.5rem auto;padding:0 1rem}
.purchase th{width:11rem;white-space:nowrap}h1{font-size:1.35rem;margin:0 0 .2rem}h2{font-size:1rem;margin:1rem 0 .3rem;\
border-bottom:2px solid #0b5fff;padding-bottom:.1rem}
.meta{color:#57606a;margin:0}.sum{display:flex;flex-wrap:wrap;gap:.3rem 2rem;margin:.4rem 0}.sum div{min-width:9rem}.sum \
dt{color:#57606a;font-size:.85em}.sum dd{margin:0;font-size:1.3em;font-weight:700}.sum .subsidy{color:#0b5fff;font-size:1.6em}
table{border-collapse:collapse;width:100%}th,td{padding:.2rem .4rem;border-bottom:1px solid #d0d7de;text-align:right;\
vertical-align:top}th:first-child,td:first-child,.purchase td,.purchase th{text-align:left}
.detail td{font-size:.8em;color:#57606a;text-align:left;padding-top:0}.detail ul{margin:0;padding-left:1.1rem}
figure{margin:0}.wrap{overflow-x:auto}.curve svg{display:block;width:100%;max-width:640px;height:auto}a{color:#0b5fff;overflow-wrap:anywhere}
.small{font-size:.8em;color:#57606a}.warn{margin:.2rem 0;padding-left:1.2rem}.unconfirmed{color:#9a6700}
@media (max-width:40rem){.lines thead{display:none}.lines tr,.lines td,.lines th{display:block;text-align:left}.lines \
td[data-label]::before{content:attr(data-label) ": ";color:#57606a}}
@page{size:A4;margin:10mm 11mm}
@media print{:root{font-size:8.4pt}body{max-width:none;margin:0;padding:0}h1{font-size:13pt}h2{font-size:9.5pt;margin:.45rem 0 \
.15rem}.sum dd{font-size:11pt}.sum .subsidy{font-size:13pt}.detail td{font-size:7pt}.curve svg{width:auto;height:58mm;\
max-width:100%}.screen{display:none}a{color:inherit;text-decoration:none}tr,.curve{break-inside:avoid}}
`.trim();

const sourceHtml = (s: Source): string => {
  if (typeof s === 'string') {
    const url = /^https?:\/\/\S+/.exec(s)?.[0];
    return url ? `<a href="${esc(url)}">${esc(s)}</a>` : esc(s);
  }
  const label = [s.title ?? s.url ?? '', s.locator ?? ''].filter(Boolean).join(' ') + (s.authority ? ` (${s.authority})` : '');
  return s.url && /^https?:\/\//.test(s.url) ? `<a href="${esc(s.url)}">${esc(label)}</a>` : esc(label);
};
const sourceKey = (s: Source) => (typeof s === 'string' ? s : JSON.stringify(s));

type Line = Result['lines'][number];
/** Every rate of the line, with where each segment ends: 3/4（補助額 500,000円 まで）→ 2/3. */
const ratesText = (l: Line, lang: Lang): string => {
  const t = T[lang];
  // The segments say where each rate ends; `rates` (every rate, in order) where a line has none (複数社連携).
  const list: { rate: string; upTo?: number | null | undefined }[] = l.segments.length
    ? l.segments.map((s) => ({ rate: s.rate, upTo: s.upTo }))
    : l.rates.length
      ? l.rates.map((rate) => ({ rate }))
      : [{ rate: l.rate }];
  return list
    .map((r) =>
      r.upTo != null && list.length > 1
        ? lang === 'ja'
          ? `${r.rate}（${t.upTo(yenText(r.upTo, lang))}）`
          : `${r.rate} (${t.upTo(yenText(r.upTo, lang))})`
        : r.rate,
    )
    .join(' → ');
};

const dateTime = (iso: string) => iso.slice(0, 16).replace('T', ' ') + ' JST';

export interface PrintInput {
  request: EstimateRequest;
  result: Result;
  curveSvg: string;
  lang: Lang;
  /** The JSON answer's URL (same query). */
  jsonUrl: string;
}

export const printPage = ({ request, result: r, curveSvg, lang, jsonUrl }: PrintInput): string => {
  const t = T[lang];
  const y = (n: number) => esc(yenText(n, lang));
  const row = (k: string, v: string) => `<tr><th scope="row">${esc(k)}</th><td>${v}</td></tr>`;

  const purchase: string[] = [
    row(t.round, esc(r.round.name[lang])),
    row(t.type, esc(r.type.name[lang]) + (r.type.band ? ` — ${esc(r.type.band.label[lang])}` : '')),
    row(t.size, esc(t.sizes[r.applicant.size] ?? r.applicant.size) + (r.applicant.nearMinimumWage ? ` · ${esc(t.nearMinimumWage)}: ${t.yes}` : '')),
  ];
  if (request.functions?.length) purchase.push(row(t.functions, request.functions.map((f) => esc(t.fn[f] ?? f)).join('・')));
  if (request.processes !== undefined) purchase.push(row(t.processes, esc(String(request.processes))));
  const costs = request.costs ?? {};
  const costParts = Object.entries(costs).flatMap(([k, v]) => {
    if (v === undefined) return [];
    const label = esc(t.keys[k] ?? k);
    if (typeof v === 'number') return [`${label} ${y(v)}`];
    const m = v as { monthly?: number; months?: number };
    return m.monthly === undefined ? [] : [`${label} ${esc(t.monthly(yenText(m.monthly, lang), m.months))}`];
  });
  purchase.push(row(t.costs, costParts.length ? costParts.join('<br>') : esc(t.none)));
  if (request.accounts) purchase.push(row(t.accounts, `${esc(String(request.accounts.total))} (${esc(String(request.accounts.sme))})`));
  if (request.group) purchase.push(row(t.members, esc(String(request.group.members))));

  const lines = r.lines
    .map((l) => {
      const seen = new Set<string>();
      const sources = [...(l.sources as Source[]), l.source as Source].filter((s) => s && !seen.has(sourceKey(s)) && seen.add(sourceKey(s)));
      const unconfirmed = l.confidence === 'unconfirmed' ? ` <span class="unconfirmed">(${esc(t.unconfirmed)})</span>` : '';
      return (
        `<tr data-category="${esc(l.category)}"><th scope="row">${esc(l.name[lang])}${unconfirmed}</th>` +
        `<td data-label="${esc(t.cost)}">${y(l.cost)}</td><td data-label="${esc(t.eligible)}">${y(l.eligibleCost)}</td>` +
        `<td data-label="${esc(t.rate)}" class="rates">${esc(ratesText(l, lang))}</td>` +
        `<td data-label="${esc(t.cap)}">${l.cap === null ? '—' : y(l.cap) + (l.capInclusive ? '' : lang === 'ja' ? '未満' : ' (less than)')}` +
        `${l.floor !== null ? `<br><span class="small">${esc(t.floor)} ${y(l.floor)}</span>` : ''}</td>` +
        `<td data-label="${esc(t.subsidy)}" class="line-subsidy" data-value="${l.subsidy}"><strong>${y(l.subsidy)}</strong></td></tr>` +
        `<tr class="detail"><td colspan="6">${esc(t.why)}: ${esc(l.why[lang])}<br>${esc(t.sources)}: ${sources.map(sourceHtml).join(' · ')}</td></tr>`
      );
    })
    .join('');

  const d = r.deadline;
  const deadline = d
    ? `${esc(dateTime(d.closesAt))}${d.phase ? ` (${esc(t.phase(d.phase))})` : ''} · <strong cl` +
      `ass="status" data-status="${esc(d.status)}">${esc(t.status[d.status] ?? d.status)}</stro` +
      `ng>${d.status === 'open' ? ` · ${esc(t.days(d.daysLeft))}` : ''}${d.planned ? ` · ${esc(t.planned)}` : ''}` +
      `${d.confidence === 'unconfirmed' ? ` · <span class="unconfirmed">${esc(t.unconfirmed)}</span>` : ''}` +
      `<br><span class="small">${esc(t.sources)}: ${sourceHtml(d.source as Source)}</span>`
    : esc(t.noDeadline);
  const warnings = r.warnings.filter((w) => w.code !== 'unconfirmed_rule');

  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(t.doc)} — ${esc(r.type.name[lang])} — ${y(r.subsidy)}</title>
<style>${PRINT_STYLE}</style>
</head>
<body>
<header>
<h1>${esc(t.doc)}</h1>
<p class="meta">${esc(r.round.name[lang])} · ${esc(t.asOf)}: <time datetime="${esc(r.asOf)}">${esc(dateTime(r.asOf))}</time> · \
${esc(t.version)}: <code class="rules-version">${esc(r.round.rulesVersion)}</code></p>
</header>
<main>
<h2>${esc(t.purchase)}</h2>
<table class="purchase">${purchase.join('')}</table>
<h2>${esc(t.result)}</h2>
<dl class="sum">
<div><dt>${esc(t.subsidy)}</dt><dd class="subsidy" data-value="${r.subsidy}">${y(r.subsidy)}</dd></div>
<div><dt>${esc(t.selfPay)}</dt><dd class="self" data-value="${r.selfPay}">${y(r.selfPay)}</dd></div>
<div><dt>${esc(t.total)}</dt><dd class="total" data-value="${r.totalCost}">${y(r.totalCost)}</dd></div>
<div><dt>${esc(t.eligible)}</dt><dd class="eligible" data-value="${r.eligibleCost}">${y(r.eligibleCost)}</dd></div>
</dl>
<div class="wrap"><table class="lines">
<thead><tr><th scope="col">${esc(t.line)}</th><th scope="col">${esc(t.cost)}</th><th scope="col">${esc(t.eligible)}</th><th \
scope="col">${esc(t.rate)}</th><th scope="col">${esc(t.cap)}</th><th scope="col">${esc(t.subsidy)}</th></tr></thead>
<tbody>${lines}</tbody>
</table></div>
<h2>${esc(t.deadline)}</h2>
<p class="deadline">${deadline}</p>
${warnings.length ? `<h2>${esc(t.warnings)}</h2><ul class="warn">${warnings.map((w) => `<li>${esc(w.message[lang])}</li>`).join('')}</ul>` : ''}
<h2>${esc(t.curve)}</h2>
<figure class="curve">${curveSvg}</figure>
<p class="small">${esc(t.rounding)}: ${esc(r.rounding.text[lang])} (${sourceHtml(r.rounding.source as Source)})</p>
<p class="disclaimer"><strong>${esc(r.disclaimer[lang])}</strong></p>
<p class="small screen"><a href="${esc(jsonUrl)}">${esc(t.json)}</a></p>
</main>
</body>
</html>
`;
};
