/**
 * One line of one applicant (or one 複数社連携 member), as named steps:
 *
 *   eligibleCost → rateSegments → applyCap → roundAndFloor → band, then (across the lines of one
 *   purchase) dependencies.
 *
 * Each step returns its result and the rule entries it used (for `sources` and `confidence`);
 * explain.ts turns the results into words. Money is exact (money.ts) until roundAndFloor.
 */
import type { ApplicantSize, Band, CapChoice, Condition, CostKey, LineRule, PublicSource, RateChoice, Text } from '../../rules/schema.ts';
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
  source: PublicSource;
  confidence?: 'unconfirmed' | undefined;
  reason?: Text | undefined;
  note?: Text | undefined;
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

/** A cost the rules refuse because what it depends on is missing from the purchase. */
export interface Refusal {
  /** services: 役務 without software or cloud; line: the whole line (hardware without eligible software). */
  kind: 'services' | 'line';
  /** Yen refused (already counted in `cost`). */
  amount: number;
  rule: Cited;
}

export interface EligibleCostStep {
  /** What the applicant pays for the line's inputs. */
  cost: number;
  parts: CostPart[];
  /** The SME account share applied, 'assumed' (all accounts) when not given, null where the line has none. */
  share: { sme: number; total: number } | 'assumed' | null;
  /** Exact eligible cost. */
  eligible: Ratio;
  refusals: Refusal[];
  used: Cited[];
  /** Rules that decided the answer whatever the eligible cost (a refusal): their confidence always counts. */
  decisive: Cited[];
  warnings: EstimateWarning[];
}

const MONTHLY = new Set<CostKey>(['cloud', 'securityService']);

/**
 * The line's cost inputs, monthly fees limited to `monthsLimit`, 役務 limited by `costCaps` and
 * refused without the inputs of `costRequires`, times the SME account share where the line says
 * so (電子取引類型). `refuse` (from the dependencies between lines) makes the whole line ineligible.
 */
export const eligibleCost = (line: LineRule, costs: Costs, accounts: EstimateInput['accounts'], refuse?: Cited): EligibleCostStep => {
  const cat = line.category;
  const used: Cited[] = [];
  const decisive: Cited[] = [];
  const warnings: EstimateWarning[] = [];
  const refusals: Refusal[] = [];
  let parts: CostPart[] = [];
  let cost = 0;
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
      if (e > 0) parts.push({ key, eligible: e });
    }
  }
  // 役務 only together with the software it belongs to (公募要領 2-2 (3)(イ); see costRequires).
  const needs = line.costRequires?.services;
  const services = parts.find((p) => p.key === 'services');
  if (needs && services && !parts.some((p) => needs.value.includes(p.key))) {
    parts = parts.filter((p) => p !== services);
    refusals.push({ kind: 'services', amount: costs.services ?? 0, rule: needs });
    decisive.push(needs);
    warnings.push(say.servicesWithoutSoftware(needs, cat));
  }
  if (refuse && parts.length) {
    refusals.push({ kind: 'line', amount: cost, rule: refuse });
    decisive.push(refuse);
    parts = [];
  }
  let eligible = parts.reduce((sum, p) => add(sum, yen(p.eligible)), ZERO);
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
  return { cost, parts, share, eligible, refusals, used, decisive, warnings };
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
  /** Why the unconfirmed rules used are unconfirmed (e.g. a conflict between readings), ja/en. */
  reasons: Text[];
}

export interface LineCalc {
  rule: LineRule;
  steps: LineSteps;
  band: Band | undefined;
  /** Exact eligible cost, for group formulas. */
  eligibleExact: Ratio;
  /** The eligible cost floored to the yen (as the line shows it). */
  eligibleCost: number;
  /** The line's subsidy (after the rounding and the floor). */
  subsidy: number;
  /** The sources of the rule entries used, in the order first used. */
  sources: PublicSource[];
  warnings: EstimateWarning[];
  unconfirmed: PublicSource[];
}

/**
 * Integer amounts for exact parts that add up to `total` (the floored sum): each part floored,
 * then the yen lost go one each to the parts with the largest dropped fraction, the later (upper)
 * part first on a tie (largest-remainder allocation).
 */
