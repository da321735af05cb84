/**
 * Every sentence of the estimate: the lines' `why`, the warnings, the disclaimer. Rendered from
 * the steps' results (line.ts, group.ts, index.ts); no arithmetic on money here beyond display.
 */
import { sourceLabel } from '../../rules/registry.ts';
import type { Band, CapChoice, CostKey, LineCategory, LineRule, PublicSource, Text, TypeRule, WarningCode } from '../../rules/schema.ts';
import { cmp, floorYen, mul, sub, yen, type Ratio } from '../money.ts';
import type { Cited, LineSteps } from './line.ts';
import type { EstimateWarning } from './types.ts';

// ---------------------------------------------------------------------------------------------
// Numbers
// ---------------------------------------------------------------------------------------------

const commas = (digits: string) => {
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
};

/** Integer yen with thousands separators. */
export const fmtYen = (n: number | bigint): string => (n < 0 ? '-' : '') + commas(String(n < 0 ? -n : n));

/** An exact amount (≥ 0): an integer as is, else truncated to 2 decimals with "…" where inexact. */
export const fmtExact = (r: Ratio): string => {
  const whole = floorYen(r);
  const rest = sub(r, yen(whole));
  if (cmp(rest, yen(0)) === 0) return fmtYen(whole);
  const hundredths = mul(rest, yen(100));
  const cents = floorYen(hundredths);
  const exact = cmp(hundredths, yen(cents)) === 0;
  return `${fmtYen(whole)}.${String(cents).padStart(2, '0')}${exact ? '' : '…'}`;
};

export const capText = (c: CapChoice) => `${fmtYen(c.max)}円${c.inclusive ? '以下' : '未満'}`;
export const capTextEn = (c: CapChoice) => `${c.inclusive ? 'up to' : 'under'} ${fmtYen(c.max)} yen`;

/** A warning with its message in both languages. */
export const W = (code: WarningCode, ja: string, en: string, extra: Partial<EstimateWarning> = {}): EstimateWarning => ({
  code,
  message: { ja, en },
  ...extra,
});

/** Adds a sentence to a `why`. */
export const appendWhy = (why: Text, add: Text): Text => ({ ja: `${why.ja}${add.ja}`, en: `${why.en} ${add.en}` });

// ---------------------------------------------------------------------------------------------
// A line's `why`
// ---------------------------------------------------------------------------------------------

const PART_LABEL: Record<'software' | 'services' | 'pc' | 'register', [string, string]> = {
  software: ['ソフトウェア', 'software'],
  services: ['導入関連費', 'services'],
  pc: ['PC等', 'PC/tablet'],
  register: ['レジ等', 'register'],
};

