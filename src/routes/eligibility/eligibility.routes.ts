import { createRoute, z } from '@hono/zod-openapi';
import {
  AsOfSchema,
  customIssue,
  DeadlineStatusSchema,
  LangQuery,
  LocalizedSchema,
  postProblemResponses,
  RoundNameSchema,
  RoundStateSchema,
  sourceExample,
  SourceSchema,
} from '../../schemas/common.ts';
import type { RequirementCode } from '../../rules/schema.ts';
import { APPLICANT_SIZES, BUSINESS_FORMS, INDUSTRIES, REQUIREMENT_CODES, SECTORS, TYPE_IDS } from '../../rules/vocab.ts';

// Enums rebuilt with the zod that @hono/zod-openapi extends (`.openapi()`), whatever the import order.
const TypeId = z.enum(TYPE_IDS);
const BusinessForm = z.enum(BUSINESS_FORMS);
const Industry = z.enum(INDUSTRIES);
const ApplicantSize = z.enum(APPLICANT_SIZES);

// ---------------------------------------------------------------------------------------------
// Codes
// ---------------------------------------------------------------------------------------------

/** What each criterion code checks (stable; documented in the OpenAPI schema). */
export const CRITERION_CODES: Record<RequirementCode, string> = {
  sme_status:
    '中小企業・小規模事業者等であること: capital OR employees at or below the row of the main industry (会社・個人事業主), or employees only for その他の法人.',
  deemed_large:
    'みなし大企業でないこと: no single large company owning ≥1/2, large companies together ≥2/3, officers from large companies ≥1/2, average taxable income > 15億円, …',
  operates_in_japan: '日本国内で事業を営む法人又は個人であること.',
  gbizid_prime: 'gBizIDプライムを取得していること.',
  security_action: 'SECURITY ACTION「★一つ星」又は「★★二つ星」を宣言していること.',
  contract_before_decision: '交付決定前に発注・契約・支払いを行っていないこと.',
  duplicate_type: '同一の類型（枠）に複数申請しないこと (one application per type per round; for 複数社連携, one group per member).',
  miradeji_check: 'みらデジ経営チェックを実施していること (rounds that require it).',
  wage_raise_plan:
    '賃上げ目標: a wage-raise plan announced to employees, required from the round’s amount (150万円以上) unless exempt (r6: 小規模事業者, 医療・介護・社会福祉・学校).',
  minimum_wage: '事業場内最低賃金が地域別最低賃金以上であること.',
  repeat_within_12_months: '過去の交付決定日から12か月以内の申請制限 (which earlier grants block which type is per round).',
  group_size: '複数社連携: グループ構成員が10者以上であること.',
  it_provider_in_group: '複数社連携: IT提供事業者はグループ構成員になれない.',
  prior_recipient_wage_commitment: 'r7: 2022–2025 の交付決定事業者は賃金引上げ計画の策定・表明が必要 (小規模事業者は除く).',
  security_service_repeat: 'お助け隊サービス: 2022–2024 に交付決定、又はこの回で申請済みのものは再度申請できない.',
  sme_counterparty:
    '電子取引類型 (r4 商流一括): 発注者として自ら費用を負担して導入し、アカウントを無償供与する受注者に中小企業・小規模事業者等が1社以上含まれること.',
  concurrent_application:
    '重複申請: another type pending or granted in the same round (status.priorGrants with this ' +
    'round) is checked against both types’ 公募要領: forbidden by either → fail, allowed by ' +
    'either → pass, named by neither → unknown with both sentences in `quotes` and the ' +
    'question status.concurrentConfirmed.',
  accepting_applications:
    '交付申請期間: a 締切 of the type is still ahead. After the last known 締切 of a round or type ' +
    'whose end is published (window closesOn, or a 締切 marked final) → fail; when no further ' +
    '締切 is published yet → unknown.',
  lead_is_corporation: '複数社連携 代表事業者: 日本国内で法人登記され日本国内で事業を営む法人であること (a sole proprietor may only be a 参画事業者).',
  excluded_business:
    '申請の対象外となる事業者でないこと: 風俗営業, 過去1年の労働関係法令違反による送検処分, 反社会的勢力, 宗教法人, 法人格のない任意団体, 補助金交付等停止措置・指名停止措置, 他の補助金での不正 等 (2-1-2).',
  it_support_provider: '申請者自身がこの回のIT導入支援事業者（構成員を含む）に登録している、又は登録しようとしている事業者でないこと (2-1-2 (3)).',
  counterparty_invoice_issuer: '電子取引類型 (ツ): 取引先である中小企業・小規模事業者等が適格請求書発行事業者の登録を受けていること.',
};

