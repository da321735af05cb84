/**
 * 中小企業者・小規模事業者・みなし大企業: which row of which table of the round's `applicants`
 * decides the applicant's size. Pure: the round's tables + the business facts in, a classification
 * with its basis out. Missing facts give `null` (unknown) and the input paths that would settle it.
 *
 * Sources (r6): IT導入補助金2025 公募要領（通常枠）2-1-1 (1) 中小企業等の定義 / 小規模事業者の定義 and
 * 2-1-2 (1) みなし大企業; earlier rounds cite their own documents in their rule files.
 */
import { cmpDecimal, mul, parseFraction, ratio } from './money.ts';
import type { Applicants, ApplicantSize, BusinessForm, DeemedLargeFact, Industry, PublicSource, Sector, Text } from '../rules/schema.ts';

/** The facts about the business (any may be absent = unknown). */
export interface Business {
  form?: BusinessForm | undefined;
  industry?: Industry | undefined;
  /** 資本金の額又は出資の総額, yen (companies only). */
  capital?: number | undefined;
  /** 常時使用する従業員の数 (労働基準法第20条; 役員・個人事業主本人を除く). */
  employees?: number | undefined;
  /** みなし大企業, if the applicant knows; otherwise the facts below decide. */
  deemedLarge?: boolean | undefined;
  deemedLargeFacts?: Partial<Record<DeemedLargeFact, number | boolean>> | undefined;
  operatesInJapan?: boolean | undefined;
  /** Activity exempting from the r6 通常枠 賃上げ requirement, or 'none'. */
  sector?: Sector | 'none' | undefined;
  /** Any of 2-1-2 申請の対象外となる事業者 (風俗営業, 送検処分 within a year, 反社, 宗教法人, 任意団体, 交付等停止措置, 不正 …). */
  excludedCategory?: boolean | undefined;
  /** Registered (or registering) as an IT導入支援事業者 (構成員を含む) in the round asked about. */
  itSupportProvider?: boolean | undefined;
  /** 複数社連携 (ア) (ii): a body with 法人格 that makes up a 商店街等 (商店街振興組合, 事業協同組合 …). */
  shotengai?: boolean | undefined;
}

export type BasisRule = 'capital' | 'employees' | 'capital-and-employees' | 'main-industry-employees' | 'form-excluded' | 'no-row' | 'unknown';

/** Which row of which table decided, and by which test. */
export interface SizeBasis {
  table: 'sme' | 'otherForms' | 'small' | 'smallExcludedForms' | 'none';
  row: string | null;
  label: Text | null;
  source: PublicSource | null;
  confidence?: 'unconfirmed';
  rule: BasisRule;
  /** The limits of the row that applied (以下). */
  capitalMax?: number;
  employeesMax?: number;
}

export interface DeemedLargeBasis {
  row: string | null;
  text: Text | null;
  source: PublicSource | null;
  confidence?: 'unconfirmed';
  /** `declared`: the applicant said so (business.deemedLarge); `facts`: decided from deemedLargeFacts. */
  by: 'declared' | 'facts' | 'form' | 'unknown';
}

export interface Classification {
  /** 中小企業者等 by the round's tables (before みなし大企業); null when the facts do not settle it. */
  sme: boolean | null;
  /** 小規模事業者. */
  small: boolean | null;
  /** みなし大企業. */
  deemedLarge: boolean | null;
  /** Size for rates and `sizes`: large when not an SME or deemed large. */
  size: ApplicantSize | null;
  basis: SizeBasis;
  smallBasis: SizeBasis;
  deemedLargeBasis: DeemedLargeBasis;
  /** Input paths that would settle an unknown sme / small / deemedLarge, most decisive first. */
  missing: { sme: string[]; small: string[]; deemedLarge: string[] };
}

type SmeRow = Applicants['sme'][number];
type Cited = { source: PublicSource; confidence?: 'unconfirmed' | undefined };

const cite = (row: Cited) => ({ source: row.source, ...(row.confidence ? { confidence: row.confidence } : {}) });
const ONE_ROW_FORMS: readonly BusinessForm[] = ['company', 'sole-proprietor'];

const smeRowFor = (applicants: Applicants, industry: Industry): SmeRow | undefined => applicants.sme.find((r) => r.industries.includes(industry));

/**
 * 中小企業等の定義 ①–⑧: 「資本金の額又は出資の総額が…以下の会社又は常時使用する従業員の数が…以下の会社及び個人事業主」.
 * Either test suffices; a sole proprietor has no capital, so only employees count.
 */
const smeByIndustryRow = (row: SmeRow, b: Business): { result: boolean | null; rule: BasisRule } => {
  const capitalPass = b.form === 'company' && b.capital !== undefined ? b.capital <= row.capitalMax : undefined;
  const employeesPass = b.employees !== undefined ? b.employees <= row.employeesMax : undefined;
  if (capitalPass) return { result: true, rule: 'capital' };
  if (employeesPass) return { result: true, rule: 'employees' };
  const capitalSettled = b.form === 'sole-proprietor' || capitalPass === false;
  if (capitalSettled && employeesPass === false) return { result: false, rule: b.form === 'sole-proprietor' ? 'employees' : 'capital-and-employees' };
  return { result: null, rule: 'unknown' };
};