/** The line's arithmetic as sentences: eligible cost, rates, cap, rounding, floor, size, unconfirmed notes. */
export const lineWhy = (s: LineSteps): Text => {
  // Sentences joined by 。 (ja) and ; (en), written straight into two strings (no arrays to join).
  let partsJa = '';
  let partsEn = '';
  for (const p of s.cost.parts) {
    const sep = partsJa ? ' + ' : '';
    if (p.key === 'cloud' || p.key === 'securityService') {
      const fee = fmtYen(p.monthly!);
      partsJa += `${sep}${p.key === 'cloud' ? 'クラウド利用料' : 'サービス利用料'} ${fee}円×${p.months}か月`;
      partsEn += `${sep}${p.key === 'cloud' ? 'cloud' : 'service'} ${fee} × ${p.months} months`;
    } else {
      const label = PART_LABEL[p.key];
      const amount = fmtYen(p.eligible);
      partsJa += `${sep}${label[0]} ${amount}円`;
      partsEn += `${sep}${label[1]} ${amount}`;
    }
  }
  const share = s.cost.share;
  if (share && share !== 'assumed') {
    const sep = partsJa ? ' + ' : '';
    partsJa += `${sep}× 取引先（中小企業等）アカウント ${share.sme}/${share.total}`;
    partsEn += `${sep}× SME accounts ${share.sme}/${share.total}`;
  }
  const eligible = fmtExact(s.cost.eligible);
  let ja = `補助対象経費 ${partsJa || '0円'} = ${eligible}円`;
  let en = `eligible cost ${partsEn || '0'} = ${eligible} yen`;
  for (const r of s.cost.refusals) {
    const amount = fmtYen(r.amount);
    if (r.kind === 'services') {
      ja += `。導入関連費（役務） ${amount}円はソフトウェア・クラウド利用料と一緒でないため補助対象外`;
      en += `; services (役務) of ${amount} yen are not eligible without software or a cloud fee in the same purchase`;
    } else {
      ja += `。補助対象となるITツール（ソフトウェア）と一緒でないため ${amount}円は補助対象外 → 0円`;
      en += `; not eligible without an eligible ITツール (software) in the same purchase: ${amount} yen → 0`;
    }
  }

  const segs = s.rate.segments;
  if (segs.length === 1) {
    const amount = fmtExact(s.rate.amount);
    ja += `。× ${segs[0]!.rate} = ${amount}円`;
    en += `; × ${segs[0]!.rate} = ${amount} yen`;
  } else if (segs.length > 1) {
    const amount = fmtExact(s.rate.amount);
    let segJa = '';
    let segEn = '';
    for (const x of segs) {
      if (x.upTo !== null) {
        const upTo = fmtYen(x.upTo);
        segJa += `${segJa ? '、' : ''}補助額${upTo}円までは${x.rate}`;
        segEn += `${segEn ? ', ' : ''}${x.rate} up to a subsidy of ${upTo}`;
      } else {
        segJa += `${segJa ? '、' : ''}それを超える部分は${x.rate}`;
        segEn += `${segEn ? ', ' : ''}${x.rate} above`;
      }
    }
    ja += `。${segJa}: 合計 ${amount}円`;
    en += `; ${segEn}: ${amount} yen`;
  }
  if (s.cap.capped && s.cap.cap) {
    const most = fmtYen(floorYen(s.cap.amount));
    ja += `。上限 ${capText(s.cap.cap)} → ${most}円`;
    en += `; cap ${capTextEn(s.cap.cap)} → ${most} yen`;
  }
  if (s.rounding.dropped) {
    const floored = fmtYen(s.rounding.floored);
    ja += `。1円未満切り捨て → ${floored}円`;
    en += `; 1円未満切り捨て (drop fractions of a yen) → ${floored} yen`;
  }
  if (s.rounding.belowFloor) {
    const floor = fmtYen(s.rounding.floor!);
    ja += `。下限 ${floor}円未満 → 0円`;
    en += `; below the minimum ${floor} yen → 0`;
  }
  if (!s.sizeEligible) {
    ja += '。この類型の対象外の事業者規模 → 0円';
    en += '; applicant size not eligible for this type → 0';
  }
  if (s.reasons.length) {
    ja += `。未確認の規定: ${s.reasons.map((r) => r.ja).join(' / ')}`;
    en += `; unconfirmed: ${s.reasons.map((r) => r.en).join(' / ')}`;
  }
  return { ja: `${ja}。`, en: `${en}.` };
};

// ---------------------------------------------------------------------------------------------
// A line's warnings
// ---------------------------------------------------------------------------------------------

export const monthsTruncated = (key: CostKey, months: number, limit: Cited & { value: number }, line: LineCategory) =>
  W(
    key === 'cloud' ? 'cloud_months_truncated' : 'service_months_truncated',
    `${months}か月のうち補助対象は最大${limit.value}か月分です`,
    `only ${limit.value} of the ${months} months are eligible`,
    {
      line,
      sources: [limit.source],
    },
  );

export const servicesCostCapped = (rule: Cited & { value: number }, line: LineCategory) =>
  W(
    'services_cost_capped',
    `導入関連費（役務）の補助対象は${fmtYen(rule.value)}円までです`,
    `導入関連費 (services) are eligible up to ${fmtYen(rule.value)} yen`,
    { line, sources: [rule.source] },
  );

export const accountShareAssumed = (rule: Cited, line: LineCategory) =>
  W(
    'account_share_assumed',
    '取引先（中小企業等）に供与するアカウントの割合が未指定のため全アカウント分として計算しました（accounts で指定できます）',
    'the share of accounts given to SME 取引先 was not given, so every account was counted (set accounts)',
    { line, sources: [rule.source] },
  );

export const functionsRequired = (cap: CapChoice, line: LineCategory) =>
  W('functions_required', `機能（プロセス）を${cap.when!.minFunctions}つ以上選んでください`, `choose at least ${cap.when!.minFunctions} function(s)`, {
    line,
    sources: [cap.source],
  });

