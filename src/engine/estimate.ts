/**
 * The subsidy for a purchase: line by line, exactly, from the rule file of the round.
 *
 * The engine holds mechanisms; the rule files hold numbers. For each line of the type
 * (`types[].lines` in rules/<round>.json):
 *   1. eligible cost = the line's cost inputs, monthly fees limited to `monthsLimit`, 役務 limited
 *      by `costCaps`, times the SME account share where the line says so (電子取引類型);
 *   2. subsidy = the rate segments on the subsidy axis (e.g. up to 50万円 at 3/4, above at 2/3),
 *      exact rationals over BigInt;
 *   3. capped by the largest cap whose conditions hold (未満 caps allow max − 1 yen);
 *   4. 1円未満切り捨て once (the round's `rounding`), then the floor (補助下限): below it, 0;
 *   5. a line that `requires` another (hardware needs the ITツール) is 0 without it.
 * 複数社連携 computes every member with the lines of `group.memberLinesFrom`, adds
 * 消費動向等分析経費, caps (1)+(2) together, then 事務費・専門家費 with its lower-of formula.
 * Pure: rules + input + asOf in, plain objects out. No HTTP here.
 */
import type { Round } from '../rules/registry.ts';
import type {
  ApplicantSize,
  Band,
  CapChoice,
  Condition,
  CostKey,
  FunctionId,
  LineCategory,
  LineRule,
  Text,
  TypeId,
  TypeRule,
  WarningCode,
} from '../rules/schema.ts';
import { add, cmp, div, floorYen, min, mul, parseFraction, ratio, sub, yen, ZERO, type Ratio } from './money.ts';
import { nextDeadline, scheduleGaps, type DeadlineView } from './deadlines.ts';
import { roundStatus, roundStatusText, type RoundState } from './round-status.ts';
import type { AsOf } from './time.ts';

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

export interface MonthlyCost {
  monthly?: number | undefined;
  months?: number | undefined;
}

/** Costs in integer yen, excluding tax. */
export interface Costs {
  software?: number | undefined;
  cloud?: MonthlyCost | undefined;
  services?: number | undefined;
  pc?: number | undefined;
  register?: number | undefined;
  securityService?: MonthlyCost | undefined;
}

/** One member of a 複数社連携 group: its costs, and its size/functions when they differ from the applicant's. */
export interface MemberCosts extends Costs {
  size?: ApplicantSize | undefined;
  functions?: FunctionId[] | undefined;
}

export interface GroupInput {
  /** グループ構成員の数 (代表事業者を含む). */
  members: number;
  /** Members introducing 消費動向等分析 tools (the 50万円 multiplier); default `members`. */
  analysisMembers?: number | undefined;
  /** 消費動向等分析経費 (yen). */
  analysis?: number | undefined;
  /** 事務費・専門家費 (yen). */
  admin?: number | undefined;
  memberCosts?: MemberCosts[] | undefined;
}

export interface EstimateInput {
  type: TypeId;
  applicant: { size: ApplicantSize; nearMinimumWage?: boolean | undefined };
  processes?: number | undefined;
  functions?: FunctionId[] | undefined;
  costs?: Costs | undefined;
  /** 電子取引類型: accounts under the contract, and those given to SME 取引先. */
  accounts?: { total: number; sme: number } | undefined;
  group?: GroupInput | undefined;
}

/** Largest total cost the API evaluates (10^10 yen); above it the request is refused. */
export const MAX_TOTAL_COST = 10_000_000_000;

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

export interface EstimateWarning {
  code: WarningCode;
  message: Text;
  /** The line the warning is about, when it is about one. */
  line?: LineCategory | undefined;
  /** The 複数社連携 member (0-based index into group.memberCosts). */
  member?: number | undefined;
  /** The sources behind an `unconfirmed_rule`. */
  sources?: string[] | undefined;
}

export interface SegmentView {
  rate: string;
  /** The cumulative subsidy at which the segment ends (null: open-ended). */
  upTo: number | null;
  /** The part of the eligible cost in this segment (informative, floored to the yen). */
  eligibleCost: number;
  /** The part of the subsidy from this segment (informative, floored; the line is floored once). */
  subsidy: number;
}

export interface LineView {
  category: LineCategory;
  name: Text;
  /** What the applicant pays for the line's inputs (all months included). */
  cost: number;
  /** The part of `cost` the rules cover (floored to the yen for display; the subsidy uses the exact value). */
  eligibleCost: number;
  /** The rate of the first segment applied ("3/4"); `segments` lists each one used. */
  rate: string;
  segments: SegmentView[];
  /** The cap that applied (null where none of the caps' conditions hold). */
  cap: number | null;
  /** true: 以下 (cap itself allowed); false: 未満 (cap − 1 yen is the most). */
  capInclusive: boolean;
  floor: number | null;
  subsidy: number;
  source: string;
  sources: string[];
  confidence: 'confirmed' | 'unconfirmed';
  why: Text;
}

export interface MemberView {
  member: number;
  size: ApplicantSize;
  cost: number;
  eligibleCost: number;
  subsidy: number;
  lines: { category: LineCategory; eligibleCost: number; subsidy: number }[];
}

export interface GroupView {
  members: number;
  minMembers: number;
  analysisMembers: number;
  /** (1) 基盤導入経費 + (2) 消費動向等分析経費 before and after their combined cap. */
  combinedSubsidyBeforeCap: number;
  combinedCap: number;
  memberResults: MemberView[];
  source: string;
}