export const allocate = (parts: readonly Ratio[], total: number): number[] => {
  const floors = parts.map(floorYen);
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = parts.map((p, i) => ({ i, frac: sub(p, yen(floors[i]!)) })).sort((a, b) => cmp(b.frac, a.frac) || b.i - a.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left--;
  }
  return floors;
};

/** The segments' subsidies after the cap: the cap comes off the upper segments first. */
const cappedParts = (segments: readonly ExactSegment[], capped: Ratio): Ratio[] => {
  let room = capped;
  return segments.map((x) => {
    const got = min(x.got, room);
    room = sub(room, got);
    return got;
  });
};

const segmentViews = (rate: RateStep, cap: CapStep, eligibleCost: number, subsidy: number): SegmentView[] => {
  const costs = allocate(
    rate.segments.map((x) => x.part),
    eligibleCost,
  );
  const subsidies = subsidy > 0 ? allocate(cappedParts(rate.segments, cap.amount), subsidy) : rate.segments.map(() => 0);
  return rate.segments.map((x, i) => ({ rate: x.rate, upTo: x.upTo, eligibleCost: costs[i]!, subsidy: subsidies[i]! }));
};

/** The rates a line states: those of its segments, or the headline rate where nothing reached one. */
export const ratesOf = (rate: RateStep): string[] => {
  const rates = rate.segments.map((x) => x.rate);
  return rates.length ? rates : rate.headline ? [rate.headline.rate] : [];
};

const NO_TEXTS: readonly Text[] = [];

/** Appends `from` to `to` (in place). */
const pushAll = <T>(to: T[], from: readonly T[]) => {
  for (const u of from) to.push(u);
};

/** The distinct sources of `used`, in the order first used (the lists hold a handful of entries). */
const sourcesOf = (used: readonly Cited[]): PublicSource[] => {
  const out: PublicSource[] = [];
  for (const u of used) if (!out.includes(u.source)) out.push(u.source);
  return out;
};

/**
 * Computes one line for one applicant (or one 複数社連携 member): the numbers only; {@link lineView}
 * writes what the answer shows (segments, rates, `why`) for the lines that are shown — a 複数社連携
 * member's lines are summed, never shown. `refuse`: the dependency that refuses the whole line.
 */
export const computeLine = (
  line: LineRule,
  costs: Costs,
  accounts: EstimateInput['accounts'],
  ctx: LineContext,
  sizeEligible: boolean,
  refuse?: Cited,
): LineCalc => {
  const cost = eligibleCost(line, costs, accounts, refuse);
  const rate = rateSegments(line, ctx, cost.eligible);
  const cap = applyCap(line, ctx, rate.amount, cost.eligible);
  const rounding = roundAndFloor(line, cap.amount, sizeEligible && cap.cap !== undefined);
  const band = bandOf(line, rounding.subsidy);

  const used: Cited[] = [];
  pushAll(used, cost.used);
  pushAll(used, rate.used);
  pushAll(used, cap.used);
  pushAll(used, rounding.used);
  if (band) used.push(band);
  if (line.requires) used.push(line.requires); // whether the line may be granted at all depends on it
  // A line with nothing to compute depends on no rule: only lines with an eligible cost can flag one
  // (and the rule that refused a cost, whatever is left).
  const counts = cmp(cost.eligible, ZERO) > 0;
  const flagged: Cited[] = [];
  if (counts) for (const u of used) if (u.confidence === 'unconfirmed') flagged.push(u);
  for (const u of cost.decisive) if (u.confidence === 'unconfirmed') flagged.push(u);
  const unconfirmed = flagged.length ? sourcesOf(flagged) : [];
  const reasons = flagged.length ? [...new Map(flagged.filter((u) => u.reason).map((u) => [u.reason!.ja, u.reason!])).values()] : (NO_TEXTS as Text[]);
  pushAll(used, cost.decisive);
  const warnings = cost.warnings;
  pushAll(warnings, cap.warnings);
  pushAll(warnings, rounding.warnings);
  return {
    rule: line,
    steps: { cost, rate, cap, rounding, sizeEligible, reasons },
    band,
    eligibleExact: cost.eligible,
    eligibleCost: floorYen(cost.eligible),
    subsidy: rounding.subsidy,
    sources: sourcesOf(used),
    warnings,
    unconfirmed,
  };
};

/** The headline rate of a line ('0/1' where no rate holds). */
export const headlineRate = (calc: LineCalc): string => calc.steps.rate.headline?.rate ?? '0/1';