export const processesRequired = (cap: CapChoice, line: LineCategory) =>
  W('processes_required', `業務プロセスを${cap.when!.minProcesses}つ以上にしてください`, `cover at least ${cap.when!.minProcesses} 業務プロセス`, {
    line,
    sources: [cap.source],
  });

export const capped = (cap: CapChoice, line: LineCategory) =>
  W('capped', `補助上限額（${capText(cap)}）で頭打ちです`, `capped at the maximum (${capTextEn(cap)})`, { line, sources: [cap.source] });

export const belowMinimum = (floor: Cited & { value: number }, line: LineCategory) =>
  W(
    'below_minimum',
    `補助額が下限（${fmtYen(floor.value)}円）に届かないため対象外です`,
    `the subsidy is below the minimum of ${fmtYen(floor.value)} yen, so nothing is granted`,
    {
      line,
      sources: [floor.source],
    },
  );

export const hardwareWithoutSoftware = (rule: LineRule, req: Cited) =>
  W(
    'hardware_without_software',
    `${rule.name.ja}は補助対象経費となるITツール（ソフトウェア）と一緒でなければ対象になりません`,
    `${rule.name.en} is only eligible together with an eligible ITツール (software) in the same purchase`,
    { line: rule.category, sources: [req.source] },
  );

export const servicesWithoutSoftware = (rule: Cited, line: LineCategory) =>
  W(
    'services_without_software',
    '導入関連費（役務）は、対になるソフトウェア（またはクラウド利用料）と一緒に申請する場合に限り補助対象です',
    'services (導入関連費/役務) are only eligible together with the software (or cloud fee) they belong to',
    { line, sources: [rule.source] },
  );

/** A request field the type does not use: it changes nothing in the answer. */
export const inputNotApplicable = (field: string, type: TypeRule, why: Text) =>
  W('input_not_applicable', `${field} は${type.name.ja}では使いません（${why.ja}）`, `${field} is not used by ${type.name.en} (${why.en})`, { field });

export const NOT_COVERED_NAME: Text = { ja: '補助対象外の経費', en: 'Costs this type does not cover' };
export const notCoveredWhy = (fields: readonly { field: string; cost: number }[]): Text => ({
  ja: `この類型の補助対象外: ${fields.map((f) => `${f.field} ${fmtYen(f.cost)}円`).join('、')} → 0円。`,
  en: `not covered by this type: ${fields.map((f) => `${f.field} ${fmtYen(f.cost)} yen`).join(', ')} → 0.`,
});
export const NOT_COVERED_COST: Text = { ja: 'この類型の補助対象経費ではありません', en: 'not an eligible cost of this type' };
export const NOT_MEMBER_COST: Text = {
  ja: '複数社連携の経費は group.memberCosts・analysis・admin で指定します',
  en: '複数社連携 costs go in group.memberCosts, analysis and admin',
};
export const NO_NEAR_MINIMUM_WAGE: Text = { ja: 'この類型・回には最低賃金近傍の補助率がありません', en: 'this type and round have no near-minimum-wage rate' };

export const SEGMENT_ALLOCATION: Text = {
  ja: '区分（segments）の金額は1円未満を切り捨て、切り捨てで失われた円は端数の大きい区分から1円ずつ配分（同じなら上位の区分）し、行の補助対象経費・補助額と一致させます。上限による減額は上位の区分から差し引きます。',
  en:
    'Segment amounts are floored; the yen lost to flooring go one each to the segments with the largest dropped fraction ' +
    '(the upper segment on a tie), so they add up to the line. A cap comes off the upper segments first.',
};

// ---------------------------------------------------------------------------------------------
// The answer's warnings
// ---------------------------------------------------------------------------------------------

export const functionNotCounted = (f: string, counted: readonly string[], source: PublicSource, member: number | undefined) =>
  W(
    'function_not_counted',
    `この回では「${f}」は機能の数に数えません（対象: ${counted.join(', ')}）`,
    `"${f}" does not count as a function in this round (counted: ${counted.join(', ')})`,
    {
      member,
      sources: [source],
    },
  );

