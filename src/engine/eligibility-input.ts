/**
 * Contradictions in an eligibility request: facts that cannot all be true. Missing facts are not
 * errors (they give `unknown` and questions); contradictions are, with the offending field.
 * Pure: the route turns these into a 400 problem; the MCP tool can do the same.
 */
import type { Round } from '../rules/registry.ts';
import { deemedLargeByFacts } from './eligibility-classify.ts';
import type { EligibilityInput } from './eligibility.ts';
import type { InputIssue } from './issues.ts';
import type { AsOf } from './time.ts';

export type { InputIssue } from './issues.ts';

/**
 * @param round the round answered for (みなし大企業 thresholds come from its applicants table)
 * @param lookup finds a round by id or alias (for `priorGrants[].round`)
 */
export const inputContradictions = (round: Round, input: EligibilityInput, asOf: AsOf, lookup: (name: string) => Round | undefined): InputIssue[] => {
  const issues: InputIssue[] = [];
  const b = input.business ?? {};
  const facts = b.deemedLargeFacts;
  const hasFacts = facts !== undefined && Object.keys(facts).length > 0;

  // 個人事業主 has no 資本金, shares or 役員: the capital test and みなし大企業 ①–⑤ do not apply; ⑥
  // (「各年又は各事業年度の課税所得」) does, so deemedLarge and averageTaxableIncome are accepted.
  if (b.form === 'sole-proprietor') {
    if (b.capital !== undefined)
      issues.push({
        path: 'business.capital',
        code: 'capital_not_applicable',
        message: { ja: '個人事業主には資本金がありません（capital を外してください）', en: 'A sole proprietor has no capital; leave capital out' },
      });
    const shareFacts = Object.keys(facts ?? {}).filter((k) => k !== 'averageTaxableIncome');
    if (shareFacts.length)
      issues.push({
        path: `business.deemedLargeFacts.${shareFacts[0]}`,
        code: 'deemed_large_not_applicable',
        message: {
          ja: '個人事業主には株式・出資・役員がないため、みなし大企業①～⑤の事実は当てはまりません（⑥の課税所得のみ）',
          en: 'A sole proprietor has no shares or officers: みなし大企業 ①–⑤ do not apply (only ⑥, taxable income)',
        },
      });
  }
  if (facts?.largestLargeOwnerShare !== undefined && facts.largeOwnersShare !== undefined && facts.largeOwnersShare < facts.largestLargeOwnerShare)
    issues.push({
      path: 'business.deemedLargeFacts.largeOwnersShare',
      code: 'less_than_largest_owner',
      message: {
        ja: '大企業の合計の所有割合が、単一の大企業の所有割合より小さくなっています',
        en: 'The total share of large owners is below the share of the largest one',
      },
    });
  if (b.deemedLarge === false && hasFacts) {
    const { deemed, row } = deemedLargeByFacts(round.rules.applicants, facts);
    if (deemed === true)
      issues.push({
        path: 'business.deemedLarge',
        code: 'contradicts_facts',
        message: {
          ja: `deemedLarge が false ですが、事実はみなし大企業に該当します（${row?.text.ja ?? ''}）`,
          en: `deemedLarge is false but the facts make the business deemed large (${row?.text.en ?? ''})`,
        },
      });
  }

  (input.status?.priorGrants ?? []).forEach((g, i) => {
    const base = `status.priorGrants.${i}`;
    const r = lookup(g.round);
    if (!r) {
      issues.push({ path: `${base}.round`, code: 'unknown_round', message: { ja: `回「${g.round}」はありません`, en: `There is no round "${g.round}"` } });
      return;
    }
    if (!r.rules.types.some((t) => t.id === g.type)) {
      const types = r.rules.types.map((t) => t.id).join(', ');
      issues.push({
        path: `${base}.type`,
        code: 'type_not_in_round',
        message: { ja: `${r.id} に類型「${g.type}」はありません（${types}）`, en: `Round ${r.id} has no type "${g.type}" (${types})` },
      });
    }
    if (g.decidedOn !== undefined && g.decidedOn > asOf.date)
      issues.push({
        path: `${base}.decidedOn`,
        code: 'after_as_of',
        message: { ja: `交付決定日 ${g.decidedOn} が基準日 ${asOf.date} より後です`, en: `The decision date ${g.decidedOn} is after asOf ${asOf.date}` },
      });
    if (g.decidedOn !== undefined && r.rules.window.opensOn.value > g.decidedOn)
      issues.push({
        path: `${base}.decidedOn`,
        code: 'before_round_opened',
        message: { ja: `交付決定日 ${g.decidedOn} が ${r.id} の受付開始より前です`, en: `The decision date ${g.decidedOn} is before round ${r.id} opened` },
      });
  });
  if (input.status?.groupMembers !== undefined && input.status.groupMembers === 0 && input.status.itProviderInGroup === true)
    issues.push({
      path: 'status.itProviderInGroup',
      code: 'contradicts_group_members',
      message: { ja: 'グループ構成員が0者なのに、IT提供事業者が含まれるとされています', en: 'The group has 0 members but an IT provider is said to be in it' },
    });
  return issues;
};