export const CriterionCodeSchema = z.enum(REQUIREMENT_CODES).openapi({
  description: `Stable criterion code:\n${REQUIREMENT_CODES.map((c) => `- \`${c}\`: ${CRITERION_CODES[c]}`).join('\n')}`,
  example: 'gbizid_prime',
  'x-enumDescriptions': CRITERION_CODES,
});

// ---------------------------------------------------------------------------------------------
// Request
// ---------------------------------------------------------------------------------------------

const share = (description: string, example: number) =>
  z
    .number()
    .min(0)
    .max(100)
    .optional()
    .openapi({ description: `${description} (percent, 0–100).`, example });

export const DeemedLargeFactsSchema = z
  .object({
    largestLargeOwnerShare: share('Share of shares/出資 owned by the single largest 大企業 (みなし大企業 ①: 1/2以上)', 40),
    largeOwnersShare: share('Share owned by 大企業 together (②: 2/3以上)', 40),
    largeOfficerShare: share('Share of 役員 who are 役員/職員 of a 大企業 (③: 1/2以上)', 0),
    ownedByDeemedLarge: z.boolean().optional().openapi({ description: '④ owned by a company that is itself deemed large by ①–③.', example: false }),
    officersAllFromDeemedLarge: z.boolean().optional().openapi({ description: '⑤ all 役員 are 役員/職員 of a company deemed large by ①–③.', example: false }),
    averageTaxableIncome: z
      .number()
      .int()
      .min(0)
      .max(1e15)
      .optional()
      .openapi({ description: '⑥ average 課税所得 of the last 3 filed years, yen (15億円超 → deemed large).', example: 80_000_000 }),
  })
  .strict()
  .openapi('EligibilityDeemedLargeFacts', {
    description: 'The facts that decide みなし大企業, when `deemedLarge` is not given. Any may be absent.',
    example: { largestLargeOwnerShare: 40, largeOwnersShare: 40, largeOfficerShare: 0, averageTaxableIncome: 80_000_000 },
  });

export const EligibilityBusinessSchema = z
  .object({
    form: BusinessForm.optional().openapi({
      description:
        'Legal form (組織形態). `commerce-association` = 商工会 (商工会法) or 商工会議所 (商工会議所法); ' +
        '`commerce-federation` = 都道府県商工会連合会; `cooperative` = 中小企業団体 and 特別の法律によって設立された組合 (事業協同組合,' +
        ' 商店街振興組合 …); `other` = any form not listed (the answer then asks about the 2-1-2 ' +
        'exclusions, e.g. 宗教法人, 法人格のない任意団体).',
      example: 'company',
    }),
    industry: Industry.optional().openapi({
      description:
        'Main industry (主たる業種). `ryokan` = 旅館業 under the 旅館業法: 旅館・ホテル営業 (hotels included), ' +
        '簡易宿所営業 and 下宿営業 (the 旅館業 row: 資本金5,000万円 or 200 employees); ' +
        '`accommodation`/`entertainment` = other 宿泊業・娯楽業; `rubber` = ゴム製品製造業 (tyres and ' +
        'industrial belts are `manufacturing`).',
      example: 'retail',
    }),
    capital: z
      .number()
      .int()
      .min(0)
      .max(1e15)
      .optional()
      .openapi({ description: '資本金の額又は出資の総額, yen. Companies only: a sole proprietor has none.', example: 30_000_000 }),
    employees: z
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .optional()
      .openapi({ description: '常時使用する従業員 (労働基準法第20条; officers and the owner excluded).', example: 60 }),
    deemedLarge: z.boolean().optional().openapi({ description: 'みなし大企業, if known; otherwise give `deemedLargeFacts`.', example: false }),
    deemedLargeFacts: DeemedLargeFactsSchema.optional(),
    operatesInJapan: z.boolean().optional().openapi({ description: '日本国内で事業を営む法人又は個人.', example: true }),
    excludedCategory: z
      .boolean()
      .optional()
      .openapi({
        description:
          'Any of 申請の対象外となる事業者 (2-1-2): 風俗営業 (except 旅館業), prosecution (送検処分) for labour-law ' +
          'violations within the past year, ties to anti-social forces, 宗教法人, an association ' +
          'without legal personality (任意団体), a 補助金交付等停止措置 or 指名停止措置, fraud in another subsidy.',
        example: false,
      }),
    itSupportProvider: z.boolean().optional().openapi({
      description: 'The applicant itself is registered, or registering, as an IT導入支援事業者 (or one of its members) in the round asked about (2-1-2 (3)).',
      example: false,
    }),
    shotengai: z
      .boolean()
      .optional()
      .openapi({
        description:
          '複数社連携 代表事業者 (ア) (ii): a body with legal personality that makes up a 商店街等 (商店街振興組合, ' +
          '事業協同組合 …). Asked only of a `cooperative` that would lead the group and is not an SME by size.',
        example: true,
      }),
    sector: z
      .enum([...SECTORS, 'none'])
      .optional()
      .openapi({
        description:
          'Activity exempt from the r6 通常枠 賃上げ requirement: insured-medical (保険医療機関・保険薬局), care ' +
          '(介護サービス), social-welfare (社会福祉事業・更生保護事業), school (学校), or none.',
        example: 'none',
      }),
  })
  .strict()
  .openapi('EligibilityBusiness', {
    description: 'Facts about the business; any may be absent (= unknown, answered with questions).',
    example: { form: 'company', industry: 'retail', capital: 30_000_000, employees: 60, deemedLarge: false, operatesInJapan: true },
  });

export const PriorGrantSchema = z
  .object({
    round: RoundNameSchema,
    type: TypeId.openapi({ description: 'Type id of the earlier grant.', example: 'regular' }),
    decidedOn: z.iso.date().optional().openapi({ description: '交付決定日 (YYYY-MM-DD); needed by the 12-month rules.', example: '2024-07-29' }),
  })
  .strict()
  .openapi('EligibilityPriorGrant', {
    description:
      'An earlier IT導入補助金 grant (交付決定), or an application pending in the round asked about. A ' +
      '複数社連携 grant counts for every group member (「グループ構成員を含む」). Rejected or withdrawn ' +
      'applications are not listed.',
    example: { round: 'r5', type: 'regular', decidedOn: '2024-07-29' },
  });

export const EligibilityStatusSchema = z
  .object({
    gbizIdPrime: z.boolean().optional().openapi({ description: 'Holds a gBizID Prime account.', example: true }),
    securityAction: z.enum(['none', 'one-star', 'two-star']).optional().openapi({ description: 'SECURITY ACTION declaration.', example: 'one-star' }),
    miradejiCheck: z.boolean().optional().openapi({ description: 'みらデジ経営チェック done.', example: false }),
    contractedBeforeDecision: z.boolean().optional().openapi({ description: 'Ordered, contracted or paid before 交付決定.', example: false }),
    minimumWageCompliant: z.boolean().optional().openapi({ description: '事業場内最低賃金 ≥ 地域別最低賃金 in the month before applying.', example: true }),
    priorGrants: z
      .array(PriorGrantSchema)
      .max(50)
      .optional()
      .openapi({ description: 'Earlier grants; [] = none. Absent = unknown.', example: [{ round: 'r5', type: 'regular', decidedOn: '2024-07-29' }] }),
    wageRaisePlan: z
      .boolean()
      .optional()
      .openapi({ description: 'A wage-raise plan (賃金引上げ計画) meeting the round’s requirement is drawn up and announced to employees.', example: false }),
    plannedSubsidy: z
      .number()
      .int()
      .min(0)
      .max(1e12)
      .optional()
      .openapi({ description: 'Subsidy the applicant means to request, yen (decides whether 賃上げ is required).', example: 1_000_000 }),
    groupMembers: z.number().int().min(0).max(100_000).optional().openapi({ description: '複数社連携: グループ構成員 including the 代表事業者.', example: 0 }),
    itProviderInGroup: z.boolean().optional().openapi({ description: '複数社連携: an IT提供事業者 is a group member.', example: false }),
    smeCounterparties: z.boolean().optional().openapi({
      description: '電子取引類型: the business is the orderer paying for the tool and at least one supplier given a free account is an SME.',
      example: true,
    }),
    counterpartiesInvoiceIssuers: z
      .boolean()
      .optional()
      .openapi({ description: '電子取引類型 (ツ): the SME 取引先 are registered 適格請求書発行事業者.', example: true }),
    groupRole: z
      .enum(['lead', 'participant'])
      .optional()
      .openapi({
        description:
          '複数社連携: the applicant is the 代表事業者 (lead) or a 参画事業者 (participant). Asked only where the ' +
          'requirements differ (法人 only, gBizIDプライム, the (ア) (ii)–(iv) bodies).',
        example: 'lead',
      }),
    concurrentConfirmed: z
      .boolean()
      .optional()
      .openapi({
        description:
          'The 事務局 confirmed this type may be applied for beside another type pending in the same ' +
          'round, where neither 公募要領 names the pair (e.g. r6 インボイス対応類型 and 電子取引類型).',
        example: true,
      }),
  })
  .strict()
  .openapi('EligibilityStatus', {
    description: 'What the applicant has done; any field may be absent (= unknown).',
    example: { gbizIdPrime: true, securityAction: 'one-star', contractedBeforeDecision: false, minimumWageCompliant: true, priorGrants: [] },
  });

export const EligibilityRequestSchema = z
  .object({
    round: RoundNameSchema.optional(),
    asOf: AsOfSchema.optional(),
    types: z
      .array(TypeId)
      .min(1)
      .max(7)
      .optional()
      .superRefine((list, ctx) => {
        if (list && new Set(list).size !== list.length)
          ctx.addIssue({ ...customIssue('duplicate_item', '同じ類型が重複しています', 'lists a type twice'), input: list });
      })
      .openapi({ description: 'Types to answer for; default every type of the round.', example: ['invoice', 'regular'] }),
    business: EligibilityBusinessSchema.optional(),
    status: EligibilityStatusSchema.optional(),
  })
  .strict()
  .openapi('EligibilityRequest', {
    description: 'A business and what it has done. Every fact is optional: missing facts give `unknown` and the questions to ask.',
    example: {
      round: 'r6',
      asOf: '2025-06-01',
      types: ['invoice', 'regular'],
      business: { form: 'company', industry: 'retail', capital: 30_000_000, employees: 60, deemedLarge: false, operatesInJapan: true },
      status: { gbizIdPrime: true, securityAction: 'one-star', contractedBeforeDecision: false, minimumWageCompliant: true, priorGrants: [] },
    },
  });

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

/** The example size basis (a retail SME decided by its capital), shared by the schema and the classification example. */
const RETAIL_BASIS_EXAMPLE = {
  table: 'sme',
  row: 'retail',
  label: { ja: '小売業', en: 'Retail' },
  source: sourceExample(),
  rule: 'capital',
  capitalMax: 50_000_000,
  employeesMax: 50,
};

const SizeBasisSchema = z
  .object({
    table: z
      .enum(['sme', 'otherForms', 'small', 'smallExcludedForms', 'none'])
      .openapi({ description: 'The table of the rule file’s `applicants` that decided.', example: 'sme' }),
    row: z.string().nullable().openapi({ description: 'Row id in that table.', example: 'retail' }),
    label: z.union([LocalizedSchema, z.null()]),
    source: z.union([SourceSchema, z.null()]),
    confidence: z.literal('unconfirmed').optional(),
    rule: z.enum(['capital', 'employees', 'capital-and-employees', 'main-industry-employees', 'form-excluded', 'no-row', 'unknown']).openapi({
      description:
        'The test that decided: capital, employees, both over (capital-and-employees), the main ' +
        'industry’s employee limit, a form never 小規模, no row for the form, or unknown.',
      example: 'capital',
    }),
    capitalMax: z.number().int().optional().openapi({ description: 'The row’s capital limit (以下), yen.', example: 50_000_000 }),
    employeesMax: z.number().int().optional().openapi({ description: 'The row’s employee limit (以下).', example: 50 }),
  })
  .openapi('EligibilitySizeBasis', {
    description: 'Which row of which table decided a size, and by which test.',
    example: RETAIL_BASIS_EXAMPLE,
  });

const QuestionPathSchema = z.string().openapi({ description: 'Request field that answers the question.', example: 'business.employees' });

export const ClassificationSchema = z
  .object({
    sme: z
      .boolean()
      .nullable()
      .openapi({ description: '中小企業者等 by the tables (before みなし大企業); null = not settled by the facts given.', example: true }),
    small: z.boolean().nullable().openapi({ description: '小規模事業者; null = not settled.', example: false }),
    deemedLarge: z.boolean().nullable().openapi({ description: 'みなし大企業; null = not known.', example: false }),
    size: ApplicantSize.nullable().openapi({ description: 'small | sme | large (large = not an SME or deemed large); null = not settled.', example: 'sme' }),
    basis: SizeBasisSchema,
    smallBasis: SizeBasisSchema,
    deemedLargeBasis: z.object({
      row: z.string().nullable(),
      text: z.union([LocalizedSchema, z.null()]),
      source: z.union([SourceSchema, z.null()]),
      confidence: z.literal('unconfirmed').optional(),
      by: z.enum(['declared', 'facts', 'form', 'unknown']).openapi({
        description:
          'declared (business.deemedLarge), facts (deemedLargeFacts; for a sole proprietor only ⑥, ' +
          'taxable income, applies), form (no row of the round applies to the form), unknown.',
        example: 'declared',
      }),
    }),
    missing: z
      .object({ sme: z.array(QuestionPathSchema), small: z.array(QuestionPathSchema), deemedLarge: z.array(QuestionPathSchema) })
      .openapi({ description: 'Fields that would settle each unknown.' }),
  })
  .openapi('EligibilityClassification', {
    description: 'The applicant’s size by the round’s applicant tables, with the row that decided.',
    example: {
      sme: true,
      small: false,
      deemedLarge: false,
      size: 'sme',
      basis: RETAIL_BASIS_EXAMPLE,
      smallBasis: {
        table: 'small',
        row: 'commerce-service',
        label: { ja: '商業・サービス業（宿泊業・娯楽業を除く）', en: 'Commerce and services' },
        source: sourceExample(),
        rule: 'employees',
        employeesMax: 5,
      },
      deemedLargeBasis: { row: null, text: null, source: sourceExample(), by: 'declared' },
      missing: { sme: [], small: [], deemedLarge: [] },
    },
  });

export const CriterionSchema = z
  .object({
    code: CriterionCodeSchema,
    kind: z.enum(['mandatory', 'bonus']).openapi({ description: '必須 or 加点 (bonus never decides).', example: 'mandatory' }),
    result: z.enum(['pass', 'fail', 'unknown']).openapi({ example: 'pass' }),
    observed: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The input facts the criterion read, by request path (null = not given).', example: { 'status.gbizIdPrime': true } }),
    expected: LocalizedSchema,
    message: LocalizedSchema,
    source: SourceSchema,
    confidence: z
      .literal('unconfirmed')
      .optional()
      .openapi({ description: 'The rule is UNCONFIRMED for this round: a fail cannot by itself make `eligible` no.' }),
    note: LocalizedSchema.optional().openapi({ description: 'A remark on the rule, in Japanese and English.' }),
    quotes: z
      .array(z.object({ text: LocalizedSchema, source: SourceSchema, confidence: z.literal('unconfirmed').optional() }))
      .optional()
      .openapi({
        description:
          'The sources’ own sentences (ja verbatim, en translated) where the outcome rests on what ' +
          'they leave unsaid, e.g. both 公募要領 on a pair of types neither names.',
      }),
  })
  .openapi('EligibilityCriterion', {
    description: 'One named requirement of a type, its result and why.',
    example: {
      code: 'gbizid_prime',
      kind: 'mandatory',
      result: 'pass',
      observed: { 'status.gbizIdPrime': true },
      expected: { ja: 'gBizIDプライムを取得していること', en: 'Must hold a gBizID Prime account' },
      message: { ja: 'gBizIDプライムを取得済みです', en: 'Holds gBizID Prime' },
      source: sourceExample(),
    },
  });

export const MissingFactSchema = z
  .object({
    path: QuestionPathSchema,
    question: LocalizedSchema,
    answers: z.object({
      kind: z.enum(['boolean', 'enum', 'integer', 'list', 'date']),
      values: z.array(z.string()).optional(),
      unit: z.enum(['yen', 'people', 'members', 'percent']).optional(),
      min: z.number().optional(),
    }),
    codes: z.array(CriterionCodeSchema).openapi({ description: 'Criteria the answer would settle.' }),
    decisive: z.boolean().openapi({
      description: 'The answer can make the type `no` (a mandatory, confirmed criterion of a type that is not already `no`). Decisive questions come first.',
      example: true,
    }),
    types: z.array(TypeId).optional().openapi({ description: 'Top-level list only: the types the question concerns.' }),
  })
  .openapi('EligibilityQuestion', {
    description: 'A fact still needed, with the question to ask and the allowed answers.',
    example: {
      path: 'status.gbizIdPrime',
      question: { ja: 'gBizIDプライムのアカウントを取得していますか', en: 'Does the business hold a gBizID Prime account?' },
      answers: { kind: 'boolean' },
      codes: ['gbizid_prime'],
      decisive: true,
    },
  });

export const DeadlineSchema = z
  .object({
    round: z.string(),
    type: TypeId,
    phase: z.number().int().nullable(),
    opensAt: z.string().nullable(),
    closesAt: z.string().openapi({ example: '2025-06-16T17:00:00+09:00' }),
    decisionOn: z.string().nullable(),
    final: z.boolean(),
    status: DeadlineStatusSchema,
    daysLeft: z.number().int(),
    confidence: z.enum(['confirmed', 'unconfirmed']),
    planned: z.boolean(),
    source: SourceSchema,
    decisionSource: z.union([SourceSchema, z.null()]),
    reportBy: z.string().nullable(),
    reportSource: z.union([SourceSchema, z.null()]),
    note: z.object({ ja: z.string(), en: z.string() }).nullable(),
  })
  .openapi('EligibilityDeadline', {
    description: 'The next 締切 of the type not yet closed on asOf (`open`, or `upcoming` before its opening).',
    example: {
      round: 'r6',
      type: 'invoice',
      phase: 2,
      opensAt: '2025-03-31T00:00:00+09:00',
      closesAt: '2025-06-16T17:00:00+09:00',
      decisionOn: '2025-07-24',
      final: false,
      status: 'open',
      daysLeft: 15,
      confidence: 'confirmed',
      planned: false,
      source: sourceExample(),
      decisionSource: null,
      reportBy: null,
      reportSource: null,
      note: null,
    },
  });

/** r6 セキュリティ対策推進枠 (2025 公募要領 2-1-1 (2) (ク)). */
const productivityExample = {
  summary: {
    ja: '労働生産性の目標（3年間の事業計画）: 年平均成長率1%以上',
    en: 'Labour-productivity target (3-year plan): average annual growth of at least 1%',
  },
  targets: [
    {
      measure: 'annual-average',
      percent: 1,
      years: 3,
      appliesTo: 'all',
      applies: true,
      text: {
        ja: '事業計画期間において労働生産性の年平均成長率を1%以上とすること',
        en: 'Average annual labour-productivity growth of at least 1% over the plan period',
      },
      source: sourceExample('2-1-1 (2) (ク)'),
    },
  ],
};

/** 労働生産性 targets of a type's 事業計画, as the eligibility answer states them (src/engine/productivity.ts). */
export const ProductivitySchema = z
  .object({
    summary: LocalizedSchema.openapi({
      description: 'One sentence: the target(s) this applicant commits to in the plan (both, where the request does not tell).',
    }),
    targets: z.array(
      z.object({
        measure: z
          .enum(['after-one-year', 'annual-average'])
          .openapi({ description: 'after-one-year: 1年後の労働生産性の向上率; annual-average: 事業計画期間の年平均成長率.' }),
        percent: z.number().openapi({ description: 'The target in percent (at least).', example: 3 }),
        years: z.number().int().openapi({ description: 'Length of the 事業計画 in years.', example: 3 }),
        appliesTo: z.enum(['all', 'prior-recipients', 'groups-with-prior-recipients']).openapi({
          description: 'Who the source sets it for: every applicant; applicants with the earlier grants the text names; a group with such a member.',
        }),
        applies: z
          .boolean()
          .nullable()
          .openapi({
            description:
              'true: this applicant’s target; false: the other target of the same measure is; ' +
              'null: status.priorGrants (or, for a group, the other members) does not tell.',
          }),
        text: LocalizedSchema.openapi({ description: 'The target as the rule file states it.' }),
        source: SourceSchema,
        confidence: z.literal('unconfirmed').optional(),
        reason: LocalizedSchema.optional().openapi({ description: 'Why the target is unconfirmed.' }),
      }),
    ),
  })
  .nullable()
  .openapi('EligibilityProductivity', {
    description:
      '労働生産性 targets of the type’s 事業計画: a commitment made in the plan, not a yes/no criterion (it never changes `eligible`). ' +
      'null when the round’s rules set none for the type (e.g. インボイス枠).',
    example: productivityExample,
  });

export const TypeEligibilitySchema = z
  .object({
    type: TypeId,
    name: LocalizedSchema,
    frame: LocalizedSchema,
    eligible: z.enum(['yes', 'no', 'unknown']).openapi({
      description: 'no: a mandatory confirmed criterion fails; unknown: a mandatory criterion is unknown or an unconfirmed one fails; yes otherwise.',
      example: 'yes',
    }),
    criteria: z.array(CriterionSchema),
    missing: z.array(MissingFactSchema).openapi({ description: 'Facts that would settle the unknown criteria, most decisive first.' }),
    combinable: z
      .object({
        types: z.array(TypeId).openapi({ description: 'Other types of the round the rules allow in the same period and this business is not ruled out of.' }),
        ruledOut: z.array(TypeId).openapi({ description: 'Allowed by the rules, but this business is not eligible for them.' }),
        source: SourceSchema,
        confidence: z.literal('unconfirmed').optional(),
        note: LocalizedSchema.optional().openapi({ description: 'A remark on the rule, in Japanese and English.' }),
      })
      .nullable()
      .openapi({ description: 'null when the round’s rules say nothing about combining this type.' }),
    deadline: z.union([DeadlineSchema, z.null()]),
    floor: z
      .object({ yen: z.number().int(), source: SourceSchema, confidence: z.literal('unconfirmed').optional() })
      .nullable()
      .openapi({
        description: '補助下限 of the type (the lowest floor of its lines), or null when none (e.g. 下限なし).',
        example: { yen: 50_000, source: sourceExample() },
      }),
    productivity: ProductivitySchema,
    warnings: z.array(z.enum(['unconfirmed_rule', 'no_upcoming_deadline', 'planned_subsidy_below_floor'])).openapi({
      description:
        'unconfirmed_rule: a criterion or a 労働生産性 target that applies rests on an UNCONFIRMED fact; no_upcoming_deadline: no 締切 ' +
        'of the type ahead of asOf is known (see roundStatus for why); ' +
        'planned_subsidy_below_floor: status.plannedSubsidy is below the type’s 補助下限 (`floor`), ' +
        'so that amount cannot be applied for.',
      example: [],
    }),
  })
  .openapi('EligibilityType', {
    description: 'Whether the business may apply for one type, as named criteria.',
    example: {
      type: 'security',
      name: { ja: 'セキュリティ対策推進枠', en: 'Security frame' },
      frame: { ja: 'セキュリティ対策推進枠', en: 'Security frame' },
      eligible: 'yes',
      criteria: [],
      missing: [],
      combinable: { types: ['regular', 'invoice'], ruledOut: [], source: sourceExample() },
      deadline: null,
      floor: { yen: 50_000, source: sourceExample() },
      productivity: productivityExample,
      warnings: ['no_upcoming_deadline'],
    },
  });

export const EligibilityResponseSchema = z
  .object({
    round: z.string().openapi({ example: 'r6' }),
    rulesVersion: z.string().openapi({ example: 'r6-3f2a9c0d1b2e4f5a' }),
    asOf: z.string().openapi({ example: '2025-06-01T00:00:00+09:00' }),
    classification: ClassificationSchema,
    roundStatus: RoundStateSchema,
    types: z.array(TypeEligibilitySchema),
    missing: z.array(MissingFactSchema).openapi({ description: 'Every type’s questions merged, most decisive first, each with the types it concerns.' }),
  })
  .openapi('EligibilityResponse', {
    description: 'Eligibility per type, the classification it rests on, and the questions still open.',
    example: {
      round: 'r6',
      rulesVersion: 'r6-3f2a9c0d1b2e4f5a',
      asOf: '2025-06-01T00:00:00+09:00',
      roundStatus: {
        round: 'r6',
        status: 'open',
        opensAt: '2025-03-31T00:00:00+09:00',
        nextDeadline: '2025-06-16T17:00:00+09:00',
        lastDeadline: '2026-01-07T17:00:00+09:00',
        endPublished: true,
      },
      classification: {
        sme: true,
        small: false,
        deemedLarge: false,
        size: 'sme',
        basis: { table: 'sme', row: 'retail', label: { ja: '小売業', en: 'Retail' }, source: sourceExample(), rule: 'capital' },
        smallBasis: {
          table: 'small',
          row: 'commerce-service',
          label: { ja: '商業・サービス業（宿泊業・娯楽業を除く）', en: 'Commerce and services' },
          source: sourceExample(),
          rule: 'employees',
        },
        deemedLargeBasis: { row: null, text: null, source: null, by: 'declared' },
        missing: { sme: [], small: [], deemedLarge: [] },
      },
      types: [],
      missing: [],
    },
  });

export const checkEligibilityRoute = createRoute({
  method: 'post',
  path: '/v1/eligibility',
  operationId: 'checkEligibility',
  tags: ['eligibility'],
  summary: 'Check eligibility per type · 申請できる類型の判定',
  description:
    'For a business and a round, whether it may apply for each 類型, as named criteria (pass / ' +
    'fail / unknown) with the rule, what was observed and the source; the questions that ' +
    'would settle what is unknown, most decisive first; which other types may be combined; ' +
    'the next deadline. Missing facts are not errors. 事業者が各類型に申請できるかを、根拠付きの要件ごとに判定し、' +
    '未確定の点は次に確認すべき質問を返します。',
  request: {
    query: z.object({ lang: LangQuery }),
    body: { required: true, content: { 'application/json': { schema: EligibilityRequestSchema } } },
  },
  responses: {
    200: { content: { 'application/json': { schema: EligibilityResponseSchema } }, description: 'Eligibility per type.' },
    ...postProblemResponses,
  },
});
