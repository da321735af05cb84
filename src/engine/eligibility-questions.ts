/**
 * The questions that settle an `unknown` criterion, one per input path, in the order a checklist
 * would ask them: who the applicant is, then registrations, then conduct, then history.
 */
import type { Text } from '../rules/schema.ts';
import { BUSINESS_FORMS, INDUSTRIES, SECTORS, TYPE_IDS } from '../rules/vocab.ts';

export interface Answers {
  kind: 'boolean' | 'enum' | 'integer' | 'list' | 'date';
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
  Q(
    'business.form',
    '事業者の組織形態は何ですか（会社・個人事業主・医療法人など）',
    'What is the legal form of the business (company, sole proprietor, medical corporation…)?',
    { kind: 'enum', values: [...BUSINESS_FORMS] },
  ),
  Q(
    'business.employees',
    '常時使用する従業員は何人ですか（役員・個人事業主本人を除く）',
    'How many regular employees (常時使用する従業員) does the business have, excluding officers and the owner?',
    { kind: 'integer', unit: 'people', min: 0 },
  ),
  Q('business.industry', '主たる業種は何ですか', 'What is the main industry of the business?', { kind: 'enum', values: [...INDUSTRIES] }),
  Q('business.capital', '資本金の額又は出資の総額はいくらですか（円）', 'What is the stated capital or total investment (yen)?', {
    kind: 'integer',
    unit: 'yen',
    min: 0,
  }),
  Q(
    'business.deemedLarge',
    'みなし大企業に該当しますか（同一の大企業が1/2以上、大企業合計で2/3以上を所有、役員の1/2以上が大企業の役員・職員、直近3年の課税所得の年平均が15億円超 など）',
    'Is the business deemed a large company (one large company owns ≥1/2, large companies ' +
      'together ≥2/3, ≥1/2 of officers from a large company, average taxable income over 1.5 ' +
      'billion yen…)?',
    { kind: 'boolean' },
  ),
  Q(
    'business.deemedLargeFacts.largestLargeOwnerShare',
    '同一の大企業が所有している株式・出資の割合は何％ですか（みなし大企業①: 1/2以上）',
    'What share (percent) of the shares or capital does the single largest large company own (みなし大企業 ①: at least 1/2)?',
    { kind: 'integer', unit: 'percent', min: 0 },
  ),
  Q(
    'business.deemedLargeFacts.largeOwnersShare',
    '大企業が合計で所有している株式・出資の割合は何％ですか（②: 2/3以上）',
    'What share (percent) do large companies own together (②: at least 2/3)?',
    { kind: 'integer', unit: 'percent', min: 0 },
  ),
  Q(
    'business.deemedLargeFacts.largeOfficerShare',
    '大企業の役員又は職員を兼ねている者は役員総数の何％ですか（③: 1/2以上）',
    'What share (percent) of the officers are officers or employees of a large company (③: at least 1/2)?',
    { kind: 'integer', unit: 'percent', min: 0 },
  ),
  Q(
    'business.deemedLargeFacts.ownedByDeemedLarge',
    '①～③に該当する会社が株式・出資を所有していますか（④）',
    'Is the business owned by a company that is itself deemed large by ①–③ (④)?',
    { kind: 'boolean' },
  ),
  Q(
    'business.deemedLargeFacts.officersAllFromDeemedLarge',
    '①～③に該当する会社の役員又は職員を兼ねている者が役員の全てを占めていますか（⑤）',
    'Are all officers officers or employees of a company deemed large by ①–③ (⑤)?',
    { kind: 'boolean' },
  ),
  Q(
    'business.deemedLargeFacts.averageTaxableIncome',
    '確定している（申告済みの）直近過去3年分の各年又は各事業年度の課税所得の年平均額はいくらですか（円、⑥: 15億円超）',
    'What is the average taxable income of the last 3 filed years or business years (yen; ⑥: above 1.5 billion)?',
    { kind: 'integer', unit: 'yen', min: 0 },
  ),
  Q('business.operatesInJapan', '日本国内で事業を営む法人又は個人ですか', 'Is the business registered and operating in Japan?', { kind: 'boolean' }),
  Q(
    'business.excludedCategory',
    '申請の対象外となる事業者に該当しますか（風俗営業、過去1年の労働関係法令違反による送検処分、反社会的勢力との関係、宗教法人、法人格のない任意団体、補助金交付等停止措置・指名停止措置、他の補助金での不正 等）',
    'Is the business among those excluded from applying (風俗営業, prosecution for labour-law ' +
      'violations within the past year, ties to anti-social forces, a religious corporation, ' +
      'an association without legal personality, a suspension of subsidies, fraud in another ' +
      'subsidy…)?',
    { kind: 'boolean' },
  ),
  Q(
    'business.itSupportProvider',
    '申請者自身が、この回のIT導入支援事業者（構成員を含む）に登録している、又は登録しようとしていますか',
    'Is the applicant itself registered, or registering, as an IT導入支援事業者 (or one of its members) in this round?',
    { kind: 'boolean' },
  ),
  Q(
    'status.groupRole',
    '複数社連携で、申請者は代表事業者ですか、参画事業者ですか',
    'In the 複数社連携 group, is the applicant the 代表事業者 (lead) or a 参画事業者 (participant)?',
    { kind: 'enum', values: ['lead', 'participant'] },
  ),
  Q(
    'business.shotengai',
    '商店街等（商店街、共同店舗・テナントビル、温泉街・飲食店街、問屋街・市場等）を構成する、法人格のある団体（商店街振興組合、事業協同組合 等）ですか',
    'Is the body, with legal personality, one that makes up a 商店街等 (a shopping street, ' +
      'shared store or tenant building, spa or restaurant district, wholesale district or ' +
      'market), such as a 商店街振興組合 or 事業協同組合?',
    { kind: 'boolean' },
  ),
  Q(
    'status.gbizIdPrime',
    'gBizIDプライムのアカウントを取得していますか（取得に2週間程度かかります）',
    'Does the business hold a gBizID Prime account (it takes about two weeks to obtain)?',
    { kind: 'boolean' },
  ),
  Q('status.securityAction', 'SECURITY ACTIONの宣言はどの段階ですか', 'Which SECURITY ACTION declaration has the business made?', {
    kind: 'enum',
    values: ['none', 'one-star', 'two-star'],
  }),
  Q(
    'status.contractedBeforeDecision',
    '交付決定の前に、導入するITツールの発注・契約・支払いをしましたか',
    'Has the business ordered, contracted or paid for the IT tool before the grant decision (交付決定)?',
    { kind: 'boolean' },
  ),
  Q(
    'status.minimumWageCompliant',
    '申請の直近月に、事業場内の最低賃金が地域別最低賃金以上ですか',
    'In the month before applying, is the lowest wage paid at least the regional minimum wage?',
    { kind: 'boolean' },
  ),
  Q('status.miradejiCheck', 'みらデジ経営チェックを実施しましたか', 'Has the business completed the Mirai Digital (みらデジ) management check?', {
    kind: 'boolean',
  }),
  Q(
    'status.priorGrants',
    'IT導入補助金で過去に交付決定を受けた（又はこの回で申請中の）回・類型・交付決定日を教えてください（なければ空の一覧）',
    'List earlier IT Introduction Subsidy grants (and applications pending in this round): round, type and decision date; an empty list if none.',
    { kind: 'list', values: [...TYPE_IDS] },
  ),
  Q('status.groupMembers', 'グループ構成員（代表事業者を含む）は何者ですか', 'How many members does the group have, the lead applicant included?', {
    kind: 'integer',
    unit: 'members',
    min: 0,
  }),
  Q(
    'status.itProviderInGroup',
    'IT提供事業者（IT導入支援事業者）がグループ構成員に含まれていますか',
    'Is an IT provider (IT導入支援事業者) among the group members?',
    { kind: 'boolean' },
  ),
  Q(
    'status.smeCounterparties',
    '発注者として自ら費用を負担してITツールを導入し、無償でアカウントを供与する受注者に中小企業・小規模事業者等が1社以上含まれますか',
    'Is the business the orderer paying for the tool, with at least one SME supplier receiving a free account?',
    { kind: 'boolean' },
  ),
  Q(
    'status.counterpartiesInvoiceIssuers',
    '取引先である中小企業・小規模事業者等は、インボイス制度の適格請求書発行事業者の登録を受けていますか',
    'Are the SME 取引先 registered as qualified invoice issuers (適格請求書発行事業者) under the invoice system?',
    { kind: 'boolean' },
  ),
  Q(
    'status.concurrentConfirmed',
    '同じ回で申請中（交付決定済み）の他の類型と併せてこの類型に申請できることを、事務局に確認しましたか（公募要領に定めがありません）',
    'Has the 事務局 confirmed that this type may be applied for beside the other type pending (or granted) in this round? The 公募要領 says neither.',
    { kind: 'boolean' },
  ),
  Q('status.plannedSubsidy', '申請する補助金額はいくらの予定ですか（円）', 'How much subsidy will the business apply for (yen)?', {
    kind: 'integer',
    unit: 'yen',
    min: 0,
  }),
  Q(
    'business.sector',
    '保険医療機関・保険薬局、介護サービス事業、社会福祉事業・更生保護事業、学校のいずれかを営んでいますか',
    'Does the business run an insured medical institution or pharmacy, a care service, a social-welfare or rehabilitation service, or a school?',
    { kind: 'enum', values: [...SECTORS, 'none'] },
  ),
  Q(
    'status.wageRaisePlan',
    'この回が求める賃金引上げ計画を策定し、従業員に表明していますか',
    'Has the business drawn up the wage-raise plan this round requires and announced it to employees?',
    { kind: 'boolean' },
  ),
];