export const unconfirmedRule = (sources: PublicSource[]) =>
  W(
    'unconfirmed_rule',
    `未確認の規定（公式資料で確認できていない値）を使っています: ${sources.map(sourceLabel).join(' / ')}`,
    `This answer uses values the sources leave unconfirmed: ${sources.map(sourceLabel).join(' / ')}`,
    {
      sources,
    },
  );

export const sizeNotEligible = (type: TypeRule, size: string) =>
  W(
    'size_not_eligible',
    `${type.name.ja}は${size === 'large' ? '大企業' : 'この規模の事業者'}を対象としていません（対象: ${type.sizes.join(', ')}）`,
    `${type.name.en} is not open to ${size} applicants (open to: ${type.sizes.join(', ')})`,
  );

export const wageRaisePlanRequired = (band: Band, line: LineCategory) =>
  W(
    'wage_raise_plan_required',
    `補助額${fmtYen(band.from)}円以上では賃上げ目標が必須です（免除の条件は /v1/eligibility で確認できます）`,
    `from ${fmtYen(band.from)} yen of subsidy a wage-raise plan (賃上げ目標) is mandatory (exemptions: see /v1/eligibility)`,
    { line, sources: [band.source] },
  );

export const nearMinimumWageDefinition = (phase: number | null, text: Text, source: PublicSource) =>
  W(
    'near_minimum_wage_definition',
    `最低賃金近傍の事業者（補助率2/3）の定義${phase !== null ? `（第${phase}次締切）` : ''}: ${text.ja}`,
    `Near-minimum-wage applicants (rate 2/3)${phase !== null ? ` for deadline ${phase}` : ''}: ${text.en}`,
    { sources: [source] },
  );

/** No deadline of the type after asOf; `status` is what the round's state says (round-status.ts). */
export const noUpcomingDeadline = (date: string, status: Text, gaps: readonly Text[]) =>
  W(
    'no_upcoming_deadline',
    `${date} 以降のこの類型の締切は確認できていません。${status.ja}${gaps.length ? `（${gaps.map((g) => g.ja).join(' / ')}）` : ''}`,
    `No known deadline of this type after ${date}. ${status.en}${gaps.length ? ` (${gaps.map((g) => g.en).join(' / ')})` : ''}`,
  );

export const roundWindowUnconfirmed = (source: PublicSource) =>
  W('round_window_unconfirmed', 'この回の申請期間は未確認です', 'this round’s application window is unconfirmed', { sources: [source] });

export const ROUNDING_TEXT: Text = { ja: '補助額の1円未満は切り捨て（行ごとに1回）', en: 'Fractions of a yen are dropped, once per line (1円未満切り捨て)' };

export const DISCLAIMER: Text = {
  ja: 'この試算は公開資料に基づく参考値です。実際の補助額は事務局の審査・交付決定により決まります。最新の公募要領を必ずご確認ください。',
  en:
    'An estimate from the published documents, not a decision. ' +
    'The actual subsidy is set by the secretariat’s review and grant decision; always check the current 公募要領.',
};

// ---------------------------------------------------------------------------------------------
// 複数社連携
// ---------------------------------------------------------------------------------------------

export const groupTooSmall = (minMembers: number, members: number, source: PublicSource) =>
  W('group_too_small', `グループ構成員は${minMembers}者以上必要です（現在 ${members}者）`, `a group needs at least ${minMembers} members (given ${members})`, {
    sources: [source],
  });

export const memberSizeNotEligible = (i: number, size: string) =>
  W('size_not_eligible', `構成員${i + 1}の規模（${size}）は対象外です`, `member ${i + 1} (${size}) is not eligible`);

export const memberLinesWhy = (base: TypeRule, count: number): Text => ({
  ja: `(1) 基盤導入経費: 構成員ごとに${base.name.ja}の計算をして合計（${count}者、各構成員の内訳は group.memberResults）。`,
  en: `(1) 基盤導入経費: each member computed as ${base.name.en} and summed (${count} members; see group.memberResults).`,
});

export const combinedCapCut = (cut: number): Text => ({
  ja: `(1)+(2)の上限により${fmtYen(cut)}円減額。`,
  en: `Reduced by ${fmtYen(cut)} yen under the (1)+(2) cap.`,
});

export interface AnalysisSteps {
  cost: number;
  rate: string;
  /** Exact cost × rate. */
  raw: Ratio;
  capPerMember: number;
  members: number;
  cap: number;
  capped: boolean;
  /** Cut from (2) by the (1)+(2) cap (0: none). */
  combinedCut: number;
  combinedCap: number;
  combinedApplied: boolean;
}

