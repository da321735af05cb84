/**
 * The subsidy curve of a type: subsidy (y) against eligible cost (x) of the type's main line
 * (the ITツール / サービス line) — the kinked 3/4 → 2/3 line with its cap that the official overview
 * draws as 【ITツールの補助率・補助上限額の関係】.
 *
 * Every point is the estimate engine's own answer for that cost (whole cost on the line's first
 * cost input: `software`, or a monthly fee × 1 month for cloud-only / security types), so the
 * picture cannot disagree with /v1/estimate. The x positions are evenly spaced samples plus the
 * exact kinks found from the line's rules as the engine selected them for this applicant (rate
 * segments' `upTo`, the cap, the floor): where the cumulative subsidy reaches each boundary, the
 * cost is solved exactly over rationals and rounded up to the yen, so the polyline bends exactly
 * there. 複数社連携 draws the per-member base line (`group.memberLinesFrom`).
 * Pure: rules + facts in, plain objects out. No HTTP here.
 */
import type { Round } from '../rules/registry.ts';
import { usesProcesses } from '../rules/queries.ts';
import type { ApplicantSize, CostKey, FunctionId, LineCategory, Text, TypeId, TypeRule } from '../rules/schema.ts';
import { estimate, lineSubsidy, MAX_TOTAL_COST, type Costs, type EstimateInput, type EstimateWarning } from './estimate/index.ts';
import { add, ceilYen, cmp, div, formatFraction, parseFraction, sub, yen, ZERO, type Ratio } from './money.ts';
import type { AsOf } from './time.ts';

export interface CurveInput {
  size: ApplicantSize;
  nearMinimumWage?: boolean | undefined;
  functions?: FunctionId[] | undefined;
  processes?: number | undefined;
  /** The visitor's eligible cost on the line, marked on the curve. */
  mark?: number | undefined;
}

export interface CurvePoint {
  cost: number;
  subsidy: number;
}

export interface CurveKink extends CurvePoint {
  /** floor: the subsidy reaches the 補助下限; rate: a rate segment ends; cap: the cap is reached. */
  kind: 'floor' | 'rate' | 'cap';
  /** The exact (unrounded) cost where the boundary is reached, e.g. "2000000/3". */
  exactCost: string;
  /** rate: the rate before and after the kink. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface Curve {
  round: string;
  type: { id: TypeId; name: Text };
  /** The type whose lines are drawn (differs for 複数社連携). */
  linesFrom: TypeId;
  line: { category: LineCategory; name: Text };
  /** The cost input the x axis feeds (monthly inputs are read as one month). */
  costKey: CostKey;
  size: ApplicantSize;
  segments: { rate: string; upTo: number | null }[];
  cap: number | null;
  capInclusive: boolean;
  floor: number | null;
  /** false when nothing is granted at any cost (no cap applies, or the size is not eligible). */
  eligible: boolean;
  points: CurvePoint[];
  kinks: CurveKink[];
  mark: CurvePoint | null;
  xMax: number;
  yMax: number;
  /** Why the curve is flat, when it is (functions_required, size_not_eligible …). */
  warnings: EstimateWarning[];
}

const SAMPLES = 40;
const MONTHLY = new Set<CostKey>(['cloud', 'securityService']);

/** A round axis end (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10^k): the smallest such number ≥ n. */
export const niceCeil = (n: number): number => {
  if (n <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= n) return m * p;
  return 10 * p;
};

/** The type whose lines a curve draws: the type itself, or the group's member type. */
export const curveTypeOf = (round: Round, type: TypeRule): TypeRule | undefined =>
  type.lines ? type : round.rules.types.find((t) => t.id === type.group?.memberLinesFrom && t.lines);

