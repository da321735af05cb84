/**
 * 複数社連携 as its four steps:
 *   (1) 基盤導入経費: every member computed with the lines of `group.memberLinesFrom`, summed per line;
 *   (2) 消費動向等分析経費: rate, capped at capPerMember × analysis members;
 *   (1)+(2): their subsidies capped together (the excess comes off (2) first, then (1));
 *   (3) 事務費・専門家費: rate, capped by the lower of the fixed cap and the formula.
 * A group below the minimum size, or an applicant size the type does not admit, gets 0 on every line.
 */
import type { Round } from '../../rules/registry.ts';
import { functionsRuleOf } from '../../rules/queries.ts';
import type { CostKey, LineCategory, PublicSource, TypeRule } from '../../rules/schema.ts';
import { add, cmp, floorYen, min, mul, parseFraction, yen, ZERO, type Ratio } from '../money.ts';
import * as say from './explain.ts';
import { coveredCosts, sumCosts, uncoveredCosts } from './input.ts';
import { computeLines, countFunctions, headlineRate, lineSource, notCoveredLine, ratesOf, type LineCalc, type LineContext } from './line.ts';
import type { EstimateInput, EstimateWarning, GroupInput, GroupView, LineView, MemberCosts, MemberView } from './types.ts';

export interface GroupResult {
  lines: LineView[];
  group: GroupView;
  totalCost: number;
  eligibleExact: Ratio;
}

/** One line category summed over the members: what its line shows. */
interface MemberLines {
  /** The first member's line: its rate, cap and source are the line's. */
  first: LineCalc;
  count: number;
  cost: number;
  eligible: Ratio;
  subsidy: number;
  /** Distinct sources and rates over the members, in the order first met. */
  sources: PublicSource[];
  rates: string[];
  unconfirmed: boolean;
}

const addDistinct = <T>(to: T[], x: T) => {
  if (!to.includes(x)) to.push(x);
};

/** Whether two members' lines are the same: everything computeLines reads of a member is equal. */
const sameLines = (a: MemberCosts, b: MemberCosts): boolean =>
  a.software === b.software &&
  a.services === b.services &&
  a.pc === b.pc &&
  a.register === b.register &&
  a.cloud?.monthly === b.cloud?.monthly &&
  a.cloud?.months === b.cloud?.months &&
  a.securityService?.monthly === b.securityService?.monthly &&
  a.securityService?.months === b.securityService?.months;

