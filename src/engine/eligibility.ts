/**
 * Eligibility: for a business and a round, whether it may apply for each 類型, as a conjunction
 * of named criteria (one per requirement in the rule file), each `pass | fail | unknown` with
 * what it observed, what the rule expects and its source. Unknown criteria come with the
 * questions that settle them. Pure: rules + facts + asOf in, plain objects out.
 *
 * `eligible`: `no` if a mandatory, confirmed criterion fails; else `unknown` if a mandatory
 * criterion is unknown or an unconfirmed one fails (an UNCONFIRMED rule never by itself makes
 * `no`; rules/README.md); else `yes`. Bonus (加点) criteria are reported and never decide.
 */
import type { Round } from '../rules/registry.ts';
import type { ApplicantSize, LineRule, PublicSource, Requirement, RequirementCode, Text, TypeId, TypeRule } from '../rules/schema.ts';
import { classify, type Business, type Classification } from './eligibility-classify.ts';
import { question, questionOrder, type Question } from './eligibility-questions.ts';
import { nextDeadline, roundDeadlines, type DeadlineView } from './deadlines.ts';
import { roundStatus, roundStatusText, type RoundState } from './round-status.ts';
import { productivityOf, type Productivity } from './productivity.ts';
import type { AsOf } from './time.ts';

export { classify } from './eligibility-classify.ts';
export type { Business, Classification } from './eligibility-classify.ts';

export interface PriorGrant {
  /** Round id (r3…r7) of the earlier grant (or, for the current round, a pending application). */
  round: string;
  type: TypeId;
  /** 交付決定日 (YYYY-MM-DD); needed by the 12-month rules. */
  decidedOn?: string | undefined;
}

/** What the applicant has done; any field may be absent (= unknown). */
export interface Status {
  gbizIdPrime?: boolean | undefined;
  securityAction?: 'none' | 'one-star' | 'two-star' | undefined;
  miradejiCheck?: boolean | undefined;
  contractedBeforeDecision?: boolean | undefined;
  minimumWageCompliant?: boolean | undefined;
  priorGrants?: PriorGrant[] | undefined;
  wageRaisePlan?: boolean | undefined;
  /** The subsidy the applicant means to request (yen): decides whether 賃上げ is required. */
  plannedSubsidy?: number | undefined;
  /** グループ構成員 (代表事業者を含む). */
  groupMembers?: number | undefined;
  itProviderInGroup?: boolean | undefined;
  /** 電子取引類型: the applicant is the orderer and at least one supplier given an account is an SME. */
  smeCounterparties?: boolean | undefined;
  /** 電子取引類型 (ツ): those SME 取引先 are registered 適格請求書発行事業者. */
  counterpartiesInvoiceIssuers?: boolean | undefined;
  /** 複数社連携: the applicant's role in the group (代表事業者 = lead, 参画事業者 = participant). */
  groupRole?: 'lead' | 'participant' | undefined;
  /**
   * The 事務局 confirmed that this type may be applied for beside the other type pending in the
   * same round, where the 公募要領 names the pair neither as allowed nor as forbidden.
   */
  concurrentConfirmed?: boolean | undefined;
}

export interface EligibilityInput {
  /** Types to answer for; default every type of the round. Each must be a type of the round. */
  types?: TypeId[] | undefined;
  business?: Business | undefined;
  status?: Status | undefined;
}

export type CriterionResult = 'pass' | 'fail' | 'unknown';
export type Eligible = 'yes' | 'no' | 'unknown';

export interface Criterion {
  code: RequirementCode;
  kind: 'mandatory' | 'bonus';
  result: CriterionResult;
  /** The input facts the criterion read, by request path (null = not given). */
  observed: Record<string, unknown>;
  /** The rule, as the rule file states it. */
  expected: Text;
  message: Text;
  source: PublicSource;
  confidence?: 'unconfirmed';
  note?: Text;
  /** The sources' own sentences, where a rule's outcome rests on their silence (e.g. a pair of types neither text names). */
  quotes?: Quote[];
}

export interface Quote {
  /** The sentence verbatim (ja) and its translation (en). */
  text: Text;
  source: Requirement['source'];
  confidence?: 'unconfirmed';
}

export interface MissingFact extends Question {
  /** Criteria the answer would settle. */
  codes: RequirementCode[];
  /** True when the answer can turn the type to `no` (a mandatory, confirmed criterion of a type not already `no`). */
  decisive: boolean;
}

export interface Combinable {
  /** Other types of the round the rules allow in the same period, and this business is not ruled out of. */
  types: TypeId[];
  /** Allowed by the rules, but this business is not eligible for them. */
  ruledOut: TypeId[];
  source: PublicSource;
  confidence?: 'unconfirmed';
  note?: Text;
}

export interface TypeEligibility {
  type: TypeId;
  name: Text;
  frame: Text;
  eligible: Eligible;
  criteria: Criterion[];
  missing: MissingFact[];
  /** null when the round's rules say nothing about combining this type. */
  combinable: Combinable | null;
  deadline: DeadlineView | null;
  warnings: ('unconfirmed_rule' | 'no_upcoming_deadline' | 'planned_subsidy_below_floor')[];
  /** The type's 補助下限 (lowest subsidy of its first line with a floor), when the rules give one. */
  floor: { yen: number; source: NonNullable<LineRule['floor']>['source']; confidence?: 'unconfirmed' } | null;
  /** 労働生産性 targets of the 事業計画 (a commitment, not a criterion: never changes `eligible`); null when the rules set none. */
  productivity: Productivity | null;
}

export interface EligibilityResult {
  round: string;
  rulesVersion: string;
  asOf: string;
  /** The round's status on asOf (round-status.ts). */
  roundStatus: RoundState;
  classification: Classification;
  types: TypeEligibility[];
  /** Every type's questions, most decisive first, with the types each one concerns. */
  missing: (MissingFact & { types: TypeId[] })[];
}

