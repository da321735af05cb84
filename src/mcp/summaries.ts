/**
 * What an MCP tool answers by default (`detail: "summary"`): a short text a model can quote to a
 * person, in one language, and a compact `structuredContent` with what that person needs. Both are
 * read off the REST answer (the full answer is `detail: "full"`): nothing here computes money or
 * decides eligibility, it only selects and words what the engine already said.
 *
 * Written against the REST JSON as data (the wire contract in openapi.yaml); fields are read
 * defensively so an added field never breaks a summary.
 */
import type { Lang } from '../lib/i18n.ts';

type Json = Record<string, unknown>;

const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const arr = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** A Localized `{ ja, en }` in one language; a plain string as is. */
export const pick = (v: unknown, lang: Lang): string => {
  if (typeof v === 'string') return v;
  const o = obj(v);
  return String(o[lang] ?? o.ja ?? '');
};
const L = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);

/** Integer yen as people read it: 1,000,000円 / 1,000,000 yen. */
export const yen = (n: unknown, lang: Lang): string => {
  if (typeof n !== 'number') return L(lang, '不明', 'unknown');
  const digits = n.toLocaleString('en-US');
  return lang === 'ja' ? `${digits}円` : `${digits} yen`;
};

/** `2025-06-16T17:00:00+09:00` → `2025-06-16 17:00 JST`. */
const when = (iso: unknown): string => {
  const s = str(iso);
  if (!s) return '?';
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(s);
  return m ? `${m[1]} ${m[2]} JST` : s;
};

// ---------------------------------------------------------------------------------------------
// Sources and their authority
// ---------------------------------------------------------------------------------------------

export interface SourceRef {
  /** The citation: a document's title and locator, or a URL. */
  source: string;
  /** official | official-quoted | portal | blog | dataset, when the answer says so. */
  authority?: string;
  url?: string;
}

/** A source as the REST answer gives it: a string, or an object with title/locator/url/authority. */
const sourceRef = (s: unknown): SourceRef | null => {
  if (typeof s === 'string') return s ? { source: s } : null;
  const o = obj(s);
  const title = pick(o.title, 'ja') || str(o.id) || str(o.url);
  if (!title) return null;
  const locator = pick(o.locator, 'ja');
  return {
    source: locator ? `${title} ${locator}` : title,
    ...(str(o.authority) ? { authority: o.authority as string } : {}),
    ...(str(o.url) ? { url: o.url as string } : {}),
  };
};

/** Distinct sources, in order of first use. */
const collectSources = (values: unknown[]): SourceRef[] => {
  const seen = new Map<string, SourceRef>();
  for (const v of values.flatMap((x) => (Array.isArray(x) ? x : [x]))) {
    const ref = sourceRef(v);
    if (ref && !seen.has(ref.source)) seen.set(ref.source, ref);
  }
  return [...seen.values()];
};

/** How solid a source is, for a person: the authority if the answer states it. */
const AUTHORITY: Record<string, { ja: string; en: string }> = {
  official: { ja: '公式', en: 'official' },
  'official-quoted': { ja: '公式文書の引用', en: 'official text, quoted' },
  portal: { ja: 'ポータル', en: 'portal' },
  blog: { ja: 'ブログ', en: 'blog' },
  dataset: { ja: 'データセット', en: 'dataset' },
};
const sourcesLine = (refs: SourceRef[], lang: Lang, max = 3): string => {
  if (!refs.length) return '';
  const shown = refs.slice(0, max).map((r) => (r.authority ? `${r.source}（${pick(AUTHORITY[r.authority] ?? r.authority, lang)}）` : r.source));
  const more = refs.length > max ? L(lang, ` ほか${refs.length - max}件`, ` and ${refs.length - max} more`) : '';
  return `${L(lang, '出典', 'Sources')}: ${shown.join(' / ')}${more}`;
};

// ---------------------------------------------------------------------------------------------
// Deadlines
// ---------------------------------------------------------------------------------------------

const STATUS: Record<string, { ja: string; en: string }> = {
  upcoming: { ja: '受付前', en: 'not open yet' },
  open: { ja: '受付中', en: 'open' },
  closed: { ja: '締切済み', en: 'closed' },
  'awaiting-schedule': { ja: '次の日程は未公表', en: 'awaiting a published schedule' },
};