export interface EstimateResult {
  round: { id: string; name: Text; rulesVersion: string };
  asOf: string;
  type: { id: TypeId; name: Text; frame: Text; subtype: 'A' | 'B' | null; band: { id: string; label: Text; source: string } | null };
  applicant: { size: ApplicantSize; nearMinimumWage: boolean };
  subsidy: number;
  selfPay: number;
  eligibleCost: number;
  totalCost: number;
  lines: LineView[];
  group: GroupView | null;
  warnings: EstimateWarning[];
  deadline: DeadlineView | null;
  /** The round's status on asOf (round-status.ts). */
  roundStatus: RoundState;
  rounding: { rule: 'floor-per-line'; text: Text; source: string };
  disclaimer: Text;
}

export const DISCLAIMER: Text = {
  ja: 'この試算は公開資料に基づく参考値です。実際の補助額は事務局の審査・交付決定により決まります。最新の公募要領を必ずご確認ください。',
  en: 'An estimate from the published documents, not a decision. The actual subsidy is set by the secretariat’s review and grant decision; always check the current 公募要領.',
};

// ---------------------------------------------------------------------------------------------
// Validation the schema cannot express (it needs the round's type)
// ---------------------------------------------------------------------------------------------

export interface InputIssue {
  path: string;
  code: string;
  message: Text;
}

const sumCosts = (c: Costs | undefined): number =>
  (c?.software ?? 0) +
  (c?.services ?? 0) +
  (c?.pc ?? 0) +
  (c?.register ?? 0) +
  (c?.cloud?.monthly ?? 0) * (c?.cloud?.months ?? 0) +
  (c?.securityService?.monthly ?? 0) * (c?.securityService?.months ?? 0);

const usesProcesses = (t: TypeRule) => t.lines?.some((l) => l.caps.some((c) => c.when?.minProcesses !== undefined)) ?? false;
const hasAccountShare = (t: TypeRule) => t.lines?.some((l) => l.accountShare) ?? false;

/** The round's rules for the type's members (複数社連携) or the type itself. */
const functionsRuleOf = (round: Round, t: TypeRule) =>
  t.functions ?? (t.group ? round.rules.types.find((o) => o.id === t.group!.memberLinesFrom)?.functions : undefined);

/** Inputs that do not fit the type (400): fields for other types, group sizes, totals. */
export const estimateInputIssues = (round: Round, type: TypeRule, input: EstimateInput): InputIssue[] => {
  const issues: InputIssue[] = [];
  const notFor = (path: string, ja: string, en: string) => issues.push({ path, code: 'not_applicable', message: { ja, en } });
  if (input.functions?.length && !functionsRuleOf(round, type))
    notFor('functions', `${type.name.ja}には機能（プロセス）の指定がありません`, `${type.name.en} has no functions to choose`);
  if (input.processes !== undefined && !usesProcesses(type))
    notFor('processes', `業務プロセス数は通常枠でのみ使います`, `processes only apply to the regular frame (通常枠)`);
  if (input.accounts && !hasAccountShare(type))
    notFor('accounts', `アカウント数は電子取引類型（この回で按分がある類型）でのみ使います`, `accounts only apply to a type that prorates by SME accounts (電子取引類型)`);
  if (input.accounts && input.accounts.sme > input.accounts.total)
    issues.push({ path: 'accounts.sme', code: 'too_big', message: { ja: '取引先へのアカウント数が総数を超えています', en: 'must not exceed accounts.total' } });
  if (input.group && !type.group)
    notFor('group', `group は複数社連携でのみ使います（type: multi-company）`, `group only applies to type multi-company`);
  if (type.group && !input.group)
    issues.push({ path: 'group', code: 'required', message: { ja: '複数社連携では group（構成員数と経費）が必要です', en: 'type multi-company needs group (members and costs)' } });
  const g = input.group;
  if (g && type.group) {
    if ((g.memberCosts?.length ?? 0) > g.members)
      issues.push({ path: 'group.memberCosts', code: 'too_big', message: { ja: '構成員数より多い経費が指定されています', en: 'has more entries than group.members' } });
    if (g.analysisMembers !== undefined && g.analysisMembers > g.members)
      issues.push({ path: 'group.analysisMembers', code: 'too_big', message: { ja: '構成員数を超えています', en: 'must not exceed group.members' } });
    g.memberCosts?.forEach((m, i) => {
      if (m.functions?.length && !functionsRuleOf(round, type))
        notFor(`group.memberCosts.${i}.functions`, 'この回の基盤導入経費には機能の指定がありません', 'the member lines of this round have no functions');
    });
  }
  const total = sumCosts(input.costs) + (g ? (g.analysis ?? 0) + (g.admin ?? 0) + (g.memberCosts ?? []).reduce((s, m) => s + sumCosts(m), 0) : 0);
  if (total > MAX_TOTAL_COST)
    issues.push({ path: 'costs', code: 'too_big', message: { ja: '経費の合計が 10,000,000,000 円を超えています', en: 'the total of all costs exceeds 10,000,000,000 yen' } });
  return issues;
};

// ---------------------------------------------------------------------------------------------
// Formatting for `why`
// ---------------------------------------------------------------------------------------------

const commas = (digits: string) => {
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
};
/** Integer yen with thousands separators. */
export const fmtYen = (n: number | bigint): string => (n < 0 ? '-' : '') + commas(String(n < 0 ? -n : n));
/** An exact amount: an integer as is, else truncated to 2 decimals with "…" where inexact. */
const fmtExact = (r: Ratio): string => {
  const whole = r.n / r.d;
  const rest = r.n % r.d;
  if (rest === 0n) return fmtYen(whole);
  const cents = (rest * 100n) / r.d;
  const exact = (rest * 100n) % r.d === 0n;
  return `${fmtYen(whole)}.${String(cents).padStart(2, '0')}${exact ? '' : '…'}`;
};