// ---------------------------------------------------------------------------------------------
// Criteria
// ---------------------------------------------------------------------------------------------

interface Ctx {
  round: Round;
  type: TypeRule;
  req: Requirement;
  business: Business;
  status: Status;
  cls: Classification;
  asOf: AsOf;
}

interface Outcome {
  result: CriterionResult;
  reads: string[];
  message: Text;
  /** Paths to ask when unknown, in the order they matter for this criterion. */
  ask?: string[];
  /** The outcome rests on an unconfirmed table row (e.g. r7 applicant tables). */
  unconfirmed?: boolean;
  quotes?: Quote[];
}

const T = (ja: string, en: string): Text => ({ ja, en });
const yen = (n: number) => n.toLocaleString('en-US');

/** The fact paths (a handful per round), split once per isolate: the root object and the keys under it. */
const splitPaths = new Map<string, { root: string; keys: string[] }>();
const readPath = (ctx: Ctx, path: string): unknown => {
  let split = splitPaths.get(path);
  if (!split) {
    const [root = '', ...keys] = path.split('.');
    split = { root, keys };
    splitPaths.set(path, split);
  }
  let value: unknown = split.root === 'business' ? ctx.business : split.root === 'status' ? ctx.status : undefined;
  for (const key of split.keys) value = value === null || typeof value !== 'object' ? undefined : (value as Record<string, unknown>)[key];
  return value === undefined ? null : value;
};

/** A yes/no fact that must equal `want`. */
const flag =
  (path: string, want: boolean, pass: Text, fail: Text, unknown: Text) =>
  (ctx: Ctx): Outcome => {
    const v = readPath(ctx, path);
    if (v === null) return { result: 'unknown', reads: [path], message: unknown, ask: [path] };
    return v === want ? { result: 'pass', reads: [path], message: pass } : { result: 'fail', reads: [path], message: fail };
  };

const SIZE_PATHS = ['business.form', 'business.industry', 'business.capital', 'business.employees'];

/** 中小企業等の定義: the row of the round's table decides (classification). */
const smeStatus = (ctx: Ctx): Outcome => {
  const { cls } = ctx;
  const row = cls.basis.label ? `${cls.basis.label.ja}` : '';
  const rowEn = cls.basis.label ? `${cls.basis.label.en}` : '';
  const unconfirmed = cls.basis.confidence === 'unconfirmed';
  if (cls.sme === true) {
    const by = cls.basis.rule === 'capital' ? ['資本金', 'capital'] : ['従業員数', 'employees'];
    return {
      result: 'pass',
      reads: SIZE_PATHS,
      unconfirmed,
      message: T(`中小企業者等に該当します（${row ? `${row}、` : ''}${by[0]}が上限以下）`, `An SME (${rowEn ? `${rowEn}: ` : ''}${by[1]} within the limit)`),
    };
  }
  if (cls.sme === false) {
    if (cls.basis.rule === 'no-row')
      return {
        result: 'fail',
        reads: SIZE_PATHS,
        unconfirmed,
        message: T('この組織形態は中小企業者等の表にありません', 'This form of business is not in the SME tables'),
      };
    return {
      result: 'fail',
      reads: SIZE_PATHS,
      unconfirmed,
      message: T(`中小企業者等に該当しません（${row}の上限を超えています）`, `Not an SME (above the limits of ${rowEn})`),
    };
  }
  return {
    result: 'unknown',
    reads: SIZE_PATHS,
    unconfirmed,
    ask: cls.missing.sme,
    message: T('中小企業者等に該当するか、まだ判断できません', 'Whether the business is an SME is not settled yet'),
  };
};

const deemedLarge = (ctx: Ctx): Outcome => {
  const { cls } = ctx;
  const reads = ['business.deemedLarge', 'business.deemedLargeFacts'];
  if (cls.deemedLarge === false) return { result: 'pass', reads, message: T('みなし大企業に該当しません', 'Not deemed a large company') };
  if (cls.deemedLarge === true) {
    const why = cls.deemedLargeBasis.text;
    // A row the rule file leaves unconfirmed (e.g. 課税所得 15億円超 in r3/r4) cannot by itself make `no`.
    const unconfirmed = cls.deemedLargeBasis.confidence === 'unconfirmed';
    return {
      result: 'fail',
      reads,
      unconfirmed,
      message: why ? T(`みなし大企業に該当します（${why.ja}）`, `Deemed a large company (${why.en})`) : T('みなし大企業に該当します', 'Deemed a large company'),
    };
  }
  return {
    result: 'unknown',
    reads,
    ask: cls.missing.deemedLarge,
    message: T('みなし大企業に該当するか、まだ分かりません', 'Whether the business is deemed large is not known yet'),
  };
};

const securityAction = (ctx: Ctx): Outcome => {
  const levels = ctx.req.params?.levels ?? ['one-star', 'two-star'];
  const v = ctx.status.securityAction;
  const reads = ['status.securityAction'];
  if (v === undefined)
    return { result: 'unknown', reads, ask: reads, message: T('SECURITY ACTIONの宣言状況が分かりません', 'The SECURITY ACTION declaration is not known') };
  return levels.includes(v as never)
    ? { result: 'pass', reads, message: T('SECURITY ACTIONを宣言済みです', 'SECURITY ACTION is declared') }
    : {
        result: 'fail',
        reads,
        message: T('SECURITY ACTIONの「★一つ星」又は「★★二つ星」の宣言が必要です', 'A SECURITY ACTION one-star or two-star declaration is required'),
      };
};