const rowBasis = (
  table: SizeBasis['table'],
  row: { id: string; label: Text } & Cited,
  rule: BasisRule,
  limits: { capitalMax?: number; employeesMax?: number },
): SizeBasis => ({
  table,
  row: row.id,
  label: row.label,
  ...cite(row),
  rule,
  ...limits,
});

const UNKNOWN_BASIS: SizeBasis = { table: 'none', row: null, label: null, source: null, rule: 'unknown' };

/** The same test over several candidate rows (industry unknown): settled only when every row agrees. */
const agree = (results: (boolean | null)[]): boolean | null => (results.every((r) => r === true) ? true : results.every((r) => r === false) ? false : null);

const classifySme = (applicants: Applicants, b: Business): { sme: boolean | null; basis: SizeBasis; missing: string[] } => {
  if (b.form === undefined)
    return { sme: null, basis: UNKNOWN_BASIS, missing: ['business.form', 'business.employees', 'business.industry', 'business.capital'] };

  if (ONE_ROW_FORMS.includes(b.form)) {
    const capitalPath = b.form === 'company' && b.capital === undefined ? ['business.capital'] : [];
    const employeesPath = b.employees === undefined ? ['business.employees'] : [];
    if (b.industry !== undefined) {
      const row = smeRowFor(applicants, b.industry);
      if (!row) return { sme: false, basis: { ...UNKNOWN_BASIS, rule: 'no-row' }, missing: [] };
      const { result, rule } = smeByIndustryRow(row, b);
      return {
        sme: result,
        basis: rowBasis('sme', row, rule, { ...(b.form === 'company' ? { capitalMax: row.capitalMax } : {}), employeesMax: row.employeesMax }),
        missing: result === null ? [...employeesPath, ...capitalPath] : [],
      };
    }
    // Industry unknown: decided only if every row gives the same answer.
    const results = applicants.sme.map((row) => smeByIndustryRow(row, b));
    const sme = agree(results.map((r) => r.result));
    const rule = sme === null ? 'unknown' : results[0]!.rule;
    return {
      sme,
      basis: { ...UNKNOWN_BASIS, table: sme === null ? 'none' : 'sme', rule },
      missing: sme === null ? ['business.industry', ...employeesPath, ...capitalPath] : [],
    };
  }

  const other = applicants.otherForms.find((r) => r.forms.includes(b.form!));
  if (!other) return { sme: false, basis: { ...UNKNOWN_BASIS, rule: 'no-row' }, missing: [] };
  // ⑫–⑮: 「上記①～⑧の業種分類に基づき、その主たる業種に記載の従業員規模以下の者」.
  const byMainIndustry = other.employeesMax === undefined;
  const limits = byMainIndustry
    ? b.industry !== undefined
      ? [smeRowFor(applicants, b.industry)?.employeesMax].filter((x): x is number => x !== undefined)
      : applicants.sme.map((r) => r.employeesMax)
    : [other.employeesMax!];
  const rule: BasisRule = byMainIndustry ? 'main-industry-employees' : 'employees';
  if (b.employees === undefined) {
    return {
      sme: null,
      basis: rowBasis('otherForms', other, 'unknown', {}),
      missing: ['business.employees', ...(byMainIndustry && b.industry === undefined ? ['business.industry'] : [])],
    };
  }
  const sme = agree(limits.map((max) => b.employees! <= max));
  const employeesMax = limits.length === 1 ? { employeesMax: limits[0]! } : {};
  return { sme, basis: rowBasis('otherForms', other, sme === null ? 'unknown' : rule, employeesMax), missing: sme === null ? ['business.industry'] : [] };
};

/**
 * 小規模事業者の定義: employees only, by industry group; ⑨–⑮ forms never (「小規模事業者に該当しないものとする」).
 */
const classifySmall = (applicants: Applicants, b: Business, sme: boolean | null): { small: boolean | null; basis: SizeBasis; missing: string[] } => {
  if (b.form === undefined) return { small: null, basis: UNKNOWN_BASIS, missing: ['business.form', 'business.employees', 'business.industry'] };
  const excluded = applicants.smallExcludedForms;
  if (excluded?.value.includes(b.form)) {
    return { small: false, basis: { table: 'smallExcludedForms', row: null, label: null, ...cite(excluded), rule: 'form-excluded' }, missing: [] };
  }
  if (sme === false) return { small: false, basis: { ...UNKNOWN_BASIS, rule: 'no-row' }, missing: [] };
  const rows = b.industry !== undefined ? applicants.small.filter((r) => r.industries.includes(b.industry!)) : applicants.small;
  if (b.employees === undefined)
    return { small: null, basis: UNKNOWN_BASIS, missing: ['business.employees', ...(b.industry === undefined ? ['business.industry'] : [])] };
  const small = agree(rows.map((r) => b.employees! <= r.employeesMax));
  if (rows.length === 1) return { small, basis: rowBasis('small', rows[0]!, 'employees', { employeesMax: rows[0]!.employeesMax }), missing: [] };
  return {
    small,
    basis: { ...UNKNOWN_BASIS, table: small === null ? 'none' : 'small', rule: small === null ? 'unknown' : 'employees' },
    missing: small === null ? ['business.industry'] : [],
  };
};