// ---------------------------------------------------------------------------------------------
// One line
// ---------------------------------------------------------------------------------------------

interface Context {
  size: ApplicantSize;
  nearMinimumWage: boolean;
  functions: number;
  processes: number;
}

const holds = (when: Condition | undefined, ctx: Context): boolean =>
  !when ||
  ((when.size === undefined || when.size.includes(ctx.size)) &&
    (when.nearMinimumWage === undefined || when.nearMinimumWage === ctx.nearMinimumWage) &&
    (when.minFunctions === undefined || ctx.functions >= when.minFunctions) &&
    (when.minProcesses === undefined || ctx.processes >= when.minProcesses));

interface Cited {
  source: string;
  confidence?: 'unconfirmed' | undefined;
  note?: string | undefined;
}

interface LineCalc {
  view: LineView;
  rule: LineRule;
  band: Band | undefined;
  /** Exact eligible cost, for group formulas. */
  eligibleExact: Ratio;
  warnings: EstimateWarning[];
  unconfirmed: string[];
}

const W = (code: WarningCode, ja: string, en: string, extra: Partial<EstimateWarning> = {}): EstimateWarning => ({ code, message: { ja, en }, ...extra });

const capText = (c: CapChoice) => `${fmtYen(c.max)}円${c.inclusive ? '以下' : '未満'}`;
const capTextEn = (c: CapChoice) => `${c.inclusive ? 'up to' : 'under'} ${fmtYen(c.max)} yen`;