const grantsOf = (ctx: Ctx) => ctx.status.priorGrants;
const GRANTS = 'status.priorGrants';
const unknownGrants = (): Outcome => ({
  result: 'unknown',
  reads: [GRANTS],
  ask: [GRANTS],
  message: T('過去の交付決定（申請）の有無が分かりません', 'Earlier grants (or applications) are not known'),
});

/** 同一の類型に複数申請不可: an entry of the current round with the same type. */
const duplicateType = (ctx: Ctx): Outcome => {
  const grants = grantsOf(ctx);
  if (grants === undefined) return unknownGrants();
  const dup = grants.some((g) => g.round === ctx.round.id && g.type === ctx.type.id);
  return dup
    ? {
        result: 'fail',
        reads: [GRANTS],
        message: T(
          'この回でこの類型に既に申請・交付決定があります（1類型1申請）',
          'The business already applied for (or was granted) this type in this round: one application per type',
        ),
      }
    : { result: 'pass', reads: [GRANTS], message: T('この回のこの類型への申請はまだありません', 'No earlier application for this type in this round') };
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The same day `months` later (clamped to the month's end): the last blocked day of a 12か月以内 rule. */
export const addMonths = (isoDate: string, months: number): string => {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const total = m - 1 + months;
  const yy = y + Math.floor(total / 12);
  const mm = total % 12;
  const last = new Date(Date.UTC(yy, mm + 1, 0)).getUTCDate();
  return `${yy}-${pad(mm + 1)}-${pad(Math.min(d, last))}`;
};

export const dayAfter = (isoDate: string): string => {
  const t = new Date(`${isoDate}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};

/**
 * 交付決定日から12か月以内の申請不可: grants listed in `blockedBy` block the type until the same
 * day 12 months after the decision (初日不算入, 民法第140条), so applying is possible from the next day.
 */
const repeatWithin = (ctx: Ctx): Outcome => {
  const grants = grantsOf(ctx);
  if (grants === undefined) return unknownGrants();
  const months = ctx.req.params?.months ?? 12;
  const blockedBy = ctx.req.params?.blockedBy ?? [];
  const matching = grants.filter((g) => blockedBy.some((b) => b.round === g.round && b.types.includes(g.type)));
  if (matching.length === 0)
    return { result: 'pass', reads: [GRANTS], message: T('制限の対象となる過去の交付決定はありません', 'No earlier grant that this rule restricts') };
  // Ask only for the decision dates that are missing, not the whole list again.
  const undated = grants.flatMap((g, i) => (matching.includes(g) && g.decidedOn === undefined ? [`${GRANTS}.${i}.decidedOn`] : []));
  if (undated.length)
    return {
      result: 'unknown',
      reads: [GRANTS],
      ask: undated,
      message: T('対象となる過去の交付決定の交付決定日が必要です', 'The decision date (decidedOn) of the earlier grant is needed'),
    };
  const freeFrom = matching
    .map((g) => dayAfter(addMonths(g.decidedOn!, months)))
    .sort()
    .at(-1)!;
  if (ctx.asOf.date < freeFrom)
    return {
      result: 'fail',
      reads: [GRANTS],
      message: T(
        `交付決定日から${months}か月以内のため申請できません（${freeFrom}から申請可能）`,
        `Within ${months} months of an earlier grant decision: may apply from ${freeFrom}`,
      ),
    };
  return {
    result: 'pass',
    reads: [GRANTS],
    message: T(`過去の交付決定から${months}か月を経過しています`, `More than ${months} months since the earlier grant decision`),
  };
};

/** お助け隊サービス: granted in the listed rounds (any 枠) or applied for in this round → not again. */
const securityServiceRepeat = (ctx: Ctx): Outcome => {
  const grants = grantsOf(ctx);
  if (grants === undefined) return unknownGrants();
  const rounds = [...(ctx.req.params?.rounds ?? []), ctx.round.id];
  const hit = grants.some((g) => g.type === 'security' && rounds.includes(g.round));
  return hit
    ? {
        result: 'fail',
        reads: [GRANTS],
        message: T('お助け隊サービスで既に交付決定（又はこの回で申請）があります', 'An お助け隊 service was already granted (or applied for in this round)'),
      }
    : { result: 'pass', reads: [GRANTS], message: T('お助け隊サービスでの過去の交付決定はありません', 'No earlier お助け隊 service grant') };
};

const isExemptBySize = (cls: Classification, sizes: readonly ApplicantSize[] | undefined): boolean | null => {
  if (!sizes?.length) return false;
  if (sizes.includes('small') && cls.small === true) return true;
  if (cls.size !== null) return sizes.includes(cls.size);
  return sizes.includes('small') && cls.small === false ? false : null;
};

/**
 * 賃上げ目標: required from `fromSubsidy` (150万円以上), unless exempt (r6 (ト): 小規模事業者, 医療・介護・
 * 社会福祉・学校). Below the amount it is a 加点 only.
 */
const wageRaisePlan = (ctx: Ctx): Outcome => {
  const p = ctx.req.params ?? {};
  const { business: b, status: s, cls } = ctx;
  const reads = ['status.plannedSubsidy', 'status.wageRaisePlan', ...(p.exemptSectors ? ['business.sector'] : [])];
  const exempt = (ja: string, en: string): Outcome => ({
    result: 'pass',
    reads,
    message: T(`賃上げ計画の要件は適用されません（${ja}）`, `The wage-raise requirement does not apply (${en})`),
    unconfirmed: ja === '小規模事業者' && cls.smallBasis.confidence === 'unconfirmed',
  });
  if (b.form && p.exemptForms?.includes(b.form)) return exempt(b.form === 'school-corporation' ? '学校法人' : '社会福祉法人', b.form);
  const bySize = isExemptBySize(cls, p.exemptSizes);
  if (bySize === true) return exempt('小規模事業者', 'small business');
  if (b.sector && b.sector !== 'none' && p.exemptSectors?.includes(b.sector)) return exempt('適用外の事業', `exempt activity: ${b.sector}`);
  if (p.fromSubsidy !== undefined && s.plannedSubsidy !== undefined && s.plannedSubsidy < p.fromSubsidy)
    return {
      result: 'pass',
      reads,
      message: T(`申請額が${yen(p.fromSubsidy)}円未満のため必須ではありません（加点項目）`, `Not required below ${yen(p.fromSubsidy)} yen (bonus points only)`),
    };
  if (s.wageRaisePlan === true)
    return { result: 'pass', reads, message: T('賃上げ計画を策定し従業員に表明済みです', 'The wage-raise plan is drawn up and announced') };
  const ask: string[] = [];
  if (p.fromSubsidy !== undefined && s.plannedSubsidy === undefined) ask.push('status.plannedSubsidy');
  if (s.wageRaisePlan === undefined) ask.push('status.wageRaisePlan');
  if (bySize === null) ask.push(...cls.missing.small);
  if (p.exemptSectors?.length && b.sector === undefined) ask.push('business.sector');
  if (ask.length === 0) {
    const from = p.fromSubsidy !== undefined ? T(`${yen(p.fromSubsidy)}円以上の申請には`, `From ${yen(p.fromSubsidy)} yen, `) : T('', '');
    return {
      result: 'fail',
      reads,
      message: T(`${from.ja}賃上げ計画の策定・表明が必要です`, `${from.en}a wage-raise plan announced to employees is required`),
    };
  }
  return {
    result: 'unknown',
    reads,
    ask,
    message: T('賃上げ計画の要件が適用されるか、満たすかがまだ分かりません', 'Whether the wage-raise requirement applies and is met is not known yet'),
  };
};

/** r7: earlier recipients (listed rounds) must commit to the wage plan; 小規模事業者 are exempt. */
const priorRecipientWage = (ctx: Ctx): Outcome => {
  const grants = grantsOf(ctx);
  const p = ctx.req.params ?? {};
  const reads = [GRANTS, 'status.wageRaisePlan'];
  if (grants === undefined) return { ...unknownGrants(), reads };
  const earlier = grants.filter((g) => (p.rounds ?? []).includes(g.round));
  if (earlier.length === 0) return { result: 'pass', reads, message: T('過去の交付決定がないため適用されません', 'Does not apply: no earlier grant') };
  const bySize = isExemptBySize(ctx.cls, p.exemptSizes);
  if (bySize === true) return { result: 'pass', reads, message: T('小規模事業者のため適用されません', 'Does not apply to small businesses') };
  if (ctx.status.wageRaisePlan === true)
    return { result: 'pass', reads, message: T('賃金引上げ計画を策定し表明済みです', 'The wage-raise plan is drawn up and announced') };
  const ask = [...(ctx.status.wageRaisePlan === undefined ? ['status.wageRaisePlan'] : []), ...(bySize === null ? ctx.cls.missing.small : [])];
  if (ask.length === 0)
    return {
      result: 'fail',
      reads,
      message: T('過去の交付決定事業者は賃金引上げ計画の策定・表明が必要です', 'Earlier recipients must draw up and announce a wage-raise plan'),
    };
  return {
    result: 'unknown',
    reads,
    ask,
    message: T('過去の交付決定事業者の賃上げ要件を満たすか、まだ分かりません', 'Whether the earlier-recipient wage requirement is met is not known yet'),
  };
};

const groupSize = (ctx: Ctx): Outcome => {
  const min = ctx.req.params?.minMembers ?? 10;
  const n = ctx.status.groupMembers;
  const reads = ['status.groupMembers'];
  if (n === undefined)
    return { result: 'unknown', reads, ask: reads, message: T('グループ構成員の数が分かりません', 'The number of group members is not known') };
  return n >= min
    ? { result: 'pass', reads, message: T(`グループ構成員は${n}者（${min}者以上）`, `${n} group members (at least ${min})`) }
    : { result: 'fail', reads, message: T(`グループ構成員は${n}者で、${min}者以上が必要です`, `${n} group members; at least ${min} are required`) };
};

/** 日本国内で事業を営む者; some types also exclude forms (複数社連携 代表事業者: 「日本国内で事業を営む法人」). */
const operatesInJapan = (ctx: Ctx): Outcome => {
  const excluded = ctx.req.params?.excludedForms ?? [];
  if (ctx.business.form && excluded.includes(ctx.business.form))
    return {
      result: 'fail',
      reads: ['business.form', 'business.operatesInJapan'],
      message: T('この類型の申請者は法人に限られます', 'Only a corporation may apply for this type'),
    };
  const out = flag(
    'business.operatesInJapan',
    true,
    T('日本国内で事業を営んでいます', 'Operates in Japan'),
    T('日本国内で事業を営む者に限られます', 'Only businesses operating in Japan may apply'),
    T('日本国内で事業を営んでいるか分かりません', 'Whether the business operates in Japan is not known'),
  )(ctx);
  if (excluded.length && ctx.business.form === undefined && out.result !== 'fail')
    return {
      result: 'unknown',
      reads: ['business.form', ...out.reads],
      ask: ['business.form', ...(out.ask ?? [])],
      message: T('申請者が法人かどうか分かりません', 'Whether the applicant is a corporation is not known'),
    };
  return out;
};

/**
 * 重複申請 (same round, same period): every other type the applicant has pending or granted in this
 * round is checked against both types' own texts. Forbidden by either → fail; allowed by either
 * (and forbidden by neither) → pass; named by neither → unknown, with both sentences quoted and
 * the question whether the 事務局 confirmed the pair.
 */
const concurrentApplication = (ctx: Ctx): Outcome => {
  const grants = grantsOf(ctx);
  if (grants === undefined) return unknownGrants();
  const reads = [GRANTS];
  const others = [...new Set(grants.filter((g) => g.round === ctx.round.id && g.type !== ctx.type.id).map((g) => g.type))];
  if (others.length === 0)
    return {
      result: 'pass',
      reads,
      message: T('この回で申請中（交付決定済み）の他の類型はありません', 'No other type applied for (or granted) in this round'),
    };
  const ruleOf = (id: TypeId) => ctx.round.rules.types.find((t) => t.id === id)?.requirements.find((r) => r.code === 'concurrent_application');
  const mine = ctx.req.params ?? {};
  const name = (id: TypeId) => ctx.round.rules.types.find((t) => t.id === id)?.name ?? T(id, id);
  const verdicts = others.map((other) => {
    const theirs = ruleOf(other)?.params ?? {};
    if (mine.forbiddenWith?.includes(other) || theirs.forbiddenWith?.includes(ctx.type.id)) return { other, v: 'forbidden' as const };
    if (mine.allowedWith?.includes(other) || theirs.allowedWith?.includes(ctx.type.id)) return { other, v: 'allowed' as const };
    return { other, v: 'silent' as const };
  });
  const forbidden = verdicts.filter((x) => x.v === 'forbidden').map((x) => name(x.other));
  if (forbidden.length)
    return {
      result: 'fail',
      reads,
      message: T(
        `同期間中に申請中（交付決定済み）の${forbidden.map((n) => n.ja).join('・')}との重複申請はできません`,
        `May not be applied for beside ${forbidden.map((n) => n.en).join(', ')}, pending or granted in the same period`,
      ),
    };
  const silent = verdicts.filter((x) => x.v === 'silent');
  if (silent.length === 0)
    return {
      result: 'pass',
      reads,
      message: T(
        '申請中（交付決定済み）の他の類型との重複申請は認められています',
        'The other types pending or granted in this round may be combined with this one',
      ),
    };
  const confirmed = ctx.status.concurrentConfirmed;
  const quoteOf = (req: Requirement | undefined): Quote[] =>
    req?.quote ? [{ text: req.quote, source: req.source, ...(req.confidence ? { confidence: req.confidence } : {}) }] : [];
  const quotes = [...quoteOf(ctx.req), ...silent.flatMap((x) => quoteOf(ruleOf(x.other)))].filter(
    (q, i, all) => all.findIndex((o) => o.text.ja === q.text.ja && o.source === q.source) === i,
  );
  const names = silent.map((x) => name(x.other));
  const allReads = [...reads, 'status.concurrentConfirmed'];
  if (confirmed === true)
    return {
      result: 'pass',
      reads: allReads,
      quotes,
      message: T(
        `${names.map((n) => n.ja).join('・')}との重複申請は、公募要領に定めがなく、事務局に確認済みです`,
        `The 公募要領 is silent on combining with ${names.map((n) => n.en).join(', ')}; the 事務局 confirmed it`,
      ),
    };
  if (confirmed === false)
    return {
      result: 'fail',
      reads: allReads,
      quotes,
      message: T(
        `${names.map((n) => n.ja).join('・')}との重複申請は事務局に認められていません`,
        `The 事務局 did not allow combining with ${names.map((n) => n.en).join(', ')}`,
      ),
    };
  return {
    result: 'unknown',
    reads: allReads,
    quotes,
    ask: ['status.concurrentConfirmed'],
    message: T(
      `申請中の${names.map((n) => n.ja).join('・')}との重複申請は、どちらの公募要領も可とも不可とも定めていません`,
      `Neither type's 公募要領 says whether it may be combined with ${names.map((n) => n.en).join(', ')}, pending in the same period`,
    ),
  };
};

/** A 締切 of the type marked final (the published end of the type's schedule). */
const finalDeadline = (round: Round, type: TypeId) => round.rules.schedule.some((e) => e.types.includes(type) && e.deadlines.some((d) => d.final === true));

/**
 * 交付申請期間, by the round's status (round-status.ts) and then the type's own 締切:
 * - round `closed` (its last known 締切 passed and its end is published) → fail;
 * - round `upcoming` → pass (applications open at 受付開始);
 * - a 締切 of the type still ahead → pass;
 * - the type's 締切 marked final has passed → fail;
 * - the type's known 締切 all passed, no end published → unknown (the schedule is awaited; nothing to ask);
 * - no 締切 of the type in the rules (a recorded gap): pass, unconfirmed, while the round is `open`;
 *   unknown when it is `awaiting-schedule`.
 */
const acceptingApplications = (ctx: Ctx): Outcome => {
  const { round, type, asOf } = ctx;
  const reads: string[] = [];
  const state = roundStatus(round, asOf);
  const day = (iso: string) => iso.slice(0, 10);
  if (state.status === 'closed') return { result: 'fail', reads, message: roundStatusText(state) };
  if (state.status === 'upcoming') return { result: 'pass', reads, message: roundStatusText(state) };
  const next = nextDeadline(round, type.id, asOf);
  if (next)
    return { result: 'pass', reads, message: T(`受付中です（次の締切 ${day(next.closesAt)}）`, `Applications are accepted (next 締切 ${day(next.closesAt)})`) };
  const last = roundDeadlines(round, asOf, type.id).at(-1);
  if (last && finalDeadline(round, type.id))
    return {
      result: 'fail',
      reads,
      message: T(
        `この類型の最終締切（${day(last.closesAt)}）を過ぎ、受付は終了しています`,
        `The final 締切 of this type (${day(last.closesAt)}) has passed: applications are closed`,
      ),
    };
  if (last)
    return {
      result: 'unknown',
      reads,
      message: T(
        `判明している最後の締切（${day(last.closesAt)}）を過ぎ、次の締切はまだ公表されていません`,
        `The last known 締切 (${day(last.closesAt)}) has passed and no further 締切 is published yet`,
      ),
    };
  if (state.status === 'open')
    return {
      result: 'pass',
      reads,
      unconfirmed: true,
      message: T(
        'この回は受付中ですが、この類型の締切はルールに記載がありません（未確認）',
        'The round is taking applications, but this type’s 締切 are not in the rules (unconfirmed)',
      ),
    };
  return { result: 'unknown', reads, message: roundStatusText(state) };
};

/** 複数社連携 代表事業者 (イ): 「日本国内で法人登記…され日本国内で事業を営む法人であること」. */
const leadIsCorporation = (ctx: Ctx): Outcome => {
  const reads = ['business.form'];
  const form = ctx.business.form;
  if (form === undefined)
    return { result: 'unknown', reads, ask: reads, message: T('申請者が法人かどうか分かりません', 'Whether the applicant is a corporation is not known') };
  return form === 'sole-proprietor'
    ? {
        result: 'fail',
        reads,
        message: T(
          '代表事業者は法人に限られます（個人事業主は参画事業者としてのみ参加できます）',
          'The 代表事業者 must be a corporation; a sole proprietor may take part only as a 参画事業者',
        ),
      }
    : { result: 'pass', reads, message: T('法人です', 'A corporation') };
};

/**
 * 中小企業等 with, for a 複数社連携 代表事業者, the bodies of (ア) (ii)–(iv) that lead without the size
 * test (商工会, 商工会議所; 商店街等を構成する団体 when it makes up a 商店街等).
 */
const smeOrLeadBody = (ctx: Ctx): Outcome => {
  const base = smeStatus(ctx);
  const bodies = ctx.req.params?.leadBodies;
  const form = ctx.business.form;
  const body = form ? bodies?.find((b) => b.forms.includes(form)) : undefined;
  if (!body || base.result === 'pass') return base;
  const reads = [...base.reads, ...(body.fact ? [`business.${body.fact}`] : [])];
  const factValue = body.fact ? ctx.business[body.fact] : true;
  const asLead: Outcome =
    factValue === true
      ? {
          result: 'pass',
          reads,
          message: T(`代表事業者として規模の要件なく申請できます（${body.text.ja}）`, `May lead the group without the size test (${body.text.en})`),
        }
      : factValue === undefined
        ? {
            result: 'unknown',
            reads,
            ask: [`business.${body.fact!}`],
            message: T(`${body.text.ja}に該当するか分かりません`, `Whether the body is ${body.text.en} is not known`),
          }
        : { ...base, reads };
  return asLead;
};

const EVALUATORS: Record<RequirementCode, (ctx: Ctx) => Outcome> = {
  sme_status: (ctx) => (ctx.req.params?.leadBodies ? byRole(ctx, smeOrLeadBody(ctx), smeStatus(ctx)) : smeStatus(ctx)),
  deemed_large: deemedLarge,
  operates_in_japan: operatesInJapan,
  gbizid_prime: flag(
    'status.gbizIdPrime',
    true,
    T('gBizIDプライムを取得済みです', 'Holds gBizID Prime'),
    T('gBizIDプライムの取得が必要です（2週間程度かかります）', 'A gBizID Prime account is required (about two weeks to obtain)'),
    T('gBizIDプライムの取得状況が分かりません', 'Whether the business holds gBizID Prime is not known'),
  ),
  security_action: securityAction,
  contract_before_decision: flag(
    'status.contractedBeforeDecision',
    false,
    T('交付決定前の発注・契約・支払いはありません', 'No order, contract or payment before the grant decision'),
    T('交付決定前に発注・契約・支払いをした経費は補助を受けられません', 'Costs ordered, contracted or paid before the grant decision cannot be subsidised'),
    T('交付決定前に発注・契約・支払いをしたか分かりません', 'Whether anything was ordered or paid before the decision is not known'),
  ),
  duplicate_type: duplicateType,
  miradeji_check: flag(
    'status.miradejiCheck',
    true,
    T('みらデジ経営チェックを実施済みです', 'The みらデジ check is done'),
    T('みらデジ経営チェックの実施が必要です', 'The みらデジ management check is required'),
    T('みらデジ経営チェックの実施状況が分かりません', 'Whether the みらデジ check was done is not known'),
  ),
  wage_raise_plan: wageRaisePlan,
  minimum_wage: flag(
    'status.minimumWageCompliant',
    true,
    T('事業場内最低賃金は地域別最低賃金以上です', 'The lowest wage is at least the regional minimum'),
    T('事業場内最低賃金が地域別最低賃金以上である必要があります', 'The lowest wage paid must be at least the regional minimum wage'),
    T('最低賃金を満たしているか分かりません', 'Minimum-wage compliance is not known'),
  ),
  repeat_within_12_months: repeatWithin,
  group_size: groupSize,
  it_provider_in_group: flag(
    'status.itProviderInGroup',
    false,
    T('IT提供事業者はグループに含まれていません', 'No IT provider is a group member'),
    T('IT提供事業者はグループ構成員になれません', 'An IT provider may not be a group member'),
    T('IT提供事業者がグループに含まれるか分かりません', 'Whether an IT provider is in the group is not known'),
  ),
  prior_recipient_wage_commitment: priorRecipientWage,
  security_service_repeat: securityServiceRepeat,
  concurrent_application: concurrentApplication,
  accepting_applications: acceptingApplications,
  lead_is_corporation: leadIsCorporation,
  excluded_business: flag(
    'business.excludedCategory',
    false,
    T('申請の対象外となる事業者に該当しません', 'Not among the businesses excluded from applying'),
    T(
      '申請の対象外となる事業者（風俗営業・送検処分・反社会的勢力・宗教法人・法人格のない任意団体 等）は申請できません',
      'Excluded businesses (風俗営業, 送検処分 within a year, anti-social forces, religious corporations, unincorporated associations, …) may not apply',
    ),
    T('申請の対象外となる事業者に該当するか分かりません', 'Whether the business is among those excluded from applying is not known'),
  ),
  it_support_provider: flag(
    'business.itSupportProvider',
    false,
    T('IT導入支援事業者（構成員を含む）に登録していません', 'Not registered as an IT導入支援事業者'),
    T(
      'この回のIT導入支援事業者（構成員を含む）に登録している（しようとしている）事業者は補助事業者になれません',
      'A business registered (or registering) as an IT導入支援事業者 in this round may not be the grantee',
    ),
    T('申請者自身がIT導入支援事業者に登録しているか分かりません', 'Whether the applicant is itself a registered IT導入支援事業者 is not known'),
  ),
  counterparty_invoice_issuer: flag(
    'status.counterpartiesInvoiceIssuers',
    true,
    T('取引先の中小企業・小規模事業者等は適格請求書発行事業者です', 'The SME 取引先 are registered qualified invoice issuers'),
    T(
      '取引先の中小企業・小規模事業者等が適格請求書発行事業者である必要があります',
      'The SME 取引先 must be registered qualified invoice issuers (適格請求書発行事業者)',
    ),
    T('取引先が適格請求書発行事業者か分かりません', 'Whether the 取引先 are registered qualified invoice issuers is not known'),
  ),
  sme_counterparty: flag(
    'status.smeCounterparties',
    true,
    T('発注者として導入し、受注者に中小企業・小規模事業者等が含まれます', 'The applicant is the orderer and an SME supplier will use the tool'),
    T(
      '受注者に中小企業・小規模事業者等が1社以上含まれる発注者である必要があります',
      'The applicant must be the orderer with at least one SME supplier using the tool',
    ),
    T('受注者に中小企業・小規模事業者等が含まれるか分かりません', 'Whether an SME supplier will use the tool is not known'),
  ),
};

const ROLE = 'status.groupRole';

/**
 * 複数社連携: pick the outcome for the applicant's role. When the role is not given and both roles
 * give the same result, that result stands (the role is asked only where it decides).
 */
const byRole = (ctx: Ctx, lead: Outcome, participant: Outcome): Outcome => {
  const role = ctx.status.groupRole;
  if (role === 'lead') return { ...lead, reads: [ROLE, ...lead.reads] };
  if (role === 'participant') return { ...participant, reads: [ROLE, ...participant.reads] };
  const sameAsk = (lead.ask ?? []).join() === (participant.ask ?? []).join();
  if (lead.result === participant.result && (lead.result !== 'unknown' || sameAsk)) return lead;
  return {
    result: 'unknown',
    reads: [ROLE, ...lead.reads],
    ask: [ROLE, ...new Set([...(lead.ask ?? []), ...(participant.ask ?? [])])],
    message: T('代表事業者か参画事業者かで結論が変わります', 'The answer depends on whether the applicant is the 代表事業者 or a 参画事業者'),
  };
};

/** A requirement that binds only some roles (params.roles) passes for the others. */
const withRoles = (ctx: Ctx, out: Outcome): Outcome => {
  const roles = ctx.req.params?.roles;
  if (!roles) return out;
  const other: Outcome = {
    result: 'pass',
    reads: [],
    message: T(
      `${roles.includes('lead') ? '参画事業者' : '代表事業者'}には適用されません`,
      `Does not apply to a ${roles.includes('lead') ? '参画事業者 (participant)' : '代表事業者 (lead)'}`,
    ),
  };
  const lead = roles.includes('lead') ? out : other;
  const participant = roles.includes('participant') ? out : other;
  return byRole(ctx, lead, participant);
};

const criterion = (ctx: Ctx): { criterion: Criterion; ask: string[] } => {
  const out = withRoles(ctx, EVALUATORS[ctx.req.code](ctx));
  const unconfirmed = ctx.req.confidence === 'unconfirmed' || out.unconfirmed === true;
  const observed: Record<string, unknown> = {};
  for (const p of out.reads) observed[p] = readPath(ctx, p);
  const c: Criterion = {
    code: ctx.req.code,
    kind: ctx.req.kind,
    result: out.result,
    observed,
    expected: ctx.req.text,
    message: out.message,
    source: ctx.req.source,
  };
  if (unconfirmed) c.confidence = 'unconfirmed';
  if (ctx.req.note) c.note = ctx.req.note;
  if (out.quotes?.length) c.quotes = out.quotes;
  return { criterion: c, ask: out.result === 'unknown' ? (out.ask ?? []) : [] };
};

/** no: a mandatory confirmed fail; unknown: a mandatory unknown, or an unconfirmed fail; else yes. */
export const decide = (criteria: readonly Criterion[]): Eligible => {
  const mandatory = criteria.filter((c) => c.kind === 'mandatory');
  if (mandatory.some((c) => c.result === 'fail' && c.confidence !== 'unconfirmed')) return 'no';
  if (mandatory.some((c) => c.result !== 'pass')) return 'unknown';
  return 'yes';
};

/** Questions for the unknown mandatory criteria: decisive ones first, then checklist order. */
const missingFacts = (pairs: { criterion: Criterion; ask: string[] }[], status: Status): MissingFact[] => {
  const byPath = new Map<string, MissingFact>();
  for (const { criterion: c, ask } of pairs) {
    if (c.kind !== 'mandatory' || c.result !== 'unknown') continue;
    const decisive = c.confidence !== 'unconfirmed';
    for (const path of ask) {
      const entry = byPath.get(path) ?? { ...question(path, status), codes: [], decisive: false };
      if (!entry.codes.includes(c.code)) entry.codes.push(c.code);
      entry.decisive ||= decisive;
      byPath.set(path, entry);
    }
  }
  return [...byPath.values()].sort((a, b) => Number(b.decisive) - Number(a.decisive) || questionOrder(a.path) - questionOrder(b.path));
};

const evaluateType = (round: Round, type: TypeRule, business: Business, status: Status, cls: Classification, asOf: AsOf) => {
  const pairs = type.requirements.map((req) => criterion({ round, type, req, business, status, cls, asOf }));
  const criteria = pairs.map((p) => p.criterion);
  const eligible = decide(criteria);
  // A type already `no` stays `no` whatever the answers: its questions decide nothing.
  const missing = missingFacts(pairs, status).map((m) => (eligible === 'no' ? { ...m, decisive: false } : m));
  return { type, criteria, eligible, missing };
};

/** `eligibleOf`: another type's answer, undefined when the round has no such type. */
const combinableFor = (type: TypeRule, eligibleOf: (id: TypeId) => Eligible | undefined): Combinable | null => {
  const rule = type.combinableWith;
  if (!rule) return null;
  const allowed: TypeId[] = [];
  const ruledOut: TypeId[] = [];
  for (const id of rule.value) {
    const e = eligibleOf(id);
    if (e === undefined) continue;
    if (e === 'no') ruledOut.push(id);
    else allowed.push(id);
  }
  return {
    types: allowed,
    ruledOut,
    source: rule.source,
    ...(rule.confidence ? { confidence: rule.confidence } : {}),
    ...(rule.note ? { note: rule.note } : {}),
  };
};

/**
 * 補助下限: the lowest floor of the type's lines (通常枠・セキュリティ 5万円); null when no line has one
 * (インボイス対応類型 ITツール 下限なし) or the type has no lines (複数社連携).
 */
const floorCache = new WeakMap<TypeRule, TypeEligibility['floor']>();
export const floorOf = (type: TypeRule): TypeEligibility['floor'] => {
  if (floorCache.has(type)) return floorCache.get(type)!;
  const floor = floorOfUncached(type);
  floorCache.set(type, floor);
  return floor;
};
const floorOfUncached = (type: TypeRule): TypeEligibility['floor'] => {
  const floors = (type.lines ?? []).flatMap((l) => (l.floor ? [l.floor] : [])).sort((a, b) => a.value - b.value);
  const f = floors[0];
  return f ? { yen: f.value, source: f.source, ...(f.confidence ? { confidence: f.confidence } : {}) } : null;
};

/** Eligibility of a business for the types of a round on `asOf`. Every requested type must be in the round. */
export function checkEligibility(round: Round, input: EligibilityInput, asOf: AsOf): EligibilityResult {
  const business = input.business ?? {};
  const status = input.status ?? {};
  const cls = classify(round.rules.applicants, business);
  // Each type is evaluated once, when asked for or when a type asked for names it as combinable.
  const evaluated = new Map<TypeId, ReturnType<typeof evaluateType>>();
  const evaluation = (id: TypeId) => {
    let e = evaluated.get(id);
    if (!e) {
      const type = round.rules.types.find((t) => t.id === id);
      if (!type) return undefined;
      e = evaluateType(round, type, business, status, cls, asOf);
      evaluated.set(id, e);
    }
    return e;
  };
  const wanted = input.types ?? round.rules.types.map((t) => t.id);
  const types: TypeEligibility[] = wanted.map((id) => {
    const e = evaluation(id);
    if (!e) throw new RangeError(`type ${id} is not in round ${round.id}`);
    const deadline = nextDeadline(round, id, asOf);
    const warnings: TypeEligibility['warnings'] = [];
    if (e.criteria.some((c) => c.confidence === 'unconfirmed')) warnings.push('unconfirmed_rule');
    if (!deadline) warnings.push('no_upcoming_deadline');
    const floor = floorOf(e.type);
    if (floor && status.plannedSubsidy !== undefined && status.plannedSubsidy < floor.yen) warnings.push('planned_subsidy_below_floor');
    const productivity = productivityOf(e.type, status.priorGrants);
    if (productivity?.targets.some((t) => t.applies !== false && t.confidence === 'unconfirmed') && !warnings.includes('unconfirmed_rule'))
      warnings.push('unconfirmed_rule');
    return {
      type: id,
      name: e.type.name,
      frame: e.type.frame,
      eligible: e.eligible,
      criteria: e.criteria,
      missing: e.missing,
      combinable: combinableFor(e.type, (other) => evaluation(other)?.eligible),
      deadline,
      floor,
      productivity,
      warnings,
    };
  });
  return {
    round: round.id,
    rulesVersion: round.rulesVersion,
    asOf: asOf.iso,
    roundStatus: roundStatus(round, asOf),
    classification: cls,
    types,
    missing: mergeMissing(types),
  };
}

const mergeMissing = (types: TypeEligibility[]): EligibilityResult['missing'] => {
  const byPath = new Map<string, MissingFact & { types: TypeId[] }>();
  for (const t of types) {
    for (const m of t.missing) {
      const entry = byPath.get(m.path) ?? { ...m, codes: [], decisive: false, types: [] };
      for (const code of m.codes) if (!entry.codes.includes(code)) entry.codes.push(code);
      entry.decisive ||= m.decisive;
      entry.types.push(t.type);
      byPath.set(m.path, entry);
    }
  }
  return [...byPath.values()].sort((a, b) => Number(b.decisive) - Number(a.decisive) || questionOrder(a.path) - questionOrder(b.path));
};