export interface DeadlineView {
  round: string | null;
  phase: number | null;
  closesAt: string;
  status: string | null;
  daysLeft: number | null;
  confidence: string | null;
}

const deadlineView = (d: unknown): DeadlineView | null => {
  const o = obj(d);
  if (!str(o.closesAt)) return null;
  return {
    round: str(o.round),
    phase: typeof o.phase === 'number' ? o.phase : null,
    closesAt: o.closesAt as string,
    status: str(o.status),
    daysLeft: typeof o.daysLeft === 'number' ? o.daysLeft : null,
    confidence: str(o.confidence),
  };
};

/** `2025-06-16 17:00 JST（第2次、受付中、残り15日）` */
export const deadlineText = (d: DeadlineView, lang: Lang): string => {
  const parts = [
    d.phase !== null ? L(lang, `第${d.phase}次`, `round ${d.phase}`) : null,
    d.status ? pick(STATUS[d.status] ?? d.status, lang) : null,
    d.daysLeft !== null && d.status !== 'closed' ? L(lang, `残り${d.daysLeft}日`, `${d.daysLeft} days left`) : null,
    d.confidence === 'unconfirmed' ? L(lang, '未確認', 'unconfirmed') : null,
  ].filter(Boolean);
  return `${when(d.closesAt)}${parts.length ? (lang === 'ja' ? `（${parts.join('、')}）` : ` (${parts.join(', ')})`) : ''}`;
};

// ---------------------------------------------------------------------------------------------
// estimate_subsidy
// ---------------------------------------------------------------------------------------------

/** A line's rates per segment: "3/4 → 2/3", with where the first segment ends. */
export const ratesText = (line: Json, lang: Lang): string => {
  const segments = arr(line.segments).filter((s) => str(s.rate));
  if (!segments.length) return str(line.rate) ?? '?';
  if (segments.length === 1) return segments[0]!.rate as string;
  return segments
    .map((s, i) => {
      const upTo = typeof s.upTo === 'number' && i < segments.length - 1 ? s.upTo : null;
      return upTo !== null ? L(lang, `${s.rate}（補助額 ${yen(upTo, lang)}まで）`, `${s.rate} (up to a subsidy of ${yen(upTo, lang)})`) : (s.rate as string);
    })
    .join(' → ');
};

const capText = (line: Json, lang: Lang): string | null => {
  if (typeof line.cap !== 'number') return null;
  const inclusive = line.capInclusive !== false;
  return L(lang, `上限 ${yen(line.cap, lang)}${inclusive ? '以下' : '未満'}`, `cap ${yen(line.cap, lang)}${inclusive ? '' : ' (exclusive)'}`);
};
const floorText = (line: Json, lang: Lang): string | null =>
  typeof line.floor === 'number' && line.floor > 0 ? L(lang, `下限 ${yen(line.floor, lang)}`, `floor ${yen(line.floor, lang)}`) : null;

const shownLines = (b: Json) => arr(b.lines).filter((l) => l.cost !== 0 || l.subsidy !== 0);