/** Computes one line for one applicant (or one 複数社連携 member). */
const computeLine = (
  line: LineRule,
  costs: Costs,
  accounts: EstimateInput['accounts'],
  ctx: Context,
  sizeEligible: boolean,
): LineCalc => {
  const warnings: EstimateWarning[] = [];
  const used: Cited[] = [];
  const whyJa: string[] = [];
  const whyEn: string[] = [];
  const cat = line.category;

  // 1. Cost and eligible cost.
  let cost = 0;
  let eligible = ZERO;
  const partsJa: string[] = [];
  const partsEn: string[] = [];
  for (const key of line.costs as CostKey[]) {
    if (key === 'cloud' || key === 'securityService') {
      const m = costs[key];
      const monthly = m?.monthly ?? 0;
      const months = m?.months ?? 0;
      cost += monthly * months;
      const limit = line.monthsLimit?.[key];
      let eligibleMonths = months;
      if (limit && monthly > 0 && months > 0) {
        used.push(limit);
        if (months > limit.value) {
          eligibleMonths = limit.value;
          if (monthly > 0) {
            const code = key === 'cloud' ? 'cloud_months_truncated' : 'service_months_truncated';
            warnings.push(W(code, `${months}か月のうち補助対象は最大${limit.value}か月分です`, `only ${limit.value} of the ${months} months are eligible`, { line: cat, sources: [limit.source] }));
          }
        }
      }
      if (monthly > 0 && months > 0) {
        eligible = add(eligible, yen(monthly * eligibleMonths));
        partsJa.push(`${key === 'cloud' ? 'クラウド利用料' : 'サービス利用料'} ${fmtYen(monthly)}円×${eligibleMonths}か月`);
        partsEn.push(`${key === 'cloud' ? 'cloud' : 'service'} ${fmtYen(monthly)} × ${eligibleMonths} months`);
      }
    } else {
      const amount = costs[key] ?? 0;
      cost += amount;
      let e = amount;
      const capRule = key === 'services' ? line.costCaps?.services : undefined;
      if (capRule && amount > capRule.value) {
        used.push(capRule);
        e = capRule.value;
        warnings.push(W('services_cost_capped', `導入関連費（役務）の補助対象は${fmtYen(capRule.value)}円までです`, `導入関連費 (services) are eligible up to ${fmtYen(capRule.value)} yen`, { line: cat, sources: [capRule.source] }));
      }
      if (e > 0) {
        eligible = add(eligible, yen(e));
        const label = { software: ['ソフトウェア', 'software'], services: ['導入関連費', 'services'], pc: ['PC等', 'PC/tablet'], register: ['レジ等', 'register'] }[key];
        partsJa.push(`${label[0]} ${fmtYen(e)}円`);
        partsEn.push(`${label[1]} ${fmtYen(e)}`);
      }
    }
  }
  if (line.accountShare && cmp(eligible, ZERO) > 0) {
    used.push(line.accountShare);
    if (accounts && accounts.total > 0) {
      eligible = mul(eligible, ratio(accounts.sme, accounts.total));
      partsJa.push(`× 取引先（中小企業等）アカウント ${accounts.sme}/${accounts.total}`);
      partsEn.push(`× SME accounts ${accounts.sme}/${accounts.total}`);
    } else {
      warnings.push(W('account_share_assumed', '取引先（中小企業等）に供与するアカウントの割合が未指定のため全アカウント分として計算しました（accounts で指定できます）', 'the share of accounts given to SME 取引先 was not given, so every account was counted (set accounts)', { line: cat, sources: [line.accountShare.source] }));
    }
  }
  whyJa.push(`補助対象経費 ${partsJa.length ? partsJa.join(' + ') : '0円'} = ${fmtExact(eligible)}円`);
  whyEn.push(`eligible cost ${partsEn.length ? partsEn.join(' + ') : '0'} = ${fmtExact(eligible)} yen`);

  // 2. Rate segments on the subsidy axis.
  const segments: SegmentView[] = [];
  let remaining = eligible;
  let amount = ZERO;
  let headline: string | undefined;
  const exactSegments: { rate: string; upTo: number | null; part: Ratio; got: Ratio }[] = [];
  for (const seg of line.rate.segments) {
    const choice = seg.choices.find((c) => holds(c.when, ctx));
    if (!choice) continue;
    if (!headline) {
      headline = choice.rate;
      used.push(choice);
    }
    if (cmp(remaining, ZERO) <= 0) break;
    const r = parseFraction(choice.rate);
    let part = remaining;
    if (seg.upTo !== undefined) {
      const room = sub(yen(seg.upTo), amount);
      if (cmp(room, ZERO) <= 0) continue;
      part = min(remaining, div(room, r));
    }
    const got = mul(part, r);
    amount = add(amount, got);
    remaining = sub(remaining, part);
    used.push(choice); // only segments that contribute count (an unconfirmed upper segment flags only answers that reach it)
    const prev = exactSegments[exactSegments.length - 1];
    if (prev && prev.rate === choice.rate) {
      // Consecutive segments at the same rate read as one (e.g. a segment split only to flag its upper part).
      prev.part = add(prev.part, part);
      prev.got = add(prev.got, got);
      prev.upTo = seg.upTo ?? null;
    } else exactSegments.push({ rate: choice.rate, upTo: seg.upTo ?? null, part, got });
  }
  for (const x of exactSegments) segments.push({ rate: x.rate, upTo: x.upTo, eligibleCost: floorYen(x.part), subsidy: floorYen(x.got) });
  if (segments.length === 1) {
    whyJa.push(`× ${segments[0]!.rate} = ${fmtExact(amount)}円`);
    whyEn.push(`× ${segments[0]!.rate} = ${fmtExact(amount)} yen`);
  } else if (segments.length > 1) {
    whyJa.push(
      segments.map((s) => (s.upTo !== null ? `補助額${fmtYen(s.upTo)}円までは${s.rate}` : `それを超える部分は${s.rate}`)).join('、') + `: 合計 ${fmtExact(amount)}円`,
    );
    whyEn.push(segments.map((s) => (s.upTo !== null ? `${s.rate} up to a subsidy of ${fmtYen(s.upTo)}` : `${s.rate} above`)).join(', ') + `: ${fmtExact(amount)} yen`);
  }

  // 3. Cap: the largest cap whose conditions hold.
  const caps = line.caps.filter((c) => holds(c.when, ctx));
  const cap = caps.reduce<CapChoice | undefined>((best, c) => (!best || c.max > best.max ? c : best), undefined);
  let eligibleLine = sizeEligible;
  if (!cap) {
    eligibleLine = false;
    const needF = line.caps.find((c) => c.when?.minFunctions !== undefined);
    const needP = line.caps.find((c) => c.when?.minProcesses !== undefined);
    if (needF && cmp(eligible, ZERO) > 0)
      warnings.push(W('functions_required', `機能（プロセス）を${needF.when!.minFunctions}つ以上選んでください`, `choose at least ${needF.when!.minFunctions} function(s)`, { line: cat, sources: [needF.source] }));
    if (needP && cmp(eligible, ZERO) > 0)
      warnings.push(W('processes_required', `業務プロセスを${needP.when!.minProcesses}つ以上にしてください`, `cover at least ${needP.when!.minProcesses} 業務プロセス`, { line: cat, sources: [needP.source] }));
  } else {
    used.push(cap);
    const most = yen(cap.inclusive ? cap.max : cap.max - 1);
    if (cmp(amount, most) > 0) {
      amount = most;
      warnings.push(W('capped', `補助上限額（${capText(cap)}）で頭打ちです`, `capped at the maximum (${capTextEn(cap)})`, { line: cat, sources: [cap.source] }));
      whyJa.push(`上限 ${capText(cap)} → ${fmtYen(floorYen(most))}円`);
      whyEn.push(`cap ${capTextEn(cap)} → ${fmtYen(floorYen(most))} yen`);
    }
  }

  // 4. 1円未満切り捨て once, then the floor.
  let subsidy = eligibleLine ? floorYen(amount) : 0;
  if (eligibleLine && cmp(amount, yen(subsidy)) !== 0) {
    whyJa.push(`1円未満切り捨て → ${fmtYen(subsidy)}円`);
    whyEn.push(`1円未満切り捨て (drop fractions of a yen) → ${fmtYen(subsidy)} yen`);
  }
  if (line.floor && eligibleLine && subsidy > 0 && subsidy < line.floor.value) {
    used.push(line.floor);
    warnings.push(W('below_minimum', `補助額が下限（${fmtYen(line.floor.value)}円）に届かないため対象外です`, `the subsidy is below the minimum of ${fmtYen(line.floor.value)} yen, so nothing is granted`, { line: cat, sources: [line.floor.source] }));
    whyJa.push(`下限 ${fmtYen(line.floor.value)}円未満 → 0円`);
    whyEn.push(`below the minimum ${fmtYen(line.floor.value)} yen → 0`);
    subsidy = 0;
  } else if (line.floor && subsidy > 0) used.push(line.floor);
  if (!sizeEligible) {
    whyJa.push('この類型の対象外の事業者規模 → 0円');
    whyEn.push('applicant size not eligible for this type → 0');
  }

  const band = line.bands && subsidy > 0 ? [...line.bands].reverse().find((b) => b.from <= subsidy) : undefined;
  if (band) used.push(band);

  if (line.requires) used.push(line.requires); // whether the line may be granted at all depends on it
  // A line with nothing to compute depends on no rule: only lines with an eligible cost can flag one.
  const unconfirmed = cmp(eligible, ZERO) > 0 ? [...new Set(used.filter((u) => u.confidence === 'unconfirmed').map((u) => u.source))] : [];
  const sources = [...new Set(used.map((u) => u.source))];
  // What the fact sheet says about an unconfirmed value (e.g. a CONFLICT between readings) goes into `why`.
  const notes = cmp(eligible, ZERO) > 0 ? [...new Set(used.filter((u) => u.confidence === 'unconfirmed' && u.note).map((u) => u.note!))] : [];
  if (notes.length) {
    whyJa.push(`未確認の規定: ${notes.join(' / ')}`);
    whyEn.push(`unconfirmed: ${notes.join(' / ')}`);
  }
  return {
    rule: line,
    band,
    eligibleExact: eligible,
    warnings,
    unconfirmed,
    view: {
      category: cat,
      name: line.name,
      cost,
      eligibleCost: floorYen(eligible),
      rate: headline ?? '0/1',
      segments,
      cap: cap ? cap.max : null,
      capInclusive: cap ? cap.inclusive : true,
      floor: line.floor?.value ?? null,
      subsidy,
      source: cap?.source ?? sources[0] ?? '',
      sources,
      confidence: unconfirmed.length ? 'unconfirmed' : 'confirmed',
      why: { ja: whyJa.join('。') + '。', en: whyEn.join('; ') + '.' },
    },
  };
};