const ORDER = new Map(QUESTIONS.map((q, i) => [q.path, i]));
const GRANT_DATE = /^status\.priorGrants\.(\d+)\.decidedOn$/;

/** The question for one missing 交付決定日: names the grant by its position, round and type. */
const grantDateQuestion = (path: string, index: number, grant: { round: string; type: string } | undefined): Question => {
  const which = grant ? `${grant.round} ${grant.type}` : `#${index}`;
  return Q(
    path,
    `priorGrants[${index}]（${which}）の交付決定日（YYYY-MM-DD）はいつですか`,
    `What is the decision date (交付決定日, YYYY-MM-DD) of priorGrants[${index}] (${which})?`,
    { kind: 'date' },
  );
};

/** The question for a path; `status` names the grant a missing decision date belongs to. */
export const question = (path: string, status?: { priorGrants?: { round: string; type: string }[] | undefined }): Question => {
  const m = GRANT_DATE.exec(path);
  if (m) return grantDateQuestion(path, Number(m[1]), status?.priorGrants?.[Number(m[1])]);
  const q = QUESTIONS.find((x) => x.path === path);
  if (!q) throw new Error(`no question for ${path}`);
  return q;
};

/** Checklist position of a path (unknown paths last; a grant's decision date where priorGrants is). */
export const questionOrder = (path: string): number => ORDER.get(GRANT_DATE.test(path) ? 'status.priorGrants' : path) ?? QUESTIONS.length;
