/**
 * The questions that settle an `unknown` criterion, one per input path, in the order a checklist
 * would ask them: who the applicant is, then registrations, then conduct, then history.
 */
import { BUSINESS_FORMS, INDUSTRIES, SECTORS, TYPE_IDS, type Text } from '../rules/schema.ts';

export interface Answers {
  kind: 'boolean' | 'enum' | 'integer' | 'list';
  values?: string[];
  unit?: 'yen' | 'people' | 'members' | 'percent';
  min?: number;
}

export interface Question {
  /** The request field to fill, e.g. `business.employees`. */
  path: string;
  question: Text;
  answers: Answers;
}

const Q = (path: string, ja: string, en: string, answers: Answers): Question => ({ path, question: { ja, en }, answers });

/** Every question, in checklist order (the order is part of the contract: tie-breaker for `missing`). */
export const QUESTIONS: readonly Question[] = [
  Q('business.form', '事業者の組織形態は何ですか（会社・個人事業主・医療法人など）', 'What is the legal form of the business (company, sole proprietor, medical corporation…)?', { kind: 'enum', values: [...BUSINESS_FORMS] }),
  Q('business.employees', '常時使用する従業員は何人ですか（役員・個人事業主本人を除く）', 'How many regular employees (常時使用する従業員) does the business have, excluding officers and the owner?', { kind: 'integer', unit: 'people', min: 0 }),
  Q('business.industry', '主たる業種は何ですか', 'What is the main industry of the business?', { kind: 'enum', values: [...INDUSTRIES] }),
  Q('business.capital', '資本金の額又は出資の総額はいくらですか（円）', 'What is the stated capital or total investment (yen)?', { kind: 'integer', unit: 'yen', min: 0 }),
  Q('business.deemedLarge', 'みなし大企業に該当しますか（同一の大企業が1/2以上、大企業合計で2/3以上を所有、役員の1/2以上が大企業の役員・職員、直近3年の課税所得の年平均が15億円超 など）', 'Is the business deemed a large company (one large company owns ≥1/2, large companies together ≥2/3, ≥1/2 of officers from a large company, average taxable income over 1.5 billion yen…)?', { kind: 'boolean' }),
  Q('business.operatesInJapan', '日本国内で事業を営む法人又は個人ですか', 'Is the business registered and operating in Japan?', { kind: 'boolean' }),
  Q('status.gbizIdPrime', 'gBizIDプライムのアカウントを取得していますか（取得に2週間程度かかります）', 'Does the business hold a gBizID Prime account (it takes about two weeks to obtain)?', { kind: 'boolean' }),
  Q('status.securityAction', 'SECURITY ACTIONの宣言はどの段階ですか', 'Which SECURITY ACTION declaration has the business made?', { kind: 'enum', values: ['none', 'one-star', 'two-star'] }),
  Q('status.contractedBeforeDecision', '交付決定の前に、導入するITツールの発注・契約・支払いをしましたか', 'Has the business ordered, contracted or paid for the IT tool before the grant decision (交付決定)?', { kind: 'boolean' }),
  Q('status.minimumWageCompliant', '申請の直近月に、事業場内の最低賃金が地域別最低賃金以上ですか', 'In the month before applying, is the lowest wage paid at least the regional minimum wage?', { kind: 'boolean' }),
  Q('status.miradejiCheck', 'みらデジ経営チェックを実施しましたか', 'Has the business completed the Mirai Digital (みらデジ) management check?', { kind: 'boolean' }),
  Q('status.priorGrants', 'IT導入補助金で過去に交付決定を受けた（又はこの回で申請中の）回・類型・交付決定日を教えてください（なければ空の一覧）', 'List earlier IT Introduction Subsidy grants (and applications pending in this round): round, type and decision date; an empty list if none.', { kind: 'list', values: [...TYPE_IDS] }),
  Q('status.groupMembers', 'グループ構成員（代表事業者を含む）は何者ですか', 'How many members does the group have, the lead applicant included?', { kind: 'integer', unit: 'members', min: 0 }),
  Q('status.itProviderInGroup', 'IT提供事業者（IT導入支援事業者）がグループ構成員に含まれていますか', 'Is an IT provider (IT導入支援事業者) among the group members?', { kind: 'boolean' }),
  Q('status.smeCounterparties', '発注者として自ら費用を負担してITツールを導入し、無償でアカウントを供与する受注者に中小企業・小規模事業者等が1社以上含まれますか', 'Is the business the orderer paying for the tool, with at least one SME supplier receiving a free account?', { kind: 'boolean' }),
  Q('status.plannedSubsidy', '申請する補助金額はいくらの予定ですか（円）', 'How much subsidy will the business apply for (yen)?', { kind: 'integer', unit: 'yen', min: 0 }),
  Q('business.sector', '保険医療機関・保険薬局、介護サービス事業、社会福祉事業・更生保護事業、学校のいずれかを営んでいますか', 'Does the business run an insured medical institution or pharmacy, a care service, a social-welfare or rehabilitation service, or a school?', { kind: 'enum', values: [...SECTORS, 'none'] }),
  Q('status.wageRaisePlan', 'この回が求める賃金引上げ計画を策定し、従業員に表明していますか', 'Has the business drawn up the wage-raise plan this round requires and announced it to employees?', { kind: 'boolean' }),
];

const ORDER = new Map(QUESTIONS.map((q, i) => [q.path, i]));

export const question = (path: string): Question => {
  const q = QUESTIONS.find((x) => x.path === path);
  if (!q) throw new Error(`no question for ${path}`);
  return q;
};

/** Checklist position of a path (unknown paths last). */
export const questionOrder = (path: string): number => ORDER.get(path) ?? QUESTIONS.length;