export const estimateSummary = (b: Json, lang: Lang): { text: string; structured: Json } => {
  const round = obj(b.round);
  const type = obj(b.type);
  const lines = shownLines(b);
  const warnings = arr(b.warnings).map((w) => ({ code: String(w.code), message: pick(w.message, lang) }));
  const deadline = deadlineView(b.deadline);
  const sources = collectSources([...lines.flatMap((l) => [l.sources ?? l.source]), ...arr(b.warnings).map((w) => w.sources ?? [])]);
  const unconfirmed = lines.some((l) => l.confidence === 'unconfirmed');
  const text = [
    L(
      lang,
      `補助額 ${yen(b.subsidy, lang)}（自己負担 ${yen(b.selfPay, lang)}、経費合計 ${yen(b.totalCost, lang)}）— ${round.id} ${pick(type.name, lang)}`,
      `Subsidy ${yen(b.subsidy, lang)} (self-pay ${yen(b.selfPay, lang)}, total cost ${yen(b.totalCost, lang)}) — ${round.id} ${pick(type.name, lang)}`,
    ),
    ...lines.map((l) => {
      const terms = [L(lang, `補助率 ${ratesText(l, lang)}`, `rate ${ratesText(l, lang)}`), capText(l, lang), floorText(l, lang)]
        .filter(Boolean)
        .join(lang === 'ja' ? '、' : ', ');
      return L(
        lang,
        `- ${pick(l.name, lang) || l.category}: 補助対象 ${yen(l.eligibleCost, lang)} → ${yen(l.subsidy, lang)}（${terms}）`,
        `- ${pick(l.name, lang) || l.category}: eligible ${yen(l.eligibleCost, lang)} → ${yen(l.subsidy, lang)} (${terms})`,
      );
    }),
    ...warnings.map((w) => `! ${w.message || w.code}`),
    unconfirmed ? L(lang, '! 未確認の値を含みます', '! Uses a value that is not confirmed') : '',
    deadline
      ? `${L(lang, '次の締切', 'Next deadline')}: ${deadlineText(deadline, lang)}`
      : L(lang, '次の締切: 公表されたものはありません', 'Next deadline: none published'),
    sourcesLine(sources, lang),
    pick(b.disclaimer, lang),
  ]
    .filter(Boolean)
    .join('\n');
  const structured: Json = {
    detail: 'summary',
    lang,
    round: round.id ?? null,
    roundName: pick(round.name, lang),
    type: type.id ?? null,
    typeName: pick(type.name, lang),
    applicantSize: obj(b.applicant).size ?? null,
    subsidy: b.subsidy,
    selfPay: b.selfPay,
    eligibleCost: b.eligibleCost,
    totalCost: b.totalCost,
    lines: lines.map((l) => ({
      category: l.category,
      name: pick(l.name, lang),
      eligibleCost: l.eligibleCost,
      rates: ratesText(l, lang),
      segments: arr(l.segments).map((s) => ({ rate: s.rate, upTo: s.upTo ?? null, subsidy: s.subsidy })),
      cap: l.cap ?? null,
      capInclusive: l.capInclusive !== false,
      floor: l.floor ?? null,
      subsidy: l.subsidy,
      confidence: l.confidence ?? 'confirmed',
    })),
    warnings,
    deadline,
    sources,
    disclaimer: pick(b.disclaimer, lang),
  };
  return { text, structured };
};

// ---------------------------------------------------------------------------------------------
// check_eligibility
// ---------------------------------------------------------------------------------------------

const ELIGIBLE: Record<string, { ja: string; en: string }> = {
  yes: { ja: '申請可', en: 'yes' },
  no: { ja: '申請不可', en: 'no' },
  unknown: { ja: '未確定', en: 'not settled' },
};
const SIZE: Record<string, { ja: string; en: string }> = {
  small: { ja: '小規模事業者', en: 'small business (小規模事業者)' },
  sme: { ja: '中小企業', en: 'SME (中小企業)' },
  large: { ja: '大企業（対象外）', en: 'large (not eligible)' },
};

const question = (q: Json, lang: Lang) => ({
  path: String(q.path),
  question: pick(q.question, lang),
  answers: obj(q.answers),
  ...(Array.isArray(q.types) ? { types: q.types as string[] } : {}),
});
const answersText = (a: Json) => (Array.isArray(a.values) ? `${a.kind}: ${(a.values as string[]).join(' | ')}` : String(a.kind ?? ''));

/** The open questions of an eligibility answer, numbered and ready to ask (the types a question concerns named unless it is all `allTypes` of them). */
export const questionsText = (missing: Json[], lang: Lang, allTypes?: number): string =>
  missing
    .map((q, i) => {
      const v = question(q, lang);
      const some = v.types && (!allTypes || v.types.length < allTypes) ? ` [${v.types.join(', ')}]` : '';
      return `${i + 1}. ${v.question} (${v.path}; ${answersText(v.answers)})${some}`;
    })
    .join('\n');

/** How many of the merged questions a summary asks (most decisive first; the rest are counted). */
const MAX_QUESTIONS = 3;
/** How many reasons a type's line names. */
const MAX_REASONS = 2;
/** How many sources a summary lists (the rest are counted; every one is in detail: "full"). */
const MAX_SOURCES = 5;

