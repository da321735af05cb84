/**
 * The subsidy for a purchase: line by line, exactly, from the rule file of the round.
 *
 * The engine holds mechanisms; the rule files hold numbers. Orchestration only:
 *   single applicant (line.ts: each line as named steps, then the dependencies between lines)
 *   | 複数社連携 (group.ts: (1) members → (2) analysis → (1)+(2) cap → (3) admin)
 *   → band → deadline → warnings.
 * Words come from explain.ts. Pure: rules + input + asOf in, plain objects out. No HTTP here.
 */
import type { Round } from '../../rules/registry.ts';
import { functionsRuleOf, memberTypeOf, usesNearMinimumWage } from '../../rules/queries.ts';
import type { LineCategory, PublicSource, TypeRule } from '../../rules/schema.ts';
import { nextDeadline, scheduleGaps, type DeadlineView } from '../deadlines.ts';
import { add, floorYen, ZERO, type Ratio } from '../money.ts';
import { roundStatus, roundStatusText } from '../round-status.ts';
import type { AsOf } from '../time.ts';
import * as say from './explain.ts';
import { computeGroup } from './group.ts';
import { coveredCosts, sumCosts, uncoveredCosts } from './input.ts';
import { computeLines, countFunctions, lineView, notCoveredLine, type LineCalc, type LineContext } from './line.ts';
import type { EstimateInput, EstimateResult, EstimateWarning, GroupView, LineView } from './types.ts';

export type * from './types.ts';
export type { InputIssue } from '../issues.ts';
export { MAX_TOTAL_COST } from './types.ts';
export { compareInputIssues, estimateInputIssues, sumCosts } from './input.ts';
export { allocate } from './line.ts';
export { DISCLAIMER, fmtYen } from './explain.ts';

interface Answer {
  lines: LineView[];
  calcs: LineCalc[];
  group: GroupView | null;
  totalCost: number;
  eligibleExact: Ratio;
}

/** The citation of the type as a whole (its first line's first cap, where the type has no source of its own). */
const typeSource = (type: TypeRule, base: TypeRule | undefined): PublicSource => (type.source ?? base?.lines?.[0]?.caps[0]?.source)!;

/** The numbers of one applicant's lines (no views, no texts). */
const singleCalcs = (round: Round, type: TypeRule, input: EstimateInput, sizeEligible: boolean, warnings: EstimateWarning[]): LineCalc[] => {
  const ctx: LineContext = {
    size: input.applicant.size,
    nearMinimumWage: input.applicant.nearMinimumWage === true,
    functions: countFunctions(functionsRuleOf(round, type), input.functions, warnings),
    processes: input.processes ?? 0,
  };
  return computeLines(type.lines!, input.costs ?? {}, input.accounts, ctx, sizeEligible);
};

/**
 * The subsidy of one line of a single-applicant estimate: `estimate(round, input, asOf).lines`'s
 * line of that category, computed without the rest of the answer (the curve asks it of a hundred
 * costs). Undefined where the type has no such line.
 */
export const lineSubsidy = (round: Round, input: EstimateInput, category: LineCategory): number | undefined => {
  const type = round.rules.types.find((t) => t.id === input.type);
  if (!type?.lines || type.group) throw new RangeError(`type ${input.type} of ${round.id} has no single-applicant lines`);
  return singleCalcs(round, type, input, type.sizes.includes(input.applicant.size), []).find((c) => c.rule.category === category)?.subsidy;
};

/**
 * `estimate(round, input, asOf).subsidy` without the rest of the answer where it can be (a single
 * applicant: the sum of its lines' subsidies; the not-covered line gives 0): compare's what-ifs
 * and bisection ask it dozens of times and read nothing else.
 */
export const estimateSubsidy = (round: Round, input: EstimateInput, asOf: AsOf): number => {
  const type = round.rules.types.find((t) => t.id === input.type);
  if (!type?.lines || type.group) return estimate(round, input, asOf).subsidy;
  let subsidy = 0;
  for (const c of singleCalcs(round, type, input, type.sizes.includes(input.applicant.size), [])) subsidy += c.subsidy;
  return subsidy;
};

