/**
 * One line of one applicant (or one 複数社連携 member), as named steps:
 *
 *   eligibleCost → rateSegments → applyCap → roundAndFloor → band, then (across the lines of one
 *   purchase) dependencies.
 *
 * Each step returns its result and the rule entries it used (for `sources` and `confidence`);
 * explain.ts turns the results into words. Money is exact (money.ts) until roundAndFloor.
 */
import type { ApplicantSize, Band, CapChoice, Condition, CostKey, LineRule, RateChoice, Text } from '../../rules/schema.ts';
import { add, cmp, div, floorYen, min, mul, parseFraction, ratio, sub, yen, ZERO, type Ratio } from '../money.ts';
import * as say from './explain.ts';
import type { Costs, EstimateInput, EstimateWarning, LineView, SegmentView } from './types.ts';

/** What the conditions of rates and caps are tested against. */
export interface LineContext {
  size: ApplicantSize;
  nearMinimumWage: boolean;
  functions: number;
  processes: number;
}

/** A rule entry with its citation (anything with `source`). */
export interface Cited {
  source: string;
  confidence?: 'unconfirmed' | undefined;
  note?: string | undefined;
}

export const holds = (when: Condition | undefined, ctx: LineContext): boolean =>
  !when ||
  ((when.size === undefined || when.size.includes(ctx.size)) &&
    (when.nearMinimumWage === undefined || when.nearMinimumWage === ctx.nearMinimumWage) &&
    (when.minFunctions === undefined || ctx.functions >= when.minFunctions) &&
    (when.minProcesses === undefined || ctx.processes >= when.minProcesses));

// ---------------------------------------------------------------------------------------------
// 1. Eligible cost
// ---------------------------------------------------------------------------------------------

/** One cost input of the line that adds to the eligible cost. */
export interface CostPart {
  key: CostKey;
  /** Eligible yen of this input (after months limits and cost caps). */
  eligible: number;
  /** Monthly fees: the fee and the months counted. */
  monthly?: number;
  months?: number;
}

export interface EligibleCostStep {
  /** What the applicant pays for the line's inputs. */
  cost: number;
  parts: CostPart[];
  /** The SME account share applied, 'assumed' (all accounts) when not given, null where the line has none. */
  share: { sme: number; total: number } | 'assumed' | null;
  /** Exact eligible cost. */
  eligible: Ratio;
  used: Cited[];
  warnings: EstimateWarning[];
}

const MONTHLY = new Set<CostKey>(['cloud', 'securityService']);

/**
 * The line's cost inputs, monthly fees limited to `monthsLimit`, 役務 limited by `costCaps`, times
 * the SME account share where the line says so (電子取引類型).
 */
export const eligibleCost = (line: LineRule, costs: Costs, accounts: EstimateInput['accounts']): EligibleCostStep => {
  const cat = line.category;
  const used: Cited[] = [];
  const warnings: EstimateWarning[] = [];
  const parts: CostPart[] = [];
  let cost = 0;
  let eligible = ZERO;
  for (const key of line.costs) {
    if (MONTHLY.has(key)) {
      const m = costs[key as 'cloud' | 'securityService'];
      const monthly = m?.monthly ?? 0;
      const months = m?.months ?? 0;
      cost += monthly * months;
      if (monthly <= 0 || months <= 0) continue;
      const limit = line.monthsLimit?.[key as 'cloud' | 'securityService'];
      let eligibleMonths = months;
      if (limit) {
        used.push(limit);
        if (months > limit.value) {
          eligibleMonths = limit.value;
          warnings.push(say.monthsTruncated(key, months, limit, cat));
        }
      }
      eligible = add(eligible, yen(monthly * eligibleMonths));
      parts.push({ key, eligible: monthly * eligibleMonths, monthly, months: eligibleMonths });
    } else {
      const amount = costs[key as 'software' | 'services' | 'pc' | 'register'] ?? 0;
      cost += amount;
      let e = amount;
      const capRule = key === 'services' ? line.costCaps?.services : undefined;
      if (capRule && amount > capRule.value) {
        used.push(capRule);
        e = capRule.value;
        warnings.push(say.servicesCostCapped(capRule, cat));
      }
      if (e > 0) {
        eligible = add(eligible, yen(e));
        parts.push({ key, eligible: e });
      }
    }
  }
  let share: EligibleCostStep['share'] = null;
  if (line.accountShare && cmp(eligible, ZERO) > 0) {
    used.push(line.accountShare);
    if (accounts && accounts.total > 0) {
      eligible = mul(eligible, ratio(accounts.sme, accounts.total));
      share = { sme: accounts.sme, total: accounts.total };
    } else {
      share = 'assumed';
      warnings.push(say.accountShareAssumed(line.accountShare, cat));
    }
  }
  return { cost, parts, share, eligible, used, warnings };
};

// ---------------------------------------------------------------------------------------------
// 2. Rate segments on the subsidy axis
// ---------------------------------------------------------------------------------------------

