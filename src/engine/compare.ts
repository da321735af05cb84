/**
 * One purchase under every type of a round, ranked by subsidy. For a type that gives nothing
 * (or is held down by a cap that depends on the input), the smallest change that would help,
 * found by re-running the same engine: one more function, more 業務プロセス, a cost that reaches
 * the 補助下限, software beside hardware, a group of the minimum size. Pure.
 */
import type { Round } from '../rules/registry.ts';
import { functionsRuleOf, hasAccountShare, usesProcesses } from '../rules/queries.ts';
import type { FunctionId, PublicSource, Text, TypeId, TypeRule } from '../rules/schema.ts';
import { estimate, estimateSubsidy, fmtYen, type Costs, type EstimateInput, type EstimateResult, type EstimateWarning } from './estimate/index.ts';
import type { AsOf } from './time.ts';

export type CompareInput = Omit<EstimateInput, 'type'> & { types?: TypeId[] | undefined };

export interface Suggestion {
  change: Text;
  subsidy: number;
  patch: Record<string, unknown>;
}

export interface CompareEntry {
  rank: number | null;
  type: TypeId;
  name: Text;
  subsidy: number;
  selfPay: number;
  eligible: boolean;
  reasons: EstimateWarning[];
  suggestions: Suggestion[];
  combinableWith: TypeId[];
  estimate: EstimateResult;
}

export interface CompareResult {
  round: string;
  rulesVersion: string;
  asOf: string;
  best: TypeId | null;
  results: CompareEntry[];
  combinations: { types: TypeId[]; note: Text; source: PublicSource }[];
}

/** Codes that explain why a type gives nothing. */
const BLOCKING = new Set([
  'size_not_eligible',
  'functions_required',
  'processes_required',
  'below_minimum',
  'hardware_without_software',
  'group_too_small',
  'services_without_software',
  'input_not_applicable',
]);

/** The purchase, reduced to the fields this type uses. */
export const inputFor = (round: Round, type: TypeRule, input: CompareInput): EstimateInput => {
  // A group's costs are its members' (group.memberCosts): the purchase becomes one member's when no group is given.
  const out: EstimateInput = { type: type.id, applicant: input.applicant, ...(type.group ? {} : { costs: input.costs }) };
  if (functionsRuleOf(round, type) && input.functions) out.functions = input.functions;
  if (usesProcesses(type) && input.processes !== undefined) out.processes = input.processes;
  if (hasAccountShare(type) && input.accounts) out.accounts = input.accounts;
  if (type.group) out.group = input.group ?? { members: 1, memberCosts: [{ ...(input.costs ?? {}) }] };
  return out;
};

/** The cost field a larger purchase would raise for the type's first line. */
const mainCost = (type: TypeRule): 'software' | 'cloud' | 'securityService' | undefined => {
  const costs = type.lines?.[0]?.costs ?? [];
  if (costs.includes('software')) return 'software';
  if (costs.includes('cloud')) return 'cloud';
  if (costs.includes('securityService')) return 'securityService';
  return undefined;
};

const withCost = (costs: Costs | undefined, key: 'software' | 'cloud' | 'securityService', amount: number): Costs =>
  key === 'software' ? { ...costs, software: amount } : { ...costs, [key]: { monthly: amount, months: 1 } };

/** Smallest amount of the main cost (≥ current) that makes the subsidy positive, by bisection; undefined if none up to 10^9. */
const smallestQualifying = (round: Round, base: EstimateInput, key: 'software' | 'cloud' | 'securityService', asOf: AsOf): number | undefined => {
  const at = (amount: number) => estimateSubsidy(round, { ...base, costs: withCost(base.costs, key, amount) }, asOf);
  let hi = 1_000_000_000;
  if (at(hi) === 0) return undefined;
  let lo = 0;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (at(mid) > 0) hi = mid;
    else lo = mid;
  }
  return hi;
};