/** A percentage (e.g. 66.67, as the client typed it) is at least a fraction ("1/2" = 50 %), compared exactly. */
export const percentAtLeast = (percent: number, fraction: string): boolean => cmpDecimal(String(percent), mul(ratio(100), parseFraction(fraction))) >= 0;

type DeemedRow = Applicants['deemedLarge'][number];

/** One みなし大企業 row against the facts: true (deemed), false (not by this row), null (fact unknown or row has no test). */
export const deemedLargeRowHolds = (row: DeemedRow, facts: Business['deemedLargeFacts']): boolean | null => {
  if (!row.test) return null;
  const value = facts?.[row.test.fact];
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value;
  if (row.test.atLeast !== undefined) return percentAtLeast(value, row.test.atLeast);
  if (row.test.over !== undefined) return value > row.test.over;
  return null;
};

/** The first みなし大企業 row the facts satisfy, if any (for contradiction checks). */
export const deemedLargeByFacts = (applicants: Applicants, facts: Business['deemedLargeFacts']): { deemed: boolean | null; row: DeemedRow | undefined } => {
  const results = applicants.deemedLarge.map((row) => ({ row, holds: deemedLargeRowHolds(row, facts) }));
  const hit = results.find((r) => r.holds === true);
  if (hit) return { deemed: true, row: hit.row };
  return { deemed: results.length > 0 && results.every((r) => r.holds === false) ? false : null, row: undefined };
};

const FACTS_PATH = 'business.deemedLargeFacts';

const classifyDeemedLarge = (applicants: Applicants, b: Business): { deemedLarge: boolean | null; basis: DeemedLargeBasis; missing: string[] } => {
  // A sole proprietor has no shares, 出資 or 役員 (①–⑤), but ⑥ counts 「各年」 課税所得: only rows
  // about income apply to it.
  const rows = b.form === 'sole-proprietor' ? applicants.deemedLarge.filter((r) => r.test?.fact === 'averageTaxableIncome') : applicants.deemedLarge;
  const scoped = { ...applicants, deemedLarge: rows };
  if (b.deemedLarge !== undefined)
    return { deemedLarge: b.deemedLarge, basis: { row: null, text: null, source: rows[0]?.source ?? null, by: 'declared' }, missing: [] };
  if (rows.length === 0) return { deemedLarge: false, basis: { row: null, text: null, source: null, by: 'form' }, missing: [] };
  const { deemed, row } = deemedLargeByFacts(scoped, b.deemedLargeFacts);
  if (deemed === true && row) return { deemedLarge: true, basis: { row: row.id, text: row.text, ...cite(row), by: 'facts' }, missing: [] };
  if (deemed === false) return { deemedLarge: false, basis: { row: null, text: null, source: rows[0]?.source ?? null, by: 'facts' }, missing: [] };
  // Ask only for the facts still missing (not the blanket question again when some were given).
  const given = b.deemedLargeFacts !== undefined && Object.keys(b.deemedLargeFacts).length > 0;
  const open = rows.filter((r) => r.test && deemedLargeRowHolds(r, b.deemedLargeFacts) === null).map((r) => `${FACTS_PATH}.${r.test!.fact}`);
  const missing = given || b.form === 'sole-proprietor' ? [...new Set(open)] : ['business.deemedLarge'];
  return { deemedLarge: null, basis: { row: null, text: null, source: null, by: 'unknown' }, missing: missing.length ? missing : ['business.deemedLarge'] };
};

const sizeOf = (sme: boolean | null, small: boolean | null, deemedLarge: boolean | null): ApplicantSize | null => {
  if (deemedLarge === true || sme === false) return 'large';
  if (sme === null || deemedLarge === null) return null;
  return small === true ? 'small' : small === false ? 'sme' : null;
};

/** Classifies a business by the round's applicant tables. */
export const classify = (applicants: Applicants, business: Business): Classification => {
  const sme = classifySme(applicants, business);
  const small = classifySmall(applicants, business, sme.sme);
  const deemed = classifyDeemedLarge(applicants, business);
  return {
    sme: sme.sme,
    small: small.small,
    deemedLarge: deemed.deemedLarge,
    size: sizeOf(sme.sme, small.small, deemed.deemedLarge),
    basis: sme.basis,
    smallBasis: small.basis,
    deemedLargeBasis: deemed.basis,
    missing: { sme: sme.missing, small: small.missing, deemedLarge: deemed.missing },
  };
};