export const eligibilitySummary = (b: Json, lang: Lang): { text: string; structured: Json } => {
  const c = obj(b.classification);
  const basis = obj(c.basis);
  const size = str(c.size);
  const types = arr(b.types).map((t) => {
    const criteria = arr(t.criteria).filter((k) => k.kind !== 'bonus');
    return {
      type: String(t.type),
      name: pick(t.name, lang),
      eligible: String(t.eligible),
      failing: criteria
        .filter((k) => k.result === 'fail')
        .map((k) => ({ code: String(k.code), message: pick(k.message, lang), ...(k.confidence ? { confidence: k.confidence } : {}) })),
      unknown: criteria.filter((k) => k.result === 'unknown').map((k) => ({ code: String(k.code), message: pick(k.message, lang) })),
      nextQuestion: str(arr(t.missing)[0]?.path),
      deadline: deadlineView(t.deadline),
      productivity: t.productivity ? pick(obj(t.productivity).summary, lang) : null,
    };
  });
  // The questions to ask: the most decisive of all, plus each type's own next one.
  const merged = arr(b.missing);
  const asked = merged.slice(0, MAX_QUESTIONS);
  for (const t of arr(b.types)) {
    const first = arr(t.missing)[0];
    if (first && !asked.some((q) => q.path === first.path)) asked.push(merged.find((q) => q.path === first.path) ?? first);
  }
  // The sources a person would check first: the size rule, then what fails, then what is open.
  const open = (result: string) =>
    arr(b.types).flatMap((t) =>
      arr(t.criteria)
        .filter((k) => k.result === result && k.kind !== 'bonus')
        .map((k) => k.source),
    );
  const allSources = collectSources([basis.source, ...open('fail'), ...open('unknown')]);
  const sources = allSources.slice(0, MAX_SOURCES);
  const sizeText = size ? pick(SIZE[size] ?? size, lang) : L(lang, '未確定', 'not settled');
  const basisLabel = pick(basis.label, lang);
  const lines = [
    L(
      lang,
      `${b.round}（基準日 ${String(b.asOf).slice(0, 10)}）: 事業者区分 ${sizeText}${basisLabel ? `（${basisLabel}）` : ''}`,
      `${b.round} (as of ${String(b.asOf).slice(0, 10)}): applicant size ${sizeText}${basisLabel ? ` (${basisLabel})` : ''}`,
    ),
    ...types.map((t) => {
      const why =
        t.eligible === 'no'
          ? t.failing.map((f) => f.message)
          : t.eligible === 'unknown'
            ? [...t.failing.map((f) => f.message), ...t.unknown.map((u) => u.message)]
            : [];
      // What fails is said in full (up to MAX_REASONS); what is open only by its first item, the
      // questions below being the way to settle the rest.
      const shown = t.eligible === 'no' ? MAX_REASONS : 1;
      const more = why.length > shown ? L(lang, ` ほか${why.length - shown}件`, ` and ${why.length - shown} more`) : '';
      return `- ${t.name} (${t.type}): ${pick(ELIGIBLE[t.eligible] ?? t.eligible, lang)}${why.length ? ` — ${why.slice(0, shown).join(' / ')}${more}` : ''}`;
    }),
  ];
  // 労働生産性 targets (a commitment of the plan, not a criterion): one short line.
  const targets = types.filter((t) => t.productivity);
  if (targets.length)
    lines.push(
      `${L(lang, '労働生産性の目標', 'Labour-productivity targets')}: ` +
        targets
          .map((t) => `${t.type}${String(t.productivity).replace(/^(?:労働生産性の目標|Labour-productivity target)/, '')}`)
          .join(lang === 'ja' ? '／' : '; '),
    );
  // The next 締切, once per date: types of a round usually share them.
  const byDeadline = new Map<string, string[]>();
  for (const t of types) {
    const key = t.deadline ? deadlineText(t.deadline, lang) : L(lang, '公表されたものはありません', 'none published');
    byDeadline.set(key, [...(byDeadline.get(key) ?? []), t.type]);
  }
  lines.push(`${L(lang, '次の締切', 'Next deadline')}: ${[...byDeadline].map(([d, ts]) => `${d} — ${ts.join(', ')}`).join(lang === 'ja' ? '／' : '; ')}`);
  if (asked.length) {
    lines.push(L(lang, '確認が必要な質問（上から順に尋ねてください）:', 'Questions to ask the user, in this order:'), questionsText(asked, lang, types.length));
    const left = merged.filter((q) => !asked.some((a) => a.path === q.path)).length;
    if (left) lines.push(L(lang, `ほか${left}問（detail: "full" で全件）`, `${left} more (all with detail: "full")`));
  }
  const src = sourcesLine(allSources, lang, 2);
  if (src) lines.push(src);
  lines.push(
    L(lang, 'この判定は公表資料に基づく参考であり、事務局の審査結果ではありません。', 'A check against the published rules, not the secretariat’s decision.'),
  );
  return {
    text: lines.join('\n'),
    structured: {
      detail: 'summary',
      lang,
      round: b.round,
      asOf: b.asOf,
      size: size ?? null,
      types: types.map((t) => ({ ...t, unknown: t.unknown.map((u) => u.code) })),
      questions: asked.map((q) => question(q, lang)),
      moreQuestions: merged.filter((q) => !asked.some((a) => a.path === q.path)).length,
      sources,
      moreSources: allSources.length - sources.length,
    },
  };
};