/** Lines of one applicant: each line, then the `requires` rule (hardware needs the ITツール). */
const computeLines = (
  lines: readonly LineRule[],
  costs: Costs,
  accounts: EstimateInput['accounts'],
  ctx: Context,
  sizeEligible: boolean,
): LineCalc[] => {
  const calcs = lines.map((l) => computeLine(l, costs, accounts, ctx, sizeEligible));
  for (const calc of calcs) {
    const req = calc.rule.requires;
    if (!req) continue;
    const other = calcs.find((c) => c.rule.category === req.value);
    if ((!other || other.view.subsidy === 0) && calc.view.eligibleCost > 0) {
      if (calc.view.subsidy > 0 || sizeEligible) {
        calc.warnings.push(
          W('hardware_without_software', `${calc.rule.name.ja}はITツール（ソフトウェア）の補助と一緒でなければ対象になりません`, `${calc.rule.name.en} is only eligible together with a subsidised ITツール (software)`, { line: calc.rule.category, sources: [req.source] }),
        );
      }
      calc.view.subsidy = 0;
      calc.view.why = { ja: `${calc.view.why.ja}ITツールの補助がないため 0円。`, en: `${calc.view.why.en} No subsidised ITツール, so 0.` };
      calc.view.sources.push(req.source);
    }
  }
  return calcs;
};

// ---------------------------------------------------------------------------------------------
// The estimate
// ---------------------------------------------------------------------------------------------

const countFunctions = (round: Round, type: TypeRule, functions: readonly FunctionId[] | undefined, warnings: EstimateWarning[], member?: number): number => {
  const rule = functionsRuleOf(round, type);
  if (!rule || !functions) return 0;
  const distinct = [...new Set(functions)];
  const counted = distinct.filter((f) => rule.value.includes(f));
  for (const f of distinct.filter((x) => !rule.value.includes(x))) {
    warnings.push(W('function_not_counted', `この回では「${f}」は機能の数に数えません（対象: ${rule.value.join(', ')}）`, `"${f}" does not count as a function in this round (counted: ${rule.value.join(', ')})`, { member, sources: [rule.source] }));
  }
  return counted.length;
};

const unconfirmedWarning = (sources: string[]): EstimateWarning =>
  W('unconfirmed_rule', `未確認の規定（公式資料で確認できていない値）を使っています: ${sources.join(' / ')}`, `This answer uses values the sources leave unconfirmed: ${sources.join(' / ')}`, { sources });