/** One rate applied to a part of the eligible cost, exactly. */
export interface ExactSegment {
  rate: string;
  upTo: number | null;
  /** The part of the eligible cost at this rate. */
  part: Ratio;
  /** The subsidy from that part. */
  got: Ratio;
}

export interface RateStep {
  /** The first rate that holds (the line's headline rate), even when nothing reaches it. */
  headline: RateChoice | undefined;
  segments: ExactSegment[];
  /** Exact subsidy before the cap. */
  amount: Ratio;
  used: Cited[];
}

/**
 * The rate segments (e.g. up to 50万円 of subsidy at 3/4, above at 2/3): each takes the part of
 * the eligible cost that fills it. Consecutive segments at the same rate read as one.
 */
export const rateSegments = (line: LineRule, ctx: LineContext, eligible: Ratio): RateStep => {
  const used: Cited[] = [];
  const segments: ExactSegment[] = [];
  let remaining = eligible;
  let amount = ZERO;
  let headline: RateChoice | undefined;
  for (const seg of line.rate.segments) {
    const choice = seg.choices.find((c) => holds(c.when, ctx));
    if (!choice) continue;
    if (!headline) {
      headline = choice;
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
    const prev = segments[segments.length - 1];
    if (prev && prev.rate === choice.rate) {
      prev.part = add(prev.part, part);
      prev.got = add(prev.got, got);
      prev.upTo = seg.upTo ?? null;
    } else segments.push({ rate: choice.rate, upTo: seg.upTo ?? null, part, got });
  }
  return { headline, segments, amount, used };
};

// ---------------------------------------------------------------------------------------------
// 3. Cap
// ---------------------------------------------------------------------------------------------

export interface CapStep {
  /** The largest cap whose conditions hold; undefined: the line is not admitted (functions/processes missing). */
  cap: CapChoice | undefined;
  /** The cap lowered the amount. */
  capped: boolean;
  /** Exact subsidy after the cap. */
  amount: Ratio;
  used: Cited[];
  warnings: EstimateWarning[];
}

/** The largest cap whose conditions hold (未満 caps allow max − 1 yen); none: the line needs more functions or processes. */
export const applyCap = (line: LineRule, ctx: LineContext, amount: Ratio, eligible: Ratio): CapStep => {
  const cat = line.category;
  const cap = line.caps.filter((c) => holds(c.when, ctx)).reduce<CapChoice | undefined>((best, c) => (!best || c.max > best.max ? c : best), undefined);
  const warnings: EstimateWarning[] = [];
  if (!cap) {
    const needF = line.caps.find((c) => c.when?.minFunctions !== undefined);
    const needP = line.caps.find((c) => c.when?.minProcesses !== undefined);
    if (needF && cmp(eligible, ZERO) > 0) warnings.push(say.functionsRequired(needF, cat));
    if (needP && cmp(eligible, ZERO) > 0) warnings.push(say.processesRequired(needP, cat));
    return { cap, capped: false, amount, used: [], warnings };
  }
  const most = yen(cap.inclusive ? cap.max : cap.max - 1);
  if (cmp(amount, most) <= 0) return { cap, capped: false, amount, used: [cap], warnings };
  warnings.push(say.capped(cap, cat));
  return { cap, capped: true, amount: most, used: [cap], warnings };
};

// ---------------------------------------------------------------------------------------------
// 4. 1円未満切り捨て once, then the floor
// ---------------------------------------------------------------------------------------------

export interface RoundingStep {
  /** The exact amount floored to the yen (before the 補助下限). */
  floored: number;
  subsidy: number;
  /** Fractions of a yen were dropped. */
  dropped: boolean;
  /** The floored amount was below the 補助下限 (`floor`), so the line gives 0. */
  belowFloor: boolean;
  floor: number | null;
  used: Cited[];
  warnings: EstimateWarning[];
}

/** The round's rounding (1円未満切り捨て) once per line, then the 補助下限: below it, 0. */
export const roundAndFloor = (line: LineRule, amount: Ratio, admitted: boolean): RoundingStep => {
  const floored = admitted ? floorYen(amount) : 0;
  const dropped = admitted && cmp(amount, yen(floored)) !== 0;
  const floor = line.floor;
  const base = { floored, dropped, belowFloor: false, floor: floor?.value ?? null, used: [] as Cited[], warnings: [] as EstimateWarning[] };
  if (!floor || floored === 0) return { ...base, subsidy: floored };
  if (floored < floor.value) return { ...base, subsidy: 0, belowFloor: true, used: [floor], warnings: [say.belowMinimum(floor, line.category)] };
  return { ...base, subsidy: floored, used: [floor] };
};

// ---------------------------------------------------------------------------------------------
// 5. Band
// ---------------------------------------------------------------------------------------------

/** The band of the subsidy (通常枠 A/B類型, or the upper band that needs a 賃上げ plan). */
export const bandOf = (line: LineRule, subsidy: number): Band | undefined =>
  line.bands && subsidy > 0 ? [...line.bands].reverse().find((b) => b.from <= subsidy) : undefined;

// ---------------------------------------------------------------------------------------------
// The line
// ---------------------------------------------------------------------------------------------

export interface LineSteps {
  cost: EligibleCostStep;
  rate: RateStep;
  cap: CapStep;
  rounding: RoundingStep;
  sizeEligible: boolean;
  /** Notes of the unconfirmed rules used (e.g. a CONFLICT between readings). */
  notes: string[];
}

export interface LineCalc {
  view: LineView;
  rule: LineRule;
  steps: LineSteps;
  band: Band | undefined;
  /** Exact eligible cost, for group formulas. */
  eligibleExact: Ratio;
  warnings: EstimateWarning[];
  unconfirmed: string[];
}

const segmentView = (x: ExactSegment): SegmentView => ({ rate: x.rate, upTo: x.upTo, eligibleCost: floorYen(x.part), subsidy: floorYen(x.got) });

/** Computes one line for one applicant (or one 複数社連携 member). */
export const computeLine = (line: LineRule, costs: Costs, accounts: EstimateInput['accounts'], ctx: LineContext, sizeEligible: boolean): LineCalc => {
  const cost = eligibleCost(line, costs, accounts);
  const rate = rateSegments(line, ctx, cost.eligible);
  const cap = applyCap(line, ctx, rate.amount, cost.eligible);
  const rounding = roundAndFloor(line, cap.amount, sizeEligible && cap.cap !== undefined);
  const band = bandOf(line, rounding.subsidy);

  const used: Cited[] = [...cost.used, ...rate.used, ...cap.used, ...rounding.used, ...(band ? [band] : [])];
  if (line.requires) used.push(line.requires); // whether the line may be granted at all depends on it
  // A line with nothing to compute depends on no rule: only lines with an eligible cost can flag one.
  const counts = cmp(cost.eligible, ZERO) > 0;
  const unconfirmed = counts ? [...new Set(used.filter((u) => u.confidence === 'unconfirmed').map((u) => u.source))] : [];
  const notes = counts ? [...new Set(used.filter((u) => u.confidence === 'unconfirmed' && u.note).map((u) => u.note!))] : [];
  const sources = [...new Set(used.map((u) => u.source))];
  const steps: LineSteps = { cost, rate, cap, rounding, sizeEligible, notes };
  let why: Text | undefined;
  return {
    rule: line,
    steps,
    band,
    eligibleExact: cost.eligible,
    warnings: [...cost.warnings, ...cap.warnings, ...rounding.warnings],
    unconfirmed,
    view: {
      category: line.category,
      name: line.name,
      cost: cost.cost,
      eligibleCost: floorYen(cost.eligible),
      rate: rate.headline?.rate ?? '0/1',
      segments: rate.segments.map(segmentView),
      cap: cap.cap ? cap.cap.max : null,
      capInclusive: cap.cap ? cap.cap.inclusive : true,
      floor: line.floor?.value ?? null,
      subsidy: rounding.subsidy,
      source: cap.cap?.source ?? sources[0] ?? '',
      sources,
      confidence: unconfirmed.length ? 'unconfirmed' : 'confirmed',
      // Written only when read (serialised): a 複数社連携 member's lines are summed, never shown,
      // and their texts were a fifth of a 200-member estimate's engine time.
      get why(): Text {
        return (why ??= say.lineWhy(steps));
      },
      set why(text: Text) {
        why = text;
      },
    },
  };
};

// ---------------------------------------------------------------------------------------------
// 6. Dependencies between the lines of one purchase
// ---------------------------------------------------------------------------------------------

/** Lines of one applicant: each line, then the `requires` rule (hardware needs the ITツール). */
export const computeLines = (
  lines: readonly LineRule[],
  costs: Costs,
  accounts: EstimateInput['accounts'],
  ctx: LineContext,
  sizeEligible: boolean,
): LineCalc[] => {
  const calcs = lines.map((l) => computeLine(l, costs, accounts, ctx, sizeEligible));
  for (const calc of calcs) {
    const req = calc.rule.requires;
    if (!req) continue;
    const other = calcs.find((c) => c.rule.category === req.value);
    if ((!other || other.view.subsidy === 0) && calc.view.eligibleCost > 0) {
      if (calc.view.subsidy > 0 || sizeEligible) calc.warnings.push(say.hardwareWithoutSoftware(calc.rule, req));
      calc.view.subsidy = 0;
      calc.view.why = say.appendWhy(calc.view.why, say.NO_SOFTWARE_WHY);
      calc.view.sources.push(req.source);
    }
  }
  return calcs;
};

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

/** The number of distinct functions the round counts; the others get `function_not_counted`. */
export const countFunctions = (
  rule: { value: readonly string[]; source: string } | undefined,
  functions: readonly string[] | undefined,
  warnings: EstimateWarning[],
  member?: number,
): number => {
  if (!rule || !functions) return 0;
  const distinct = [...new Set(functions)];
  for (const f of distinct.filter((x) => !rule.value.includes(x))) warnings.push(say.functionNotCounted(f, rule.value, rule.source, member));
  return distinct.filter((f) => rule.value.includes(f)).length;
};