/** The citation a line shows first: its cap's, else the first rule used. */
export const lineSource = (calc: LineCalc): PublicSource => (calc.steps.cap.cap?.source ?? calc.sources[0])!;

/** What the answer shows of a computed line. */
export const lineView = (calc: LineCalc): LineView => {
  const { steps, rule } = calc;
  const { cost, rate, cap, rounding } = steps;
  const rates = ratesOf(rate);
  return {
    category: rule.category,
    name: rule.name,
    cost: cost.cost,
    eligibleCost: calc.eligibleCost,
    ineligible: cost.cost - calc.eligibleCost,
    rate: headlineRate(calc),
    rates,
    rateText: rates.join(' → '),
    segments: segmentViews(rate, cap, calc.eligibleCost, rounding.subsidy),
    cap: cap.cap ? cap.cap.max : null,
    capInclusive: cap.cap ? cap.cap.inclusive : true,
    floor: rule.floor?.value ?? null,
    subsidy: rounding.subsidy,
    source: lineSource(calc),
    sources: calc.sources,
    confidence: calc.unconfirmed.length ? 'unconfirmed' : 'confirmed',
    why: say.lineWhy(steps),
  };
};

// ---------------------------------------------------------------------------------------------
// 6. Dependencies between the lines of one purchase
// ---------------------------------------------------------------------------------------------

/**
 * A line's `requires` holds when the required line of the same purchase has a positive eligible
 * cost and is admitted (a cap applies: enough functions/processes) — whatever its subsidy rounds
 * to (公募要領（インボイス対応類型）2-2 (1) ② 補助対象経費となるソフトウェアとあわせて導入される).
 */
const requirementHolds = (required: LineCalc | undefined): boolean =>
  required !== undefined && cmp(required.eligibleExact, ZERO) > 0 && required.steps.cap.cap !== undefined;

/** Lines of one applicant: each line, then the `requires` rule (hardware needs the ITツール); a refused line is recomputed with its cost ineligible. */
export const computeLines = (
  lines: readonly LineRule[],
  costs: Costs,
  accounts: EstimateInput['accounts'],
  ctx: LineContext,
  sizeEligible: boolean,
): LineCalc[] => {
  const calcs = lines.map((l) => computeLine(l, costs, accounts, ctx, sizeEligible));
  return calcs.map((calc) => {
    const req = calc.rule.requires;
    if (!req || cmp(calc.eligibleExact, ZERO) <= 0 || requirementHolds(calcs.find((c) => c.rule.category === req.value))) return calc;
    const refused = computeLine(calc.rule, costs, accounts, ctx, sizeEligible, req);
    if (sizeEligible) refused.warnings.push(say.hardwareWithoutSoftware(calc.rule, req));
    return refused;
  });
};

/** The line of the costs a type does not cover at all (PC on 通常枠): paid, not eligible, subsidy 0. */
export const notCoveredLine = (fields: readonly { field: string; cost: number }[], source: PublicSource): LineView => {
  const cost = fields.reduce((s, f) => s + f.cost, 0);
  return {
    category: 'not-covered',
    name: say.NOT_COVERED_NAME,
    cost,
    eligibleCost: 0,
    ineligible: cost,
    rate: '0/1',
    rates: [],
    rateText: '',
    segments: [],
    cap: null,
    capInclusive: true,
    floor: null,
    subsidy: 0,
    source,
    sources: [source],
    confidence: 'confirmed',
    why: say.notCoveredWhy(fields),
  };
};

// ---------------------------------------------------------------------------------------------
// Context
// ---------------------------------------------------------------------------------------------

/** The number of distinct functions the round counts; the others get `function_not_counted`. */
export const countFunctions = (
  rule: { value: readonly string[]; source: PublicSource } | undefined,
  functions: readonly string[] | undefined,
  warnings: EstimateWarning[],
  member?: number,
): number => {
  if (!rule || !functions) return 0;
  let counted = 0;
  for (let i = 0; i < functions.length; i++) {
    const f = functions[i]!;
    if (functions.indexOf(f) !== i) continue; // counted once
    if (rule.value.includes(f)) counted++;
    else warnings.push(say.functionNotCounted(f, rule.value, rule.source, member));
  }
  return counted;
};