export function subsidyCurve(round: Round, type: TypeRule, input: CurveInput, asOf: AsOf): Curve {
  const base = curveTypeOf(round, type);
  if (!base?.lines) throw new Error(`type ${type.id} of ${round.id} has no lines to draw`);
  const line = base.lines[0]!;
  const costKey = line.costs[0] as CostKey;
  const costsFor = (cost: number): Costs => (MONTHLY.has(costKey) ? { [costKey]: { monthly: cost, months: 1 } } : { [costKey]: cost });
  const request = (cost: number): EstimateInput => ({
    type: base.id,
    applicant: { size: input.size, nearMinimumWage: input.nearMinimumWage },
    ...(base.functions && input.functions?.length ? { functions: input.functions } : {}),
    ...(usesProcesses(base) ? { processes: input.processes ?? 0 } : {}),
    costs: costsFor(cost),
  });
  const subsidyAt = (cost: number) => lineSubsidy(round, request(cost), line.category)!;

  // The segments, cap and floor as the engine selects them for this applicant, read where every segment is used.
  const probeResult = estimate(round, request(MAX_TOTAL_COST), asOf);
  const probe = probeResult.lines.find((l) => l.category === line.category)!;
  const segments = probe.segments.map((s) => ({ rate: s.rate, upTo: s.upTo }));
  const eligible = probe.subsidy > 0;
  const capMost = probe.cap === null ? null : probe.capInclusive ? probe.cap : probe.cap - 1;

  /** The exact cost at which the (unfloored, uncapped) subsidy reaches `target`. */
  const costForSubsidy = (target: number): Ratio | undefined => {
    let cost = ZERO;
    let got = ZERO;
    for (const s of segments) {
      const r = parseFraction(s.rate);
      const end = s.upTo === null ? target : Math.min(s.upTo, target);
      if (cmp(yen(end), got) > 0) {
        cost = add(cost, div(sub(yen(end), got), r));
        got = yen(end);
      }
      if (end === target) return cost;
    }
    return undefined;
  };

  const kinks: CurveKink[] = [];
  if (eligible) {
    const kinkAt = (target: number, kind: CurveKink['kind'], extra: Partial<CurveKink> = {}) => {
      const exact = costForSubsidy(target);
      if (!exact) return;
      const cost = ceilYen(exact);
      kinks.push({ cost, subsidy: subsidyAt(cost), kind, exactCost: formatFraction(exact), ...extra });
    };
    if (probe.floor !== null) kinkAt(probe.floor, 'floor');
    segments.forEach((s, i) => {
      const next = segments[i + 1];
      if (s.upTo !== null && next && (capMost === null || s.upTo < capMost)) kinkAt(s.upTo, 'rate', { from: s.rate, to: next.rate });
    });
    if (capMost !== null) kinkAt(capMost, 'cap');
  }

  const capKink = kinks.find((k) => k.kind === 'cap');
  const reach = Math.max(capKink ? capKink.cost * 1.15 : 0, input.mark !== undefined ? input.mark * 1.05 : 0, eligible ? 0 : 1_000_000, 100_000);
  const xMax = Math.min(niceCeil(reach), MAX_TOTAL_COST);
  const costs = new Set<number>([0]);
  for (let i = 1; i <= SAMPLES; i++) costs.add(Math.round((xMax * i) / SAMPLES));
  for (const k of kinks) {
    costs.add(k.cost);
    // The floor is a step: nothing just below it.
    if (k.kind === 'floor' && k.cost > 0) costs.add(k.cost - 1);
  }
  const points = [...costs]
    .filter((c) => c <= xMax)
    .sort((a, b) => a - b)
    .map((cost) => ({ cost, subsidy: subsidyAt(cost) }));
  const mark = input.mark !== undefined ? { cost: input.mark, subsidy: subsidyAt(input.mark) } : null;
  const yTop = Math.max(capMost ?? 0, ...points.map((p) => p.subsidy), mark?.subsidy ?? 0);

  return {
    round: round.id,
    type: { id: type.id, name: type.name },
    linesFrom: base.id,
    line: { category: line.category, name: line.name },
    costKey,
    size: input.size,
    segments,
    cap: probe.cap,
    capInclusive: probe.capInclusive,
    floor: probe.floor,
    eligible,
    points,
    kinks,
    mark,
    xMax,
    yMax: niceCeil(Math.max(yTop * 1.1, 100_000)),
    warnings: eligible ? [] : probeResult.warnings.filter((w) => w.code !== 'unconfirmed_rule' && w.code !== 'no_upcoming_deadline'),
  };
}
