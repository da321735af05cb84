/**
 * 労働生産性 targets of a type's 事業計画, as the eligibility answer states them.
 *
 * A target is a commitment the applicant makes in the plan, not a yes/no criterion: it never changes
 * a verdict. The rule file gives each target (`productivityTargets`) with the measure, the percent,
 * the plan length and who it is for: every applicant, applicants with the earlier grants the text
 * names (`prior-recipients`), or a group with such a member (`groups-with-prior-recipients`). Which
 * one is this applicant's is read from `status.priorGrants`; where that does not tell, both are
 * stated, as the source does.
 */
import type { ProductivityTarget, PublicSource, Text, TypeRule } from '../rules/schema.ts';
import type { PriorGrant } from './eligibility.ts';

export interface ProductivityTargetView {
  measure: ProductivityTarget['measure'];
  percent: number;
  /** Length of the 事業計画 in years. */
  years: number;
  appliesTo: 'all' | 'prior-recipients' | 'groups-with-prior-recipients';
  /**
   * Whether this is the applicant's target: true; false (the other target of the same measure is);
   * null (status.priorGrants does not tell: both are stated).
   */
  applies: boolean | null;
  /** The target as the rule file states it. */
  text: Text;
  source: PublicSource;
  confidence?: 'unconfirmed';
  reason?: Text;
}

export interface Productivity {
  /** One sentence: the target(s) this applicant commits to (both, where the answer cannot tell). */
  summary: Text;
  targets: ProductivityTargetView[];
}

/**
 * Whether the applicant has one of the earlier grants a target names: true / false, or null when
 * `priorGrants` is absent (unknown), or the target names no grant list and the applicant has some
 * grant, or (for a group) the applicant has none of them but another member might.
 */
const hasQualifyingGrant = (target: ProductivityTarget, grants: readonly PriorGrant[] | undefined) => {
  if (!grants) return null;
  const list = target.grantsFrom;
  // Grants name rounds by id here (the handler resolves aliases).
  const hit = list ? grants.some((g) => list.some((r) => r.round === g.round && r.types.includes(g.type))) : grants.length > 0 ? null : false;
  if (hit === true) return true;
  // A group's other members are not in the request: their grants may still qualify it.
  if (target.appliesTo === 'groups-with-prior-recipients') return null;
  return hit;
};

const MEASURE = {
  'after-one-year': { ja: (p: number) => `1年後に${p}%以上向上`, en: (p: number) => `at least ${p}% higher after one year` },
  'annual-average': { ja: (p: number) => `年平均成長率${p}%以上`, en: (p: number) => `average annual growth of at least ${p}%` },
} as const;

/** The type's targets with which apply to this applicant; null when the rule file sets none. */
export const productivityOf = (type: TypeRule, grants: readonly PriorGrant[] | undefined): Productivity | null => {
  const rules = type.productivityTargets;
  if (!rules) return null;
  const targets: ProductivityTargetView[] = rules.map((t) => ({
    measure: t.measure,
    percent: t.percent,
    years: t.years,
    appliesTo: t.appliesTo ?? 'all',
    applies: t.appliesTo ? hasQualifyingGrant(t, grants) : true,
    text: t.text,
    source: t.source,
    ...(t.confidence ? { confidence: t.confidence } : {}),
    ...(t.reason ? { reason: t.reason } : {}),
  }));
  // A general target gives way to the stricter one of the same measure where that one applies.
  for (const t of targets) {
    if (t.appliesTo !== 'all') continue;
    const variant = targets.find((v) => v.measure === t.measure && v.appliesTo !== 'all');
    if (variant) t.applies = variant.applies === null ? null : !variant.applies;
  }
  const group = type.group !== undefined;
  const parts: Text[] = [];
  for (const measure of ['after-one-year', 'annual-average'] as const) {
    const base = targets.find((t) => t.measure === measure && t.appliesTo === 'all');
    const variant = targets.find((t) => t.measure === measure && t.appliesTo !== 'all');
    const m = MEASURE[measure];
    if (variant?.applies === true || (!base && variant)) {
      parts.push({ ja: m.ja(variant.percent), en: m.en(variant.percent) });
    } else if (base && variant && variant.applies === null) {
      parts.push(
        group
          ? {
              ja: `${m.ja(base.percent)}（対象の過去の交付決定事業者が構成員にいれば${variant.percent}%以上）`,
              en: `${m.en(base.percent)} (${variant.percent}% with a member granted as the 公募要領 names)`,
            }
          : {
              ja: `${m.ja(base.percent)}（対象の過去の交付決定事業者は${variant.percent}%以上）`,
              en: `${m.en(base.percent)} (${variant.percent}% for earlier grantees the 公募要領 names)`,
            },
      );
    } else if (base) {
      parts.push({ ja: m.ja(base.percent), en: m.en(base.percent) });
    }
  }
  const years = Math.max(...targets.map((t) => t.years));
  const unconfirmed = targets.some((t) => t.applies !== false && t.confidence === 'unconfirmed');
  const summary: Text = {
    ja:
      `労働生産性の目標（${years}年間の事業計画${group ? '、補助事業グループ' : ''}）: ${parts.map((p) => p.ja).join('、')}` +
      (unconfirmed ? '（未確認）' : ''),
    en:
      `Labour-productivity target (${years}-year plan${group ? ', of the group' : ''}): ${parts.map((p) => p.en).join('; ')}` +
      (unconfirmed ? ' (unconfirmed)' : ''),
  };
  return { summary, targets };
};