// ---------------------------------------------------------------------------------------------
// compare_types
// ---------------------------------------------------------------------------------------------

export const compareSummary = (b: Json, lang: Lang): { text: string; structured: Json } => {
  const results = arr(b.results).map((r) => ({
    rank: typeof r.rank === 'number' ? r.rank : null,
    type: String(r.type),
    name: pick(r.name, lang),
    subsidy: r.subsidy,
    selfPay: r.selfPay,
    eligible: r.eligible === true,
    rates: shownLines(obj(r.estimate))
      .map((l) => ratesText(l, lang))
      .join('; '),
    reasons: arr(r.reasons).map((w) => ({ code: String(w.code), message: pick(w.message, lang) })),
    suggestions: arr(r.suggestions).map((s) => ({ change: pick(s.change, lang), subsidy: s.subsidy, patch: obj(s.patch) })),
    combinableWith: Array.isArray(r.combinableWith) ? r.combinableWith : [],
    deadline: deadlineView(obj(r.estimate).deadline),
  }));
  const best = results.find((r) => r.type === b.best);
  const lines = [
    best
      ? L(
          lang,
          `${b.round} の比較（基準日 ${String(b.asOf).slice(0, 10)}）: 最も高いのは ${best.name} の ${yen(best.subsidy, lang)}`,
          `${b.round} comparison (as of ${String(b.asOf).slice(0, 10)}): highest is ${best.name}, ${yen(best.subsidy, lang)}`,
        )
      : L(lang, `${b.round} の比較: どの類型でも補助はありません`, `${b.round} comparison: no type gives a subsidy`),
    ...results.map((r) => {
      const head = `${r.rank !== null ? `${r.rank}.` : '-'} ${r.name} (${r.type}): ${yen(r.subsidy, lang)}`;
      if (r.eligible) {
        const rate = r.rates ? L(lang, `（補助率 ${r.rates}）`, ` (rate ${r.rates})`) : '';
        const deadline = r.deadline ? L(lang, `; 次の締切 ${deadlineText(r.deadline, lang)}`, `; next deadline ${deadlineText(r.deadline, lang)}`) : '';
        return `${head}${rate}${deadline}`;
      }
      const reason = r.reasons
        .map((w) => w.message || w.code)
        .slice(0, 2)
        .join(' / ');
      const first = r.suggestions[0];
      // The change's own words usually name the amount it gives; add it only when they do not.
      const gives = first && !first.change.includes(yen(first.subsidy, lang)) ? ` → ${yen(first.subsidy, lang)}` : '';
      const change = first ? L(lang, `; 最小の変更: ${first.change}${gives}`, `; smallest change: ${first.change}${gives}`) : '';
      return `${head}${reason ? ` — ${reason}` : ''}${change}`;
    }),
  ];
  const combos = arr(b.combinations).map((c) => ({ types: Array.isArray(c.types) ? (c.types as string[]) : [], note: pick(c.note, lang) }));
  if (combos.length) lines.push(`${L(lang, '併用できる組合せ', 'Types that may be combined')}: ${combos.map((c) => c.types.join(' + ')).join(', ')}`);
  return {
    text: lines.join('\n'),
    structured: {
      detail: 'summary',
      lang,
      round: b.round,
      asOf: b.asOf,
      best: b.best ?? null,
      results: results.map(({ deadline, ...r }) => ({ ...r, deadline })),
      combinations: combos,
    },
  };
};

