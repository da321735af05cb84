/**
 * The closed vocabularies of the rule files and the API (the programme's own terms, romanised
 * once; glossary in rules/README.md), as plain constants: routes and engines import them from
 * here, so a Worker isolate never builds the rule-file zod schema (src/rules/schema.ts, used
 * only where a rule file is validated: the build and the tests).
 */

export const TYPE_IDS = [
  'regular', // 通常枠
  'digital-base', // デジタル化基盤導入類型 (r3, r4)
  'commercial-invoice', // 商流一括インボイス対応類型 (r4)
  'invoice', // インボイス枠 インボイス対応類型 (r5+)
  'e-transaction', // インボイス枠 電子取引類型 (r5+)
  'security', // セキュリティ対策推進枠
  'multi-company', // 複数社連携IT導入類型 / 枠
] as const;

export const APPLICANT_SIZES = ['small', 'sme', 'large'] as const;

export const FUNCTION_IDS = ['accounting', 'ordering', 'payment', 'ec'] as const;

/** Cost inputs of /v1/estimate that a line can sum. */
export const COST_KEYS = ['software', 'cloud', 'services', 'pc', 'register', 'securityService'] as const;

export const LINE_CATEGORIES = [
  'it-tool', // ソフトウェア購入費 + クラウド利用料 + 導入関連費 (the ITツール)
  'pc', // PC・タブレット等
  'register', // レジ・券売機等
  'security-service', // サイバーセキュリティお助け隊サービス利用料
  'analysis', // 消費動向等分析経費 (複数社連携)
  'admin', // 事務費・専門家費 (複数社連携)
] as const;

export const BUSINESS_FORMS = [
  'company',
  'sole-proprietor',
  'medical-corporation',
  'social-welfare-corporation',
  'school-corporation',
  'commerce-association', // 商工会 (商工会法) or 商工会議所 (商工会議所法)
  'commerce-federation', // 都道府県商工会連合会
  'cooperative',
  'foundation-or-association',
  'npo',
  'other',
] as const;

export const INDUSTRIES = [
  'manufacturing',
  'construction',
  'transport',
  'wholesale',
  'retail',
  'service',
  'software',
  'ryokan',
  'accommodation',
  'entertainment',
  'rubber',
  'other',
] as const;

export const REQUIREMENT_CODES = [
  'sme_status', // 中小企業・小規模事業者等であること
  'deemed_large', // みなし大企業でないこと
  'operates_in_japan', // 日本国内で事業を営むこと
  'gbizid_prime', // gBizIDプライム
  'security_action', // SECURITY ACTION ★ / ★★
  'contract_before_decision', // 交付決定前の発注・契約・支払いは不可
  'duplicate_type', // 同一類型への複数申請不可
  'miradeji_check', // みらデジ経営チェック
  'wage_raise_plan', // 賃上げ目標
  'minimum_wage', // 事業場内最低賃金 ≥ 地域別最低賃金
  'repeat_within_12_months', // 過去の交付決定から12か月以内の申請制限
  'group_size', // 複数社連携: 10者以上
  'it_provider_in_group', // 複数社連携: IT提供事業者はグループに入れない
  'prior_recipient_wage_commitment', // r7: 過去の交付決定事業者の賃上げ計画 (小規模は除外)
  'security_service_repeat', // お助け隊サービスの重複申請不可
  'sme_counterparty', // 電子取引類型: 発注者であり、受注者に中小企業・小規模事業者等が1社以上含まれること
  'concurrent_application', // 同期間中に申請中（交付決定済み）の他の類型との重複申請の可否
  'accepting_applications', // この回（この類型）が交付申請を受け付けていること
  'lead_is_corporation', // 複数社連携: 代表事業者は日本国内で法人登記された法人であること
  'excluded_business', // 申請の対象外となる事業者（風俗営業・送検処分・反社・宗教法人・任意団体 等）でないこと
  'it_support_provider', // 申請者自身がこの回のIT導入支援事業者（構成員を含む）に登録していない（しようとしていない）こと
  'counterparty_invoice_issuer', // 電子取引類型 (ツ): 取引先の中小企業・小規模事業者等が適格請求書発行事業者であること
] as const;

/**
 * Activities exempt from the r6 通常枠 賃上げ requirement (公募要領（通常枠）2-1-1 (2) (ト)):
 * 保険医療機関・保険薬局, 介護サービス事業者, 社会福祉事業・更生保護事業, 学校教育法に基づく学校等.
 */
export const SECTORS = ['insured-medical', 'care', 'social-welfare', 'school'] as const;

/** The facts that decide みなし大企業 (one per exclusion row; shares in percent, income in yen). */
export const DEEMED_LARGE_FACTS = [
  'largestLargeOwnerShare', // ① share owned by a single 大企業
  'largeOwnersShare', // ② share owned by 大企業 together
  'largeOfficerShare', // ③ share of 役員 who are 役員/職員 of a 大企業
  'ownedByDeemedLarge', // ④ owned by a company that is ①–③ (yes/no)
  'officersAllFromDeemedLarge', // ⑤ all 役員 are 役員/職員 of a ①–③ company (yes/no)
  'averageTaxableIncome', // ⑥ 課税所得 年平均 (last 3 filed years), yen
] as const;

export const WARNING_CODES = [
  'below_minimum',
  'capped',
  'unconfirmed_rule',
  'cloud_months_truncated',
  'service_months_truncated',
  'hardware_without_software',
  'function_not_counted',
  'functions_required',
  'processes_required',
  'wage_raise_plan_required',
  'group_too_small',
  'services_cost_capped',
  'account_share_assumed',
  'round_window_unconfirmed',
  'no_upcoming_deadline',
  'size_not_eligible',
  'near_minimum_wage_definition',
  'services_without_software',
  'input_not_applicable',
] as const;

/** How solid a document is (rules/README.md "Authority grades"). */
export const AUTHORITIES = ['official', 'official-quoted', 'portal', 'blog', 'dataset'] as const;