export function estimate(round: Round, input: EstimateInput, asOf: AsOf): EstimateResult {
  const type = round.rules.types.find((t) => t.id === input.type);
  if (!type) throw new RangeError(`type ${input.type} is not in ${round.id}`); // the route resolves the type first
  const size = input.applicant.size;
  const nearMinimumWage = input.applicant.nearMinimumWage === true;
  const warnings: EstimateWarning[] = [];
  const unconfirmed = new Set<string>();
  if (type.confidence === 'unconfirmed') unconfirmed.add(type.source ?? type.name.ja);

  const sizeEligible = type.sizes.includes(size);
  if (!sizeEligible) {
    warnings.push(W('size_not_eligible', `${type.name.ja}は${size === 'large' ? '大企業' : 'この規模の事業者'}を対象としていません（対象: ${type.sizes.join(', ')}）`, `${type.name.en} is not open to ${size} applicants (open to: ${type.sizes.join(', ')})`));
  }

  let lines: LineView[];
  let calcs: LineCalc[] = [];
  let groupView: GroupView | null = null;
  let totalCost: number;
  let eligibleExact = ZERO;

  if (type.group) {
    const r = computeGroup(round, type, input, sizeEligible, warnings, unconfirmed);
    lines = r.lines;
    groupView = r.group;
    totalCost = r.totalCost;
    eligibleExact = r.eligibleExact;
  } else {
    const ctx: Context = { size, nearMinimumWage, functions: countFunctions(round, type, input.functions, warnings), processes: input.processes ?? 0 };
    calcs = computeLines(type.lines!, input.costs ?? {}, input.accounts, ctx, sizeEligible);
    lines = calcs.map((c) => c.view);
    for (const c of calcs) {
      warnings.push(...c.warnings);
      c.unconfirmed.forEach((s) => unconfirmed.add(s));
      eligibleExact = add(eligibleExact, c.eligibleExact);
    }
    // Costs the type does not cover at all (e.g. PC in 通常枠): paid, not eligible.
    const covered = new Set(type.lines!.flatMap((l) => l.costs));
    const all = input.costs ?? {};
    totalCost = sumCosts(all);
    const outside = (Object.keys(all) as CostKey[]).filter((k) => !covered.has(k) && sumCosts({ [k]: all[k] } as Costs) > 0);
    if (outside.length)
      warnings.push(W('cost_not_eligible', `${type.name.ja}では次の経費は補助対象外です: ${outside.join(', ')}`, `${type.name.en} does not cover: ${outside.join(', ')}`));
  }

  // Band (通常枠 A/B類型, or the upper band that needs a 賃上げ plan).
  const banded = calcs.find((c) => c.band);
  const band = banded?.band;
  if (band?.wageRaisePlanRequired) {
    warnings.push(W('wage_raise_plan_required', `補助額${fmtYen(band.from)}円以上では賃上げ目標が必須です（免除の条件は /v1/eligibility で確認できます）`, `from ${fmtYen(band.from)} yen of subsidy a wage-raise plan (賃上げ目標) is mandatory (exemptions: see /v1/eligibility)`, { line: banded!.rule.category, sources: [band.source] }));
  }

  const deadline = nextDeadline(round, type.id, asOf);
  if (nearMinimumWage && type.nearMinimumWage) {
    const phase = deadline?.phase ?? null;
    const def =
      type.nearMinimumWage.find((d) => phase !== null && (d.fromPhase ?? 1) <= phase && (d.toPhase === undefined || phase <= d.toPhase)) ??
      type.nearMinimumWage[type.nearMinimumWage.length - 1]!;
    if (def.confidence === 'unconfirmed') unconfirmed.add(def.source);
    warnings.push(W('near_minimum_wage_definition', `最低賃金近傍の事業者（補助率2/3）の定義${phase !== null ? `（第${phase}次締切）` : ''}: ${def.text.ja}`, `Near-minimum-wage applicants (rate 2/3)${phase !== null ? ` for deadline ${phase}` : ''}: ${def.text.en}`, { sources: [def.source] }));
  }
  const state = roundStatus(round, asOf);
  if (!deadline) {
    const gaps = scheduleGaps(round, type.id);
    const said = roundStatusText(state);
    warnings.push(W('no_upcoming_deadline', `${asOf.date} 以降のこの類型の締切は確認できていません。${said.ja}${gaps.length ? `（${gaps.join(' / ')}）` : ''}`, `No known deadline of this type after ${asOf.date}. ${said.en}${gaps.length ? ` (${gaps.join(' / ')})` : ''}`));
  }
  const window = round.rules.window;
  if (window.opensOn.confidence === 'unconfirmed' || window.closesOn?.confidence === 'unconfirmed')
    warnings.push(W('round_window_unconfirmed', 'この回の申請期間は未確認です', 'this round’s application window is unconfirmed', { sources: [window.opensOn.source] }));
  if (unconfirmed.size) warnings.push(unconfirmedWarning([...unconfirmed]));

  const subsidy = lines.reduce((s, l) => s + l.subsidy, 0);
  return {
    round: { id: round.id, name: round.rules.name, rulesVersion: round.rulesVersion },
    asOf: asOf.iso,
    type: {
      id: type.id,
      name: type.name,
      frame: type.frame,
      subtype: band?.subtype ?? null,
      band: band ? { id: band.id, label: band.label, source: band.source } : null,
    },
    applicant: { size, nearMinimumWage },
    subsidy,
    selfPay: totalCost - subsidy,
    eligibleCost: floorYen(eligibleExact),
    totalCost,
    lines,
    group: groupView,
    warnings,
    deadline,
    roundStatus: state,
    rounding: {
      rule: 'floor-per-line',
      text: { ja: '補助額の1円未満は切り捨て（行ごとに1回）', en: 'Fractions of a yen are dropped, once per line (1円未満切り捨て)' },
      source: round.rules.rounding.source,
    },
    disclaimer: DISCLAIMER,
  };
}

// ---------------------------------------------------------------------------------------------
// 複数社連携
// ---------------------------------------------------------------------------------------------