const suggestionsFor = (round: Round, type: TypeRule, base: EstimateInput, result: EstimateResult, asOf: AsOf): Suggestion[] => {
  const out: Suggestion[] = [];
  const codes = new Set(result.warnings.map((w) => w.code));
  if (codes.has('size_not_eligible')) return out; // no change of the purchase helps
  const tryPatch = (patch: Partial<EstimateInput>, change: Text) => {
    const subsidy = estimateSubsidy(round, { ...base, ...patch }, asOf);
    if (subsidy > result.subsidy)
      out.push({
        change: { ja: `${change.ja} → ${fmtYen(subsidy)}円`, en: `${change.en} → ${fmtYen(subsidy)} yen` },
        subsidy,
        patch: patch as Record<string, unknown>,
      });
  };

  // One more function (the function-dependent cap).
  const fr = functionsRuleOf(round, type);
  if (fr && !type.group) {
    const have = (base.functions ?? []).filter((f) => fr.value.includes(f));
    const extra = fr.value.find((f) => !have.includes(f));
    const capsByFunctions = type.lines?.flatMap((l) => l.caps.filter((c) => c.when?.minFunctions !== undefined)) ?? [];
    const next = capsByFunctions.filter((c) => c.when!.minFunctions! > have.length).sort((a, b) => a.when!.minFunctions! - b.when!.minFunctions!)[0];
    if (extra && next) {
      const want = next.when!.minFunctions!;
      const fns: FunctionId[] = [...have, ...fr.value.filter((f) => !have.includes(f))].slice(0, want);
      tryPatch(
        { functions: fns },
        {
          ja: `機能を${want}つにする（例: ${fns.join(', ')}）→ 上限${fmtYen(next.max)}円`,
          en: `${want} function(s) (e.g. ${fns.join(', ')}) → cap ${fmtYen(next.max)} yen`,
        },
      );
    }
  }
  // More 業務プロセス (the process-dependent cap / band).
  const capsByProcesses = type.lines?.flatMap((l) => l.caps.filter((c) => c.when?.minProcesses !== undefined)) ?? [];
  const nextP = capsByProcesses.filter((c) => c.when!.minProcesses! > (base.processes ?? 0)).sort((a, b) => a.when!.minProcesses! - b.when!.minProcesses!);
  for (const c of nextP) {
    const p = c.when!.minProcesses!;
    tryPatch(
      { processes: p },
      {
        ja: `業務プロセスを${p}つ以上にする → 上限${fmtYen(c.max)}円${c.inclusive ? '以下' : '未満'}`,
        en: `cover ${p}+ 業務プロセス → cap ${fmtYen(c.max)} yen`,
      },
    );
    if (out.length) break;
  }
  // A purchase that reaches the floor, or software beside hardware.
  const key = mainCost(type);
  if (
    key &&
    !type.group &&
    (codes.has('below_minimum') || codes.has('hardware_without_software')) &&
    !codes.has('functions_required') &&
    !codes.has('processes_required')
  ) {
    const amount = smallestQualifying(round, base, key, asOf);
    if (amount !== undefined) {
      const label =
        key === 'software'
          ? ['ソフトウェア購入費', 'software']
          : key === 'cloud'
            ? ['1か月のクラウド利用料', 'one month of cloud fees']
            : ['1か月のサービス利用料', 'one month of service fees'];
      tryPatch(
        { costs: withCost(base.costs, key, amount) },
        { ja: `${label[0]}を${fmtYen(amount)}円以上にする`, en: `${label[1]} of at least ${fmtYen(amount)} yen` },
      );
    }
  }
  // A group of the minimum size.
  if (type.group && codes.has('group_too_small')) {
    const members = type.group.minMembers.value;
    tryPatch(
      { group: { ...(base.group ?? { members }), members } },
      { ja: `${members}者以上のグループで申請する`, en: `apply as a group of ${members}+ members` },
    );
  }
  return out;
};

export function compare(round: Round, input: CompareInput, asOf: AsOf): CompareResult {
  const types = round.rules.types.filter((t) => !input.types || input.types.includes(t.id));
  const entries: CompareEntry[] = types.map((type) => {
    const base = inputFor(round, type, input);
    const result = estimate(round, base, asOf);
    const eligible = result.subsidy > 0;
    return {
      rank: null,
      type: type.id,
      name: type.name,
      subsidy: result.subsidy,
      selfPay: result.selfPay,
      eligible,
      reasons: eligible ? [] : result.warnings.filter((w) => BLOCKING.has(w.code)),
      suggestions: suggestionsFor(round, type, base, result, asOf),
      combinableWith: type.combinableWith?.value ?? [],
      estimate: result,
    };
  });
  const ranked = entries.filter((e) => e.eligible).sort((a, b) => b.subsidy - a.subsidy);
  ranked.forEach((e, i) => {
    e.rank = i + 1;
  });
  const results = [...ranked, ...entries.filter((e) => !e.eligible)];

  const seen = new Set<string>();
  const combinations: CompareResult['combinations'] = [];
  for (const t of round.rules.types) {
    for (const other of t.combinableWith?.value ?? []) {
      const pair = [t.id, other].sort() as TypeId[];
      if (seen.has(pair.join('+'))) continue;
      seen.add(pair.join('+'));
      const a = round.rules.types.find((x) => x.id === pair[0]);
      const b = round.rules.types.find((x) => x.id === pair[1]);
      if (!a || !b) continue;
      combinations.push({
        types: pair,
        note: {
          ja: `${a.name.ja} と ${b.name.ja} は同じ期間に併せて申請できます`,
          en: `${a.name.en} and ${b.name.en} may both be applied for in the same period`,
        },
        source: t.combinableWith!.source,
      });
    }
  }
  return { round: round.id, rulesVersion: round.rulesVersion, asOf: asOf.iso, best: ranked[0]?.type ?? null, results, combinations };
}