export const analysisCapped = (s: AnalysisSteps, source: PublicSource) =>
  W(
    'capped',
    `消費動向等分析経費は${fmtYen(s.capPerMember)}円×${s.members}者 = ${fmtYen(s.cap)}円が上限です`,
    `消費動向等分析経費 is capped at ${fmtYen(s.capPerMember)} × ${s.members} members = ${fmtYen(s.cap)} yen`,
    { line: 'analysis', sources: [source] },
  );

export const combinedCapped = (cap: number, before: number, source: PublicSource) =>
  W(
    'capped',
    `(1)基盤導入経費と(2)消費動向等分析経費の補助額の合計は${fmtYen(cap)}円が上限です（${fmtYen(before)}円 → ${fmtYen(cap)}円）`,
    `(1)+(2) together are capped at ${fmtYen(cap)} yen (${fmtYen(before)} → ${fmtYen(cap)})`,
    { line: 'analysis', sources: [source] },
  );

export const analysisWhy = (s: AnalysisSteps): Text => {
  const ja = [`補助対象経費 ${fmtYen(s.cost)}円 × ${s.rate} = ${fmtExact(s.raw)}円`];
  const en = [`eligible cost ${fmtYen(s.cost)} × ${s.rate} = ${fmtExact(s.raw)} yen`];
  if (s.capped) {
    ja.push(`上限 ${fmtYen(s.capPerMember)}円×${s.members}者 = ${fmtYen(s.cap)}円`);
    en.push(`cap ${fmtYen(s.capPerMember)} × ${s.members} = ${fmtYen(s.cap)} yen`);
  }
  if (s.combinedApplied) {
    ja.push(`(1)+(2)の上限 ${fmtYen(s.combinedCap)}円により ${fmtYen(s.combinedCut)}円減額`);
    en.push(`reduced by ${fmtYen(s.combinedCut)} yen under the (1)+(2) cap of ${fmtYen(s.combinedCap)} yen`);
  }
  return { ja: ja.join('。') + '。', en: en.join('; ') + '.' };
};

export interface AdminSteps {
  cost: number;
  rate: string;
  capFixed: number;
  /** The lower-of formula, when the round has one. */
  formula: { base: 'subsidy' | 'eligibleCost'; baseAmount: Ratio; multiplier: string; rate: string; value: Ratio } | null;
  cap: Ratio;
  capped: boolean;
  subsidy: number;
}

export const adminCapped = (cap: Ratio, source: PublicSource) =>
  W('capped', `事務費・専門家費は上限（${fmtExact(cap)}円）で頭打ちです`, `事務費・専門家費 capped at ${fmtExact(cap)} yen`, {
    line: 'admin',
    sources: [source],
  });

export const adminWhy = (s: AdminSteps): Text => {
  const ja = [`補助対象経費 ${fmtYen(s.cost)}円 × ${s.rate}`];
  const en = [`eligible cost ${fmtYen(s.cost)} × ${s.rate}`];
  const f = s.formula;
  if (f) {
    const label = f.base === 'subsidy' ? ['(1)+(2)の補助額', 'the (1)+(2) subsidy'] : ['(1)+(2)の補助対象経費', 'the (1)+(2) eligible cost'];
    ja.push(`上限は ${fmtYen(s.capFixed)}円 と ${label[0]} ${fmtExact(f.baseAmount)}円 × ${f.multiplier} × ${f.rate} = ${fmtExact(f.value)}円 の低い方`);
    en.push(`cap = lower of ${fmtYen(s.capFixed)} and ${label[1]} ${fmtExact(f.baseAmount)} × ${f.multiplier} × ${f.rate} = ${fmtExact(f.value)}`);
  }
  ja.push(`→ ${fmtYen(s.subsidy)}円（1円未満切り捨て）`);
  en.push(`→ ${fmtYen(s.subsidy)} yen (1円未満切り捨て)`);
  return { ja: ja.join('。') + '。', en: en.join('; ') + '.' };
};

export const ANALYSIS_NAME: Text = { ja: '消費動向等分析経費', en: 'Consumer-trend analysis costs' };
export const ADMIN_NAME: Text = { ja: '事務費・専門家費', en: 'Administration and expert costs' };
