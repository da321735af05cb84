/**
 * Checks of an estimate request that its wire schema cannot express, because they need the
 * round's type: fields for other types, group sizes, the total. A list of InputIssue (400).
 */
import type { Round } from '../../rules/registry.ts';
import { functionsRuleOf, hasAccountShare, usesProcesses } from '../../rules/queries.ts';
import type { CostKey, TypeRule } from '../../rules/schema.ts';
import { COST_KEYS } from '../../rules/vocab.ts';
import type { InputIssue } from '../issues.ts';
import type { CompareInput } from '../compare.ts';
import { MAX_TOTAL_COST, type Costs, type EstimateInput, type GroupInput } from './types.ts';

/** What the applicant pays for the inputs of one `costs` object (all months included). */
export const sumCosts = (c: Costs | undefined): number =>
  (c?.software ?? 0) +
  (c?.services ?? 0) +
  (c?.pc ?? 0) +
  (c?.register ?? 0) +
  (c?.cloud?.monthly ?? 0) * (c?.cloud?.months ?? 0) +
  (c?.securityService?.monthly ?? 0) * (c?.securityService?.months ?? 0);

/** What one cost field of `costs` costs (all months included). */
const costOf = (costs: Costs, k: CostKey): number =>
  k === 'cloud' || k === 'securityService' ? (costs[k]?.monthly ?? 0) * (costs[k]?.months ?? 0) : (costs[k] ?? 0);

/** The cost fields of `costs` with a positive amount that no line covers, with what they cost. */
export const uncoveredCosts = (costs: Costs | undefined, covered: ReadonlySet<CostKey>, prefix: string): { field: string; cost: number }[] => {
  const out: { field: string; cost: number }[] = [];
  if (!costs) return out;
  for (const k of Object.keys(costs) as CostKey[]) {
    if (!COST_KEYS.includes(k) || covered.has(k)) continue;
    const cost = costOf(costs, k);
    if (cost > 0) out.push({ field: `${prefix}.${k}`, cost });
  }
  return out;
};

/** The cost fields the lines of a type cover, once per type. */
const coveredByType = new WeakMap<TypeRule, ReadonlySet<CostKey>>();
export const coveredCosts = (type: TypeRule): ReadonlySet<CostKey> => {
  let covered = coveredByType.get(type);
  if (!covered) {
    covered = new Set((type.lines ?? []).flatMap((l) => l.costs));
    coveredByType.set(type, covered);
  }
  return covered;
};

const issue = (path: string, code: string, ja: string, en: string): InputIssue => ({ path, code, message: { ja, en } });

/** The sum of every cost of the request (top-level costs and the group's). */
const totalOf = (costs: Costs | undefined, g: GroupInput | undefined): number =>
  sumCosts(costs) + (g ? (g.analysis ?? 0) + (g.admin ?? 0) + (g.memberCosts ?? []).reduce((s, m) => s + sumCosts(m), 0) : 0);

const totalIssues = (costs: Costs | undefined, g: GroupInput | undefined): InputIssue[] =>
  totalOf(costs, g) > MAX_TOTAL_COST
    ? [issue('costs', 'too_big', '経費の合計が 10,000,000,000 円を超えています', 'the total of all costs exceeds 10,000,000,000 yen')]
    : [];

/** A group that contradicts itself, whatever the type: more entries or analysis members than members. */
const groupSanityIssues = (g: GroupInput | undefined): InputIssue[] => {
  if (!g) return [];
  const out: InputIssue[] = [];
  if ((g.memberCosts?.length ?? 0) > g.members)
    out.push(issue('group.memberCosts', 'too_big', '構成員数より多い経費が指定されています', 'has more entries than group.members'));
  if (g.analysisMembers !== undefined && g.analysisMembers > g.members)
    out.push(issue('group.analysisMembers', 'too_big', '構成員数を超えています', 'must not exceed group.members'));
  return out;
};

const memberFunctionsIssue = (i: number): InputIssue =>
  issue(
    `group.memberCosts.${i}.functions`,
    'not_applicable',
    'この回の基盤導入経費には機能の指定がありません',
    'the member lines of this round have no functions',
  );

const accountsIssues = (accounts: EstimateInput['accounts']): InputIssue[] =>
  accounts && accounts.sme > accounts.total
    ? [issue('accounts.sme', 'too_big', '取引先へのアカウント数が総数を超えています', 'must not exceed accounts.total')]
    : [];

/** Inputs that do not fit the type (400): fields for other types, group sizes, totals. */
export const estimateInputIssues = (round: Round, type: TypeRule, input: EstimateInput): InputIssue[] => {
  const issues: InputIssue[] = [];
  const notFor = (path: string, ja: string, en: string) => issues.push(issue(path, 'not_applicable', ja, en));
  const functionsRule = functionsRuleOf(round, type);
  if (input.functions?.length && !functionsRule)
    notFor('functions', `${type.name.ja}には機能（プロセス）の指定がありません`, `${type.name.en} has no functions to choose`);
  if (input.processes !== undefined && !usesProcesses(type))
    notFor('processes', `業務プロセス数は通常枠でのみ使います`, `processes only apply to the regular frame (通常枠)`);
  if (input.accounts && !hasAccountShare(type))
    notFor(
      'accounts',
      `アカウント数は電子取引類型（この回で按分がある類型）でのみ使います`,
      `accounts only apply to a type that prorates by SME accounts (電子取引類型)`,
    );
  issues.push(...accountsIssues(input.accounts));
  if (input.group && !type.group) notFor('group', `group は複数社連携でのみ使います（type: multi-company）`, `group only applies to type multi-company`);
  if (type.group && !input.group)
    issues.push(issue('group', 'required', '複数社連携では group（構成員数と経費）が必要です', 'type multi-company needs group (members and costs)'));
  const g = input.group;
  if (g && type.group) {
    issues.push(...groupSanityIssues(g));
    g.memberCosts?.forEach((m, i) => {
      if (m.functions?.length && !functionsRule) issues.push(memberFunctionsIssue(i));
    });
  }
  issues.push(...totalIssues(input.costs, g));
  return issues;
};

/**
 * Checks of a compare request (one purchase under every type): type-specific fields are dropped
 * per type, so only what holds whatever the type is checked — the accounts and the group against
 * themselves, members' functions where the round's 複数社連携 counts none, and the total.
 */
export const compareInputIssues = (round: Round, input: CompareInput): InputIssue[] => {
  const groupType = round.rules.types.find((t) => t.group);
  const memberFunctions =
    groupType && !functionsRuleOf(round, groupType)
      ? (input.group?.memberCosts ?? []).flatMap((m, i) => (m.functions?.length ? [memberFunctionsIssue(i)] : []))
      : [];
  return [...accountsIssues(input.accounts), ...groupSanityIssues(input.group), ...memberFunctions, ...totalIssues(input.costs, input.group)];
};