/** One applicant: the type's lines, and the costs the type does not cover at all (e.g. PC on 通常枠) as their own line. */
const single = (
  round: Round,
  type: TypeRule,
  input: EstimateInput,
  sizeEligible: boolean,
  warnings: EstimateWarning[],
  unconfirmed: Set<PublicSource>,
): Answer => {
  const calcs = singleCalcs(round, type, input, sizeEligible, warnings);
  let eligibleExact = ZERO;
  for (const c of calcs) {
    warnings.push(...c.warnings);
    c.unconfirmed.forEach((s) => {
      unconfirmed.add(s);
    });
    eligibleExact = add(eligibleExact, c.eligibleExact);
  }
  const lines = calcs.map(lineView);
  const outside = uncoveredCosts(input.costs, coveredCosts(type), 'costs');
  for (const f of outside) warnings.push(say.inputNotApplicable(f.field, type, say.NOT_COVERED_COST));
  if (outside.length) lines.push(notCoveredLine(outside, typeSource(type, type)));
  return { lines, calcs, group: null, totalCost: sumCosts(input.costs), eligibleExact };
};

/** The 最低賃金近傍 definition of the deadline's phase (or the last one). */
const nearMinimumWageDefinition = (type: TypeRule, deadline: DeadlineView | null, unconfirmed: Set<PublicSource>): EstimateWarning | undefined => {
  if (!type.nearMinimumWage) return undefined;
  const phase = deadline?.phase ?? null;
  const defs = type.nearMinimumWage;
  const def = defs.find((d) => phase !== null && (d.fromPhase ?? 1) <= phase && (d.toPhase === undefined || phase <= d.toPhase)) ?? defs[defs.length - 1]!;
  if (def.confidence === 'unconfirmed') unconfirmed.add(def.source);
  return say.nearMinimumWageDefinition(phase, def.text, def.source);
};

export function estimate(round: Round, input: EstimateInput, asOf: AsOf): EstimateResult {
  const type = round.rules.types.find((t) => t.id === input.type);
  if (!type) throw new RangeError(`type ${input.type} is not in ${round.id}`); // the route resolves the type first
  const size = input.applicant.size;
  const nearMinimumWage = input.applicant.nearMinimumWage === true;
  const warnings: EstimateWarning[] = [];
  const unconfirmed = new Set<PublicSource>();
  if (type.confidence === 'unconfirmed') unconfirmed.add(type.source ?? type.name.ja);

  const sizeEligible = type.sizes.includes(size);
  if (!sizeEligible) warnings.push(say.sizeNotEligible(type, size));
  // 複数社連携 members are computed without the 最低賃金近傍 rate, so it is unused there too.
  if (nearMinimumWage && (type.group || !usesNearMinimumWage(type)))
    warnings.push(say.inputNotApplicable('applicant.nearMinimumWage', type, say.NO_NEAR_MINIMUM_WAGE));

  const answer: Answer = type.group
    ? { ...computeGroup(round, type, input, sizeEligible, warnings, unconfirmed, typeSource(type, memberTypeOf(round, type))), calcs: [] }
    : single(round, type, input, sizeEligible, warnings, unconfirmed);

  // Band (通常枠 A/B類型, or the upper band that needs a 賃上げ plan).
  const banded = answer.calcs.find((c) => c.band);
  const band = banded?.band;
  if (band?.wageRaisePlanRequired) warnings.push(say.wageRaisePlanRequired(band, banded!.rule.category));

  const deadline = nextDeadline(round, type.id, asOf);
  if (nearMinimumWage) {
    const w = nearMinimumWageDefinition(type, deadline, unconfirmed);
    if (w) warnings.push(w);
  }
  const state = roundStatus(round, asOf);
  if (!deadline) warnings.push(say.noUpcomingDeadline(asOf.date, roundStatusText(state), scheduleGaps(round, type.id)));
  const window = round.rules.window;
  if (window.opensOn.confidence === 'unconfirmed' || window.closesOn?.confidence === 'unconfirmed')
    warnings.push(say.roundWindowUnconfirmed(window.opensOn.source));
  if (unconfirmed.size) warnings.push(say.unconfirmedRule([...unconfirmed]));

  const { lines, totalCost } = answer;
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
    eligibleCost: floorYen(answer.eligibleExact),
    totalCost,
    lines,
    group: answer.group,
    warnings,
    deadline,
    roundStatus: state,
    rounding: { rule: 'floor-per-line', text: say.ROUNDING_TEXT, segments: say.SEGMENT_ALLOCATION, source: round.rules.rounding.source },
    disclaimer: say.DISCLAIMER,
  };
}