// ---------------------------------------------------------------------------------------------
// list_rounds, list_deadlines
// ---------------------------------------------------------------------------------------------

export const roundsSummary = (b: Json, lang: Lang): { text: string; structured: Json } => {
  const rounds = arr(b.rounds).map((r) => {
    const w = obj(r.window);
    return {
      id: String(r.id),
      aliases: Array.isArray(r.aliases) ? (r.aliases as string[]) : [],
      name: pick(r.name, lang),
      status: str(r.status),
      opensOn: str(w.opensOn),
      closesOn: str(w.closesOn),
      nextDeadline: str(r.nextDeadline),
      lastDeadline: str(r.lastDeadline),
      types: arr(r.types).map((t) => ({ id: String(t.id), name: pick(t.name, lang) })),
    };
  });
  const text = [
    L(
      lang,
      `現在の回: ${b.current ?? 'なし'}（基準日 ${String(b.asOf).slice(0, 10)}）`,
      `Current round: ${b.current ?? 'none'} (as of ${String(b.asOf).slice(0, 10)})`,
    ),
    ...rounds.map((r) => {
      const status = r.status ? pick(STATUS[r.status] ?? r.status, lang) : '?';
      const next = r.nextDeadline ? L(lang, `、次の締切 ${when(r.nextDeadline)}`, `, next deadline ${when(r.nextDeadline)}`) : '';
      return (
        `- ${r.id}${r.aliases.length ? ` (${r.aliases.join(', ')})` : ''} ${r.name}: ${status}${next}` +
        `; ${L(lang, '類型', 'types')}: ${r.types.map((t) => t.id).join(', ')}`
      );
    }),
  ].join('\n');
  return { text, structured: { detail: 'summary', lang, asOf: b.asOf, current: b.current ?? null, rounds } };
};

export const deadlinesSummary = (b: Json, lang: Lang): { text: string; structured: Json } => {
  const next = Object.entries(obj(b.next)).map(([type, d]) => ({ type, deadline: deadlineView(d), source: sourceRef(obj(d).source) }));
  const counts: Record<string, number> = {};
  for (const d of arr(b.deadlines)) counts[String(d.status)] = (counts[String(d.status)] ?? 0) + 1;
  const countText = Object.entries(counts)
    .map(([status, n]) => `${pick(STATUS[status] ?? status, lang)} ${n}`)
    .join(lang === 'ja' ? '、' : ', ');
  const text = [
    L(
      lang,
      `基準日 ${String(b.asOf).slice(0, 10)}${b.round ? `、${b.round}` : ''}: 締切 ${arr(b.deadlines).length}件（${countText}）`,
      `As of ${String(b.asOf).slice(0, 10)}${b.round ? `, ${b.round}` : ''}: ${arr(b.deadlines).length} deadlines (${countText})`,
    ),
    L(lang, '類型ごとの次の締切:', 'Next deadline per type:'),
    ...next.map((n) => {
      const round = n.deadline?.round ? `${n.deadline.round} ` : '';
      return `- ${n.type}: ${n.deadline ? `${round}${deadlineText(n.deadline, lang)}` : L(lang, '公表されたものはありません', 'none published')}`;
    }),
    sourcesLine(collectSources(next.map((n) => n.source?.source)), lang),
  ]
    .filter(Boolean)
    .join('\n');
  return { text, structured: { detail: 'summary', lang, asOf: b.asOf, round: b.round ?? null, counts, next } };
};