const computeGroup = (
  round: Round,
  type: TypeRule,
  input: EstimateInput,
  sizeEligible: boolean,
  warnings: EstimateWarning[],
  unconfirmed: Set<string>,
): { lines: LineView[]; group: GroupView; totalCost: number; eligibleExact: Ratio } => {
  const g = type.group!;
  const base = round.rules.types.find((t) => t.id === g.memberLinesFrom)!;
  const gi: GroupInput = input.group ?? { members: 0 };
  const minMembers = g.minMembers.value;
  const enough = gi.members >= minMembers;
  if (!enough) {
    warnings.push(W('group_too_small', `グループ構成員は${minMembers}者以上必要です（現在 ${gi.members}者）`, `a group needs at least ${minMembers} members (given ${gi.members})`, { sources: [g.minMembers.source] }));
  }
  const groupOk = enough && sizeEligible;
  if (g.minMembers.confidence === 'unconfirmed') unconfirmed.add(g.minMembers.source);

  // (1) 基盤導入経費: each member with the base type's lines, summed per category.
  const agg = new Map<LineCategory, { calcs: LineCalc[]; cost: number; eligible: Ratio; subsidy: number }>();
  const memberResults: MemberView[] = [];
  let totalCost = 0;
  (gi.memberCosts ?? []).forEach((m, i) => {
    const memberSize = m.size ?? input.applicant.size;
    const memberWarnings: EstimateWarning[] = [];
    const ctx: Context = {
      size: memberSize,
      nearMinimumWage: false,
      functions: countFunctions(round, base, m.functions ?? input.functions, memberWarnings, i),
      processes: 0,
    };
    const ok = groupOk && base.sizes.includes(memberSize);
    if (groupOk && !ok) memberWarnings.push(W('size_not_eligible', `構成員${i + 1}の規模（${memberSize}）は対象外です`, `member ${i + 1} (${memberSize}) is not eligible`));
    const calcs = computeLines(base.lines!, m, undefined, ctx, ok);
    for (const w of [...memberWarnings, ...calcs.flatMap((c) => c.warnings)]) warnings.push({ ...w, member: i });
    calcs.forEach((c) => c.unconfirmed.forEach((s) => unconfirmed.add(s)));
    totalCost += sumCosts(m);
    memberResults.push({
      member: i,
      size: memberSize,
      cost: sumCosts(m),
      eligibleCost: floorYen(calcs.reduce((s, c) => add(s, c.eligibleExact), ZERO)),
      subsidy: calcs.reduce((s, c) => s + c.view.subsidy, 0),
      lines: calcs.map((c) => ({ category: c.rule.category, eligibleCost: c.view.eligibleCost, subsidy: c.view.subsidy })),
    });
    for (const c of calcs) {
      const a = agg.get(c.rule.category) ?? { calcs: [], cost: 0, eligible: ZERO, subsidy: 0 };
      a.calcs.push(c);
      a.cost += c.view.cost;
      a.eligible = add(a.eligible, c.eligibleExact);
      a.subsidy += c.view.subsidy;
      agg.set(c.rule.category, a);
    }
  });
  const lines: LineView[] = base.lines!.map((rule) => {
    const a = agg.get(rule.category);
    const first = a?.calcs[0]?.view;
    const sources = [...new Set((a?.calcs ?? []).flatMap((c) => c.view.sources))];
    return {
      category: rule.category,
      name: rule.name,
      cost: a?.cost ?? 0,
      eligibleCost: floorYen(a?.eligible ?? ZERO),
      rate: first?.rate ?? rule.rate.segments[0]!.choices[rule.rate.segments[0]!.choices.length - 1]!.rate,
      segments: [],
      cap: first?.cap ?? null,
      capInclusive: first?.capInclusive ?? true,
      floor: rule.floor?.value ?? null,
      subsidy: a?.subsidy ?? 0,
      source: first?.source ?? rule.caps[0]!.source,
      sources: sources.length ? sources : [rule.caps[0]!.source],
      confidence: (a?.calcs ?? []).some((c) => c.unconfirmed.length) ? 'unconfirmed' : 'confirmed',
      why: {
        ja: `(1) 基盤導入経費: 構成員ごとに${base.name.ja}の計算をして合計（${a?.calcs.length ?? 0}者、各構成員の内訳は group.memberResults）。`,
        en: `(1) 基盤導入経費: each member computed as ${base.name.en} and summed (${a?.calcs.length ?? 0} members; see group.memberResults).`,
      },
    };
  });
  const baseEligible = [...agg.values()].reduce((s, a) => add(s, a.eligible), ZERO);

  // (2) 消費動向等分析経費.
  const an = g.analysis;
  if (an.confidence === 'unconfirmed') unconfirmed.add(an.source);
  const analysisMembers = gi.analysisMembers ?? gi.members;
  const analysisCost = gi.analysis ?? 0;
  const analysisCap = an.capPerMember * analysisMembers;
  const analysisRate = parseFraction(an.rate);
  let analysisAmount = mul(yen(analysisCost), analysisRate);
  const whyAJa = [`補助対象経費 ${fmtYen(analysisCost)}円 × ${an.rate} = ${fmtExact(analysisAmount)}円`];
  const whyAEn = [`eligible cost ${fmtYen(analysisCost)} × ${an.rate} = ${fmtExact(analysisAmount)} yen`];
  if (cmp(analysisAmount, yen(analysisCap)) > 0) {
    analysisAmount = yen(analysisCap);
    warnings.push(W('capped', `消費動向等分析経費は${fmtYen(an.capPerMember)}円×${analysisMembers}者 = ${fmtYen(analysisCap)}円が上限です`, `消費動向等分析経費 is capped at ${fmtYen(an.capPerMember)} × ${analysisMembers} members = ${fmtYen(analysisCap)} yen`, { line: 'analysis', sources: [an.source] }));
    whyAJa.push(`上限 ${fmtYen(an.capPerMember)}円×${analysisMembers}者 = ${fmtYen(analysisCap)}円`);
    whyAEn.push(`cap ${fmtYen(an.capPerMember)} × ${analysisMembers} = ${fmtYen(analysisCap)} yen`);
  }
  let analysisSubsidy = groupOk ? floorYen(analysisAmount) : 0;
  totalCost += analysisCost;

  // (1)+(2) combined cap: the excess comes off (2) first, then (1).
  const combinedCap = g.combinedCap.value;
  if (g.combinedCap.confidence === 'unconfirmed') unconfirmed.add(g.combinedCap.source);
  const baseSubsidy = lines.reduce((s, l) => s + l.subsidy, 0);
  const before = baseSubsidy + analysisSubsidy;
  if (before > combinedCap) {
    let excess = before - combinedCap;
    const fromAnalysis = Math.min(excess, analysisSubsidy);
    analysisSubsidy -= fromAnalysis;
    excess -= fromAnalysis;
    for (const l of [...lines].reverse()) {
      if (!excess) break;
      const cut = Math.min(excess, l.subsidy);
      l.subsidy -= cut;
      excess -= cut;
      if (cut) l.why = { ja: `${l.why.ja}(1)+(2)の上限により${fmtYen(cut)}円減額。`, en: `${l.why.en} Reduced by ${fmtYen(cut)} yen under the (1)+(2) cap.` };
    }
    warnings.push(W('capped', `(1)基盤導入経費と(2)消費動向等分析経費の補助額の合計は${fmtYen(combinedCap)}円が上限です（${fmtYen(before)}円 → ${fmtYen(combinedCap)}円）`, `(1)+(2) together are capped at ${fmtYen(combinedCap)} yen (${fmtYen(before)} → ${fmtYen(combinedCap)})`, { line: 'analysis', sources: [g.combinedCap.source] }));
    whyAJa.push(`(1)+(2)の上限 ${fmtYen(combinedCap)}円により ${fmtYen(fromAnalysis)}円減額`);
    whyAEn.push(`reduced by ${fmtYen(fromAnalysis)} yen under the (1)+(2) cap of ${fmtYen(combinedCap)} yen`);
  }
  lines.push({
    category: 'analysis',
    name: { ja: '消費動向等分析経費', en: 'Consumer-trend analysis costs' },
    cost: analysisCost,
    eligibleCost: analysisCost,
    rate: an.rate,
    segments: [],
    cap: analysisCap,
    capInclusive: true,
    floor: null,
    subsidy: analysisSubsidy,
    source: an.source,
    sources: [an.source, g.combinedCap.source],
    confidence: an.confidence === 'unconfirmed' ? 'unconfirmed' : 'confirmed',
    why: { ja: whyAJa.join('。') + '。', en: whyAEn.join('; ') + '.' },
  });

  // (3) 事務費・専門家費: rate, capped by the lower of the fixed cap and the formula.
  const ad = g.admin;
  if (ad.confidence === 'unconfirmed') unconfirmed.add(ad.source);
  const adminCost = gi.admin ?? 0;
  totalCost += adminCost;
  let adminCapExact = yen(ad.capFixed);
  const whyCJa = [`補助対象経費 ${fmtYen(adminCost)}円 × ${ad.rate}`];
  const whyCEn = [`eligible cost ${fmtYen(adminCost)} × ${ad.rate}`];
  if (ad.capFormula) {
    const f = ad.capFormula;
    if (f.confidence === 'unconfirmed') unconfirmed.add(f.source);
    const baseAmount = f.base === 'subsidy' ? yen(lines.filter((l) => l.category !== 'admin').reduce((s, l) => s + l.subsidy, 0)) : add(baseEligible, yen(analysisCost));
    const formula = mul(mul(baseAmount, parseFraction(f.multiplier)), parseFraction(f.rate));
    adminCapExact = min(adminCapExact, formula);
    const label = f.base === 'subsidy' ? ['(1)+(2)の補助額', 'the (1)+(2) subsidy'] : ['(1)+(2)の補助対象経費', 'the (1)+(2) eligible cost'];
    whyCJa.push(`上限は ${fmtYen(ad.capFixed)}円 と ${label[0]} ${fmtExact(baseAmount)}円 × ${f.multiplier} × ${f.rate} = ${fmtExact(formula)}円 の低い方`);
    whyCEn.push(`cap = lower of ${fmtYen(ad.capFixed)} and ${label[1]} ${fmtExact(baseAmount)} × ${f.multiplier} × ${f.rate} = ${fmtExact(formula)}`);
  }
  let adminAmount = mul(yen(adminCost), parseFraction(ad.rate));
  if (cmp(adminAmount, adminCapExact) > 0) {
    adminAmount = adminCapExact;
    warnings.push(W('capped', `事務費・専門家費は上限（${fmtExact(adminCapExact)}円）で頭打ちです`, `事務費・専門家費 capped at ${fmtExact(adminCapExact)} yen`, { line: 'admin', sources: [ad.capFormula?.source ?? ad.source] }));
  }
  const adminSubsidy = groupOk ? floorYen(adminAmount) : 0;
  whyCJa.push(`→ ${fmtYen(adminSubsidy)}円（1円未満切り捨て）`);
  whyCEn.push(`→ ${fmtYen(adminSubsidy)} yen (1円未満切り捨て)`);
  lines.push({
    category: 'admin',
    name: { ja: '事務費・専門家費', en: 'Administration and expert costs' },
    cost: adminCost,
    eligibleCost: adminCost,
    rate: ad.rate,
    segments: [],
    cap: floorYen(adminCapExact),
    capInclusive: true,
    floor: null,
    subsidy: adminSubsidy,
    source: ad.source,
    sources: [ad.source, ...(ad.capFormula ? [ad.capFormula.source] : [])],
    confidence: ad.confidence === 'unconfirmed' || ad.capFormula?.confidence === 'unconfirmed' ? 'unconfirmed' : 'confirmed',
    why: { ja: whyCJa.join('。') + '。', en: whyCEn.join('; ') + '.' },
  });
  if (!groupOk) for (const l of lines) l.subsidy = 0;

  return {
    lines,
    totalCost,
    eligibleExact: add(add(baseEligible, yen(analysisCost)), yen(adminCost)),
    group: {
      members: gi.members,
      minMembers,
      analysisMembers,
      combinedSubsidyBeforeCap: groupOk ? before : 0,
      combinedCap,
      memberResults,
      source: g.minMembers.source,
    },
  };
};