/** (1) 基盤導入経費: each member with the base type's lines, then the lines summed per category. */
const memberLines = (round: Round, base: TypeRule, input: EstimateInput, groupOk: boolean, warnings: EstimateWarning[], unconfirmed: Set<PublicSource>) => {
  const gi: GroupInput = input.group ?? { members: 0 };
  const agg = new Map<LineCategory, MemberLines>();
  const memberResults: MemberView[] = [];
  let totalCost = 0;
  const baseLines = base.lines!;
  const covered = coveredCosts(base);
  const functionsRule = functionsRuleOf(round, base);
  const outside: { field: string; cost: number }[] = [];
  let prev: { m: MemberCosts; ok: boolean; size: string; functions: number; calcs: LineCalc[] } | undefined;
  (gi.memberCosts ?? []).forEach((m, i) => {
    const memberSize = m.size ?? input.applicant.size;
    const memberWarnings: EstimateWarning[] = [];
    const ctx: LineContext = {
      size: memberSize,
      nearMinimumWage: false,
      functions: countFunctions(functionsRule, m.functions ?? input.functions, memberWarnings, i),
      processes: 0,
    };
    const ok = groupOk && base.sizes.includes(memberSize);
    if (groupOk && !ok) memberWarnings.push(say.memberSizeNotEligible(i, memberSize));
    // A member with the previous member's costs, size, function count and eligibility has its
    // lines (identical members, or the empty members of a sparse memberCosts): reused, not recomputed.
    const calcs =
      prev && prev.ok === ok && prev.size === memberSize && prev.functions === ctx.functions && sameLines(prev.m, m)
        ? prev.calcs
        : computeLines(baseLines, m, undefined, ctx, ok);
    prev = { m, ok, size: memberSize, functions: ctx.functions, calcs };
    for (const w of memberWarnings) warnings.push({ ...w, member: i });
    const cost = sumCosts(m);
    totalCost += cost;
    for (const o of uncoveredCosts(m, covered, `group.memberCosts.${i}`)) outside.push(o);
    let eligible = ZERO;
    let subsidy = 0;
    const lines: MemberView['lines'] = [];
    for (const c of calcs) {
      for (const w of c.warnings) warnings.push({ ...w, member: i });
      for (const s of c.unconfirmed) unconfirmed.add(s);
      eligible = add(eligible, c.eligibleExact);
      subsidy += c.subsidy;
      lines.push({ category: c.rule.category, eligibleCost: c.eligibleCost, subsidy: c.subsidy });
      let a = agg.get(c.rule.category);
      if (!a) {
        a = { first: c, count: 0, cost: 0, eligible: ZERO, subsidy: 0, sources: [], rates: [], unconfirmed: false };
        agg.set(c.rule.category, a);
      }
      a.count++;
      a.cost += c.steps.cost.cost;
      a.eligible = add(a.eligible, c.eligibleExact);
      a.subsidy += c.subsidy;
      for (const s of c.sources) addDistinct(a.sources, s);
      for (const r of ratesOf(c.steps.rate)) addDistinct(a.rates, r);
      if (c.unconfirmed.length) a.unconfirmed = true;
    }
    memberResults.push({ member: i, size: memberSize, cost, eligibleCost: floorYen(eligible), subsidy, lines });
  });
  const lines: LineView[] = baseLines.map((rule) => {
    const a = agg.get(rule.category);
    const first = a?.first;
    const lastChoice = rule.rate.segments[0]!.choices[rule.rate.segments[0]!.choices.length - 1]!;
    const eligibleCost = floorYen(a?.eligible ?? ZERO);
    const rates = a?.rates ?? [];
    const cap = first?.steps.cap.cap;
    return {
      category: rule.category,
      name: rule.name,
      cost: a?.cost ?? 0,
      eligibleCost,
      ineligible: (a?.cost ?? 0) - eligibleCost,
      rate: first ? headlineRate(first) : lastChoice.rate,
      rates,
      rateText: rates.join(' / '),
      segments: [],
      cap: cap ? cap.max : null,
      capInclusive: cap ? cap.inclusive : true,
      floor: rule.floor?.value ?? null,
      subsidy: a?.subsidy ?? 0,
      source: first ? lineSource(first) : rule.caps[0]!.source,
      sources: a?.sources.length ? a.sources : [rule.caps[0]!.source],
      confidence: a?.unconfirmed ? 'unconfirmed' : 'confirmed',
      why: say.memberLinesWhy(base, a?.count ?? 0),
    };
  });
  const eligible = [...agg.values()].reduce((s, a) => add(s, a.eligible), ZERO);
  return { lines, memberResults, totalCost, eligible, outside };
};

/** A 複数社連携's top-level `costs` are covered by no line. */
const NOTHING: ReadonlySet<CostKey> = new Set();

export const computeGroup = (
  round: Round,
  type: TypeRule,
  input: EstimateInput,
  sizeEligible: boolean,
  warnings: EstimateWarning[],
  unconfirmed: Set<PublicSource>,
  source: PublicSource,
): GroupResult => {
  const g = type.group!;
  const base = round.rules.types.find((t) => t.id === g.memberLinesFrom)!;
  const gi: GroupInput = input.group ?? { members: 0 };
  const minMembers = g.minMembers.value;
  const enough = gi.members >= minMembers;
  if (!enough) warnings.push(say.groupTooSmall(minMembers, gi.members, g.minMembers.source));
  const groupOk = enough && sizeEligible;
  if (g.minMembers.confidence === 'unconfirmed') unconfirmed.add(g.minMembers.source);

  // (1)
  const members = memberLines(round, base, input, groupOk, warnings, unconfirmed);
  const lines = members.lines;
  let totalCost = members.totalCost;

  // (2) 消費動向等分析経費.
  const an = g.analysis;
  if (an.confidence === 'unconfirmed') unconfirmed.add(an.source);
  const analysisMembers = gi.analysisMembers ?? gi.members;
  const analysisCost = gi.analysis ?? 0;
  const raw = mul(yen(analysisCost), parseFraction(an.rate));
  const aSteps: say.AnalysisSteps = {
    cost: analysisCost,
    rate: an.rate,
    raw,
    capPerMember: an.capPerMember,
    members: analysisMembers,
    cap: an.capPerMember * analysisMembers,
    capped: false,
    combinedCut: 0,
    combinedCap: g.combinedCap.value,
    combinedApplied: false,
  };
  let analysisAmount = raw;
  if (cmp(analysisAmount, yen(aSteps.cap)) > 0) {
    analysisAmount = yen(aSteps.cap);
    aSteps.capped = true;
    warnings.push(say.analysisCapped(aSteps, an.source));
  }
  let analysisSubsidy = groupOk ? floorYen(analysisAmount) : 0;
  totalCost += analysisCost;

  // (1)+(2) combined cap: the excess comes off (2) first, then (1).
  const combinedCap = g.combinedCap.value;
  if (g.combinedCap.confidence === 'unconfirmed') unconfirmed.add(g.combinedCap.source);
  const before = lines.reduce((s, l) => s + l.subsidy, 0) + analysisSubsidy;
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
      if (cut) l.why = say.appendWhy(l.why, say.combinedCapCut(cut));
    }
    warnings.push(say.combinedCapped(combinedCap, before, g.combinedCap.source));
    aSteps.combinedApplied = true;
    aSteps.combinedCut = fromAnalysis;
  }
  lines.push({
    category: 'analysis',
    name: say.ANALYSIS_NAME,
    cost: analysisCost,
    eligibleCost: analysisCost,
    ineligible: 0,
    rate: an.rate,
    rates: [an.rate],
    rateText: an.rate,
    segments: [],
    cap: aSteps.cap,
    capInclusive: true,
    floor: null,
    subsidy: analysisSubsidy,
    source: an.source,
    sources: [an.source, g.combinedCap.source],
    confidence: an.confidence === 'unconfirmed' ? 'unconfirmed' : 'confirmed',
    why: say.analysisWhy(aSteps),
  });

  // (3) 事務費・専門家費: rate, capped by the lower of the fixed cap and the formula.
  const ad = g.admin;
  if (ad.confidence === 'unconfirmed') unconfirmed.add(ad.source);
  const adminCost = gi.admin ?? 0;
  totalCost += adminCost;
  let adminCap = yen(ad.capFixed);
  let formula: say.AdminSteps['formula'] = null;
  if (ad.capFormula) {
    const f = ad.capFormula;
    if (f.confidence === 'unconfirmed') unconfirmed.add(f.source);
    const baseAmount =
      f.base === 'subsidy' ? yen(lines.filter((l) => l.category !== 'admin').reduce((s, l) => s + l.subsidy, 0)) : add(members.eligible, yen(analysisCost));
    const value = mul(mul(baseAmount, parseFraction(f.multiplier)), parseFraction(f.rate));
    adminCap = min(adminCap, value);
    formula = { base: f.base, baseAmount, multiplier: f.multiplier, rate: f.rate, value };
  }
  let adminAmount = mul(yen(adminCost), parseFraction(ad.rate));
  const adminCapped = cmp(adminAmount, adminCap) > 0;
  if (adminCapped) {
    adminAmount = adminCap;
    warnings.push(say.adminCapped(adminCap, ad.capFormula?.source ?? ad.source));
  }
  const adminSubsidy = groupOk ? floorYen(adminAmount) : 0;
  lines.push({
    category: 'admin',
    name: say.ADMIN_NAME,
    cost: adminCost,
    eligibleCost: adminCost,
    ineligible: 0,
    rate: ad.rate,
    rates: [ad.rate],
    rateText: ad.rate,
    segments: [],
    cap: floorYen(adminCap),
    capInclusive: true,
    floor: null,
    subsidy: adminSubsidy,
    source: ad.source,
    sources: [ad.source, ...(ad.capFormula ? [ad.capFormula.source] : [])],
    confidence: ad.confidence === 'unconfirmed' || ad.capFormula?.confidence === 'unconfirmed' ? 'unconfirmed' : 'confirmed',
    why: say.adminWhy({ cost: adminCost, rate: ad.rate, capFixed: ad.capFixed, formula, cap: adminCap, capped: adminCapped, subsidy: adminSubsidy }),
  });
  if (!groupOk) for (const l of lines) l.subsidy = 0;

  // Costs no line of the group covers: top-level `costs` (a group's costs go in group.*) and member
  // costs the members' lines do not cover — paid, not eligible, so every yen sent is in one line.
  const topLevel = uncoveredCosts(input.costs, NOTHING, 'costs');
  for (const f of topLevel) warnings.push(say.inputNotApplicable(f.field, type, say.NOT_MEMBER_COST));
  for (const f of members.outside) warnings.push(say.inputNotApplicable(f.field, type, say.NOT_COVERED_COST));
  const outside = [...topLevel, ...members.outside];
  if (outside.length) lines.push(notCoveredLine(outside, source));
  totalCost += sumCosts(input.costs);

  return {
    lines,
    totalCost,
    eligibleExact: add(add(members.eligible, yen(analysisCost)), yen(adminCost)),
    group: {
      members: gi.members,
      minMembers,
      analysisMembers,
      combinedSubsidyBeforeCap: groupOk ? before : 0,
      combinedCap,
      memberResults: members.memberResults,
      source: g.minMembers.source,
    },
  };
};
