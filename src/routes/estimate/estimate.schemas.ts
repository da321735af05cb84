/** Wire schemas of /v1/estimate, /v1/estimate/compare and /v1/rounds/{id}/examples. */
import { z } from '@hono/zod-openapi';
import { AsOfSchema, customIssue, LocalizedSchema, RoundNameSchema, RoundStateSchema, sourceExample, SourceSchema } from '../../schemas/common.ts';
import { APPLICANT_SIZES, FUNCTION_IDS, LINE_CATEGORIES, TYPE_IDS, WARNING_CODES } from '../../rules/vocab.ts';
import { DeadlineSchema } from '../eligibility/eligibility.routes.ts';

// Enums rebuilt with the zod that @hono/zod-openapi extends.
const TypeId = z.enum(TYPE_IDS);
const ApplicantSize = z.enum(APPLICANT_SIZES);
const FunctionId = z.enum(FUNCTION_IDS);
const LineCategory = z.enum(LINE_CATEGORIES);

/** The largest single amount accepted (10^10 yen); the total is checked too. */
export const MAX_YEN = 10_000_000_000;
export const MAX_MONTHS = 120;
/**
 * The largest 複数社連携 group one request may describe (members, analysisMembers, memberCosts
 * entries). The 公募要領 asks for 10 or more members and names no maximum; 200 is far above any
 * group the programme has seen, and bounds what one request costs (about 5 ms of CPU and 200 KB
 * of answer at 200 members). Above it: 400 validation_failed on the field.
 */
export const MAX_GROUP_MEMBERS = 200;

const yenField = (description: string, example: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(MAX_YEN)
    .optional()
    .openapi({ description: `${description} Integer yen, excluding tax.`, example });

export const MonthlyCostSchema = z
  .object({
    monthly: z.number().int().min(0).max(MAX_YEN).optional().openapi({ description: 'Monthly fee, integer yen excluding tax.', example: 20_000 }),
    months: z
      .number()
      .int()
      .min(0)
      .max(MAX_MONTHS)
      .optional()
      .openapi({ description: `Months contracted (0–${MAX_MONTHS}); months beyond the round’s limit are paid but not eligible.`, example: 24 }),
  })
  .strict()
  .openapi('EstimateMonthlyCost', { description: 'A monthly fee and the months paid.', example: { monthly: 20_000, months: 24 } });

const costFields = {
  software: yenField('ソフトウェア購入費 including options.', 1_000_000),
  cloud: MonthlyCostSchema.optional(),
  services: yenField('導入関連費 (導入支援, 保守, マニュアル作成, 活用支援 where the round allows).', 200_000),
  pc: yenField('PC・タブレット等 (hardware types only).', 100_000),
  register: yenField('レジ・券売機等 (hardware types only).', 0),
  securityService: MonthlyCostSchema.optional(),
};

export const CostsSchema = z
  .object(costFields)
  .strict()
  .openapi('EstimateCosts', {
    description: 'What the applicant buys. Every field is optional (0).',
    example: { software: 1_000_000, cloud: { monthly: 20_000, months: 24 }, services: 200_000 },
  });

const functionsField = z
  .array(FunctionId)
  .max(FUNCTION_IDS.length)
  .superRefine((list, ctx) => {
    if (new Set(list).size !== list.length)
      ctx.addIssue({ ...customIssue('duplicate_item', '同じ機能が重複しています', 'lists a function twice'), input: list });
  });

export const MemberCostsSchema = z
  .object({
    ...costFields,
    size: ApplicantSize.optional().openapi({ description: 'This member’s size, when it differs from applicant.size.', example: 'small' }),
    functions: functionsField
      .optional()
      .openapi({ description: 'This member’s functions, when they differ from the top-level functions.', example: ['accounting', 'ordering'] }),
  })
  .strict()
  .openapi('EstimateMemberCosts', {
    description: 'One 複数社連携 group member’s 基盤導入経費.',
    example: { software: 1_000_000, size: 'small', functions: ['accounting', 'ordering'] },
  });

export const GroupSchema = z
  .object({
    members: z
      .number()
      .int()
      .min(1)
      .max(MAX_GROUP_MEMBERS)
      .openapi({
        description:
          `グループ構成員 (including the 代表事業者). At least the round’s minimum (10) to be eligible; at ` +
          `most ${MAX_GROUP_MEMBERS} per request (the API's bound, not the programme's).`,
        example: 10,
      }),
    analysisMembers: z
      .number()
      .int()
      .min(0)
      .max(MAX_GROUP_MEMBERS)
      .optional()
      .openapi({ description: 'Members introducing 消費動向等分析 tools: the 50万円 cap multiplier. Default: members.', example: 10 }),
    analysis: yenField('消費動向等分析経費 (B/(2)).', 3_000_000),
    admin: yenField('事務費・専門家費 (C/(3)).', 1_000_000),
    memberCosts: z
      .array(MemberCostsSchema)
      .max(MAX_GROUP_MEMBERS)
      .optional()
      .openapi({ description: `Each member’s 基盤導入経費 (A/(1)); members without an entry add 0. At most ${MAX_GROUP_MEMBERS} entries.` }),
  })
  .strict()
  .openapi('EstimateGroup', {
    description: '複数社連携 only: the group and its costs.',
    example: { members: 10, analysis: 3_000_000, admin: 1_000_000, memberCosts: [{ software: 1_000_000 }] },
  });

export const EstimateRequestSchema = z
  .object({
    round: RoundNameSchema.optional().openapi({
      description: 'Round id (r3…r7) or year alias (2022…2026); default: the round whose window contains asOf.',
      example: 'r6',
    }),
    asOf: AsOfSchema.optional(),
    type: TypeId.openapi({
      description: 'The 類型: regular (通常枠), digital-base, commercial-invoice, invoice, e-transaction, security, multi-company.',
      example: 'invoice',
    }),
    applicant: z
      .object({
        size: ApplicantSize.openapi({ description: 'small (小規模事業者) | sme (中小企業者) | large. /v1/eligibility classifies a business.', example: 'sme' }),
        nearMinimumWage: z
          .boolean()
          .optional()
          .openapi({ description: '最低賃金近傍の事業者 (通常枠 r6/r7: rate 2/3). The definition by 締切回 comes back as a warning.', example: false }),
      })
      .strict()
      .openapi({ description: 'Who applies.' }),
    processes: z.number().int().min(0).max(20).optional().openapi({ description: '通常枠 only: 業務プロセス covered (decides the band and cap).', example: 4 }),
    functions: functionsField.optional().openapi({
      description: 'Functions of the ITツール (会計・受発注・決済・EC); decide the cap where the type counts them.',
      example: ['accounting', 'ordering'],
    }),
    costs: CostsSchema.optional(),
    accounts: z
      .object({
        total: z.number().int().min(1).max(10_000_000).openapi({ description: 'Accounts under the contract (受注側のアカウント総数).', example: 10 }),
        sme: z.number().int().min(0).max(10_000_000).openapi({ description: 'Of those, accounts given to SME 取引先.', example: 8 }),
      })
      .strict()
      .optional()
      .openapi({ description: '電子取引類型 (where the round prorates): the eligible cost is multiplied by sme/total.', example: { total: 10, sme: 8 } }),
    group: GroupSchema.optional(),
  })
  .strict()
  .openapi('EstimateRequest', {
    description: 'A purchase to estimate. Integer yen excluding tax; unknown fields are rejected.',
    example: {
      round: 'r6',
      asOf: '2025-06-01',
      type: 'invoice',
      applicant: { size: 'sme' },
      functions: ['accounting', 'ordering'],
      costs: { software: 1_000_000 },
    },
  });
export type EstimateRequest = z.infer<typeof EstimateRequestSchema>;

/** Query form of the request for GET (dotted names; `functions` repeated or comma-separated). Validated as the body. */
const q = (description: string, example: string) => z.string().optional().openapi({ description, example });
const n = (description: string, example: string) =>
  z
    .string()
    .regex(/^\d{1,11}$/)
    .optional()
    .openapi({ description: `${description} (digits; validated as the POST body’s integer).`, example });
export const EstimateQuerySchema = z.object({
  round: RoundNameSchema.optional().openapi({ description: 'Round id or year alias; default: the round whose window contains asOf.', example: 'r6' }),
  asOf: q('Date or timestamp (JST); default now.', '2025-06-01'),
  type: TypeId.openapi({ description: 'The 類型 id.', example: 'invoice' }),
  'applicant.size': ApplicantSize.openapi({ description: 'small | sme | large.', example: 'sme' }),
  'applicant.nearMinimumWage': z.enum(['true', 'false']).optional().openapi({ description: '最低賃金近傍の事業者 (通常枠 r6/r7).', example: 'false' }),
  processes: n('通常枠 only: 業務プロセス covered', '4'),
  functions: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({ description: 'Functions, repeated (functions=accounting&functions=ordering) or comma-separated.', example: ['accounting', 'ordering'] }),
  'costs.software': n('ソフトウェア購入費, yen', '1000000'),
  'costs.cloud.monthly': n('クラウド利用料 per month, yen', '20000'),
  'costs.cloud.months': n('Months of クラウド利用料', '24'),
  'costs.services': n('導入関連費, yen', '200000'),
  'costs.pc': n('PC・タブレット等, yen', '100000'),
  'costs.register': n('レジ・券売機等, yen', '0'),
  'costs.securityService.monthly': n('お助け隊サービス per month, yen', '10000'),
  'costs.securityService.months': n('Months of the service', '24'),
  'accounts.total': n('電子取引類型: accounts under the contract', '10'),
  'accounts.sme': n('電子取引類型: accounts given to SME 取引先', '8'),
  'group.members': n('複数社連携: members', '10'),
  'group.analysisMembers': n('複数社連携: members introducing analysis tools', '10'),
  'group.analysis': n('複数社連携: 消費動向等分析経費, yen', '3000000'),
  'group.admin': n('複数社連携: 事務費・専門家費, yen', '1000000'),
  lang: z.enum(['ja', 'en']).optional().openapi({ description: 'Language of messages (default ja; Accept-Language: en also works).', example: 'en' }),
});

// ---------------------------------------------------------------------------------------------
// Response
// ---------------------------------------------------------------------------------------------

export const EstimateWarningSchema = z
  .object({
    code: z.enum(WARNING_CODES).openapi({ description: 'Stable warning code.', example: 'capped' }),
    message: LocalizedSchema,
    line: LineCategory.optional().openapi({ description: 'The line the warning concerns.', example: 'it-tool' }),
    member: z.number().int().optional().openapi({ description: '複数社連携: index into group.memberCosts.', example: 0 }),
    sources: z
      .array(SourceSchema)
      .optional()
      .openapi({ description: 'Sources of the rule behind the warning.', example: [sourceExample()] }),
    field: z
      .string()
      .optional()
      .openapi({ description: 'The request field the warning is about (input_not_applicable: the field the type does not use).', example: 'costs.pc' }),
  })
  .openapi('EstimateWarning', {
    description: 'Something the answer depends on or a rule that changed the amount.',
    example: {
      code: 'capped',
      message: { ja: '補助上限額（3,500,000円以下）で頭打ちです', en: 'capped at the maximum (up to 3,500,000 yen)' },
      line: 'it-tool',
    },
  });

export const SegmentSchema = z
  .object({
    rate: z.string().openapi({ example: '3/4' }),
    upTo: z.number().int().nullable().openapi({ description: 'Cumulative subsidy at which the segment ends; null = open-ended.', example: 500_000 }),
    eligibleCost: z
      .number()
      .int()
      .openapi({
        description:
          'Part of the line’s eligible cost in the segment. Floored, the yen lost to flooring ' +
          'allocated one each to the segments with the largest dropped fraction (upper segment on ' +
          'a tie): the segments add up to the line’s eligibleCost.',
        example: 666_667,
      }),
    subsidy: z
      .number()
      .int()
      .openapi({
        description:
          'Part of the line’s subsidy from the segment, allocated the same way (a cap comes off ' +
          'the upper segments first): the segments add up to the line’s subsidy.',
        example: 500_000,
      }),
  })
  .openapi('EstimateSegment', {
    description: 'One rate segment used by a line (e.g. 3/4 up to 50万円 of subsidy, 2/3 above).',
    example: { rate: '3/4', upTo: 500_000, eligibleCost: 666_667, subsidy: 500_000 },
  });

export const LineSchema = z
  .object({
    category: z.enum([...LINE_CATEGORIES, 'not-covered']).openapi({
      description: 'it-tool | pc | register | security-service | analysis | admin; not-covered: costs the type does not cover at all (subsidy 0).',
      example: 'it-tool',
    }),
    name: LocalizedSchema,
    cost: z.number().int().openapi({ description: 'What the applicant pays for the line (all months).', example: 1_000_000 }),
    eligibleCost: z.number().int().openapi({ description: 'The part the rules cover (floored for display).', example: 1_000_000 }),
    ineligible: z.number().int().openapi({
      description:
        'The part the rules do not cover (months beyond the limit, 役務 above its cap or without software, refused hardware): cost = eligibleCost + ineligible.',
      example: 0,
    }),
    rate: z.string().openapi({ description: 'Rate of the first segment, as a fraction (see rates for all of them).', example: '3/4' }),
    rates: z.array(z.string()).openapi({ description: 'Every rate the line’s subsidy is computed with, in segment order.', example: ['3/4', '2/3'] }),
    rateText: z.string().openapi({ description: 'The rates as read aloud (rates joined with " → "; "" when none applies).', example: '3/4 → 2/3' }),
    segments: z.array(SegmentSchema),
    cap: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The cap that applied; null when no cap’s condition holds (e.g. no function chosen).', example: 3_500_000 }),
    capInclusive: z.boolean().openapi({ description: 'true: 以下; false: 未満 (cap − 1 yen is the most).', example: true }),
    floor: z.number().int().nullable().openapi({ description: '補助下限, if any.', example: null }),
    subsidy: z.number().int().openapi({ description: 'Subsidy of the line, integer yen (1円未満切り捨て once).', example: 722_222 }),
    source: SourceSchema,
    sources: z.array(SourceSchema).openapi({ description: 'Every source the line used.' }),
    confidence: z.enum(['confirmed', 'unconfirmed']).openapi({
      description: 'unconfirmed when a value used is unconfirmed in the rule file (no official text confirms it; see the warning and the reason).',
      example: 'confirmed',
    }),
    why: LocalizedSchema,
  })
  .openapi('EstimateLine', {
    description: 'One cost category: its eligible cost, rate, cap and subsidy, with the arithmetic.',
    example: {
      category: 'it-tool',
      name: { ja: 'ITツール（ソフトウェア・クラウド・導入関連費）', en: 'IT tool (software, cloud, services)' },
      cost: 1_000_000,
      eligibleCost: 1_000_000,
      ineligible: 0,
      rate: '3/4',
      rates: ['3/4', '2/3'],
      rateText: '3/4 → 2/3',
      segments: [
        { rate: '3/4', upTo: 500_000, eligibleCost: 666_667, subsidy: 500_000 },
        { rate: '2/3', upTo: null, eligibleCost: 333_333, subsidy: 222_222 },
      ],
      cap: 3_500_000,
      capInclusive: true,
      floor: null,
      subsidy: 722_222,
      source: sourceExample(),
      sources: [sourceExample()],
      confidence: 'confirmed',
      why: {
        ja: '補助対象経費 ソフトウェア 1,000,000円 = 1,000,000円。補助額500,000円までは3/4、それを超える部分は2/3: 合計 722,222.22…円。1円未満切り捨て → 722,222円。',
        en: 'eligible cost software 1,000,000 = 1,000,000 yen; 3/4 up to a subsidy of 500,000, 2/3 above: 722,222.22… yen; 1円未満切り捨て → 722,222 yen.',
      },
    },
  });

export const MemberResultSchema = z
  .object({
    member: z.number().int().openapi({ example: 0 }),
    size: ApplicantSize,
    cost: z.number().int().openapi({ example: 1_000_000 }),
    eligibleCost: z.number().int().openapi({ example: 1_000_000 }),
    subsidy: z.number().int().openapi({ example: 722_222 }),
    lines: z.array(z.object({ category: LineCategory, eligibleCost: z.number().int(), subsidy: z.number().int() })),
  })
  .openapi('EstimateMemberResult', {
    description: 'One 複数社連携 member’s 基盤導入経費.',
    example: {
      member: 0,
      size: 'sme',
      cost: 1_000_000,
      eligibleCost: 1_000_000,
      subsidy: 722_222,
      lines: [{ category: 'it-tool', eligibleCost: 1_000_000, subsidy: 722_222 }],
    },
  });

export const GroupResultSchema = z
  .object({
    members: z.number().int().openapi({ example: 10 }),
    minMembers: z.number().int().openapi({ example: 10 }),
    analysisMembers: z.number().int().openapi({ example: 10 }),
    combinedSubsidyBeforeCap: z.number().int().openapi({ description: '(1)+(2) before their combined cap.', example: 2_722_222 }),
    combinedCap: z.number().int().openapi({ example: 30_000_000 }),
    memberResults: z.array(MemberResultSchema),
    source: SourceSchema,
  })
  .openapi('EstimateGroupResult', {
    description: '複数社連携: the group’s totals and each member.',
    example: {
      members: 10,
      minMembers: 10,
      analysisMembers: 10,
      combinedSubsidyBeforeCap: 2_722_222,
      combinedCap: 30_000_000,
      memberResults: [],
      source: sourceExample(),
    },
  });

const estimateExample = {
  round: { id: 'r6', name: { ja: 'IT導入補助金2025（令和6年度補正）', en: 'IT Introduction Subsidy 2025' }, rulesVersion: 'r6-3f2a9c0d1b2e4f5a' },
  asOf: '2025-06-01T00:00:00+09:00',
  type: {
    id: 'invoice' as const,
    name: { ja: 'インボイス枠 インボイス対応類型', en: 'Invoice frame: invoice type' },
    frame: { ja: 'インボイス枠', en: 'Invoice frame' },
    subtype: null,
    band: null,
  },
  applicant: { size: 'sme' as const, nearMinimumWage: false },
  subsidy: 722_222,
  selfPay: 277_778,
  eligibleCost: 1_000_000,
  totalCost: 1_000_000,
  lines: [],
  group: null,
  warnings: [],
  deadline: null,
  roundStatus: {
    round: 'r6',
    status: 'open' as const,
    opensAt: '2025-03-31T00:00:00+09:00',
    nextDeadline: '2025-06-16T17:00:00+09:00',
    lastDeadline: '2026-01-07T17:00:00+09:00',
    endPublished: true,
  },
  rounding: {
    rule: 'floor-per-line' as const,
    text: { ja: '補助額の1円未満は切り捨て（行ごとに1回）', en: 'Fractions of a yen are dropped, once per line (1円未満切り捨て)' },
    segments: {
      ja: '区分の金額は切り捨て、失われた円は端数の大きい区分から配分',
      en: 'Segment amounts are floored; the yen lost go to the largest dropped fractions',
    },
    source: sourceExample(),
  },
  disclaimer: { ja: 'この試算は公開資料に基づく参考値です。', en: 'An estimate from the published documents, not a decision.' },
};

export const EstimateResponseSchema = z
  .object({
    round: z
      .object({ id: z.string(), name: LocalizedSchema, rulesVersion: z.string() })
      .openapi({ description: 'The round the answer is for, and the version of its rule file.' }),
    asOf: z.string().openapi({ description: 'The instant the answer is for (JST).', example: '2025-06-01T00:00:00+09:00' }),
    type: z
      .object({
        id: TypeId,
        name: LocalizedSchema,
        frame: LocalizedSchema,
        subtype: z
          .enum(['A', 'B'])
          .nullable()
          .openapi({ description: 'A/B類型 where the round has them (r3/r4 通常枠), from the subsidy band.', example: null }),
        band: z
          .object({ id: z.string(), label: LocalizedSchema, source: SourceSchema })
          .nullable()
          .openapi({ description: 'The subsidy band (通常枠), or null.' }),
      })
      .openapi({ description: 'The type, and its band/subtype where it has them.' }),
    applicant: z.object({ size: ApplicantSize, nearMinimumWage: z.boolean() }),
    subsidy: z.number().int().openapi({ description: 'Total subsidy, integer yen.', example: 722_222 }),
    selfPay: z.number().int().openapi({ description: 'totalCost − subsidy.', example: 277_778 }),
    eligibleCost: z.number().int().openapi({ description: 'Sum of the lines’ eligible costs.', example: 1_000_000 }),
    totalCost: z.number().int().openapi({ description: 'Everything entered, eligible or not: the sum of the lines’ costs.', example: 1_000_000 }),
    lines: z.array(LineSchema),
    group: z.union([GroupResultSchema, z.null()]),
    warnings: z.array(EstimateWarningSchema),
    deadline: z.union([DeadlineSchema, z.null()]).openapi({
      description:
        'The next 締切 of the type not yet closed on asOf (`open`, or `upcoming` before its opening); null when none is known (roundStatus says why).',
    }),
    roundStatus: RoundStateSchema,
    rounding: z.object({
      rule: z.literal('floor-per-line'),
      text: LocalizedSchema,
      segments: LocalizedSchema.openapi({ description: 'How segment amounts are allocated so they add up to their line.' }),
      source: SourceSchema,
    }),
    disclaimer: LocalizedSchema,
  })
  .openapi('EstimateResponse', { description: 'The subsidy for the purchase, line by line, with sources and warnings.', example: estimateExample });

// ---------------------------------------------------------------------------------------------
// Compare
// ---------------------------------------------------------------------------------------------

export const CompareRequestSchema = EstimateRequestSchema.omit({ type: true })
  .extend({
    types: z
      .array(TypeId)
      .min(1)
      .max(TYPE_IDS.length)
      .optional()
      .openapi({ description: 'Types to compare; default every type of the round.', example: ['regular', 'invoice'] }),
  })
  .strict()
  .openapi('CompareRequest', {
    description:
      'The same purchase under every type of the round. Fields a type does not use (functions for 通常枠, processes for インボイス枠 …) are ignored for that type.',
    example: { round: 'r6', asOf: '2025-06-01', applicant: { size: 'sme' }, processes: 2, functions: ['accounting'], costs: { software: 1_000_000 } },
  });

export const SuggestionSchema = z
  .object({
    change: LocalizedSchema,
    subsidy: z.number().int().openapi({ description: 'The subsidy with the change.', example: 722_222 }),
    patch: z.record(z.string(), z.unknown()).openapi({ description: 'The request fields to change.', example: { functions: ['accounting', 'ordering'] } }),
  })
  .openapi('CompareSuggestion', {
    description: 'The smallest change that would qualify or raise the subsidy.',
    example: {
      change: { ja: '機能を2つ以上にする → 上限350万円', en: 'a second function → cap 3,500,000 yen' },
      subsidy: 722_222,
      patch: { functions: ['accounting', 'ordering'] },
    },
  });

export const CompareEntrySchema = z
  .object({
    rank: z.number().int().nullable().openapi({ description: '1 = highest subsidy; null for rejected types.', example: 1 }),
    type: TypeId,
    name: LocalizedSchema,
    subsidy: z.number().int().openapi({ example: 722_222 }),
    selfPay: z.number().int().openapi({ example: 277_778 }),
    eligible: z.boolean().openapi({ description: 'false when the purchase gets nothing under the type.', example: true }),
    reasons: z.array(EstimateWarningSchema).openapi({ description: 'Why a rejected type gives nothing (its warnings).' }),
    suggestions: z.array(SuggestionSchema),
    combinableWith: z.array(TypeId).openapi({ description: 'Other types of the round the same applicant may also apply for in the period.', example: [] }),
    estimate: EstimateResponseSchema,
  })
  .openapi('CompareEntry', {
    description: 'One type’s answer in a comparison.',
    example: {
      rank: 1,
      type: 'invoice',
      name: { ja: 'インボイス枠 インボイス対応類型', en: 'Invoice frame: invoice type' },
      subsidy: 722_222,
      selfPay: 277_778,
      eligible: true,
      reasons: [],
      suggestions: [],
      combinableWith: [],
      estimate: estimateExample,
    },
  });

export const CompareResponseSchema = z
  .object({
    round: z.string().openapi({ example: 'r6' }),
    rulesVersion: z.string().openapi({ example: 'r6-3f2a9c0d1b2e4f5a' }),
    asOf: z.string().openapi({ example: '2025-06-01T00:00:00+09:00' }),
    best: TypeId.nullable().openapi({ description: 'The type with the highest subsidy, or null when none gives anything.', example: 'invoice' }),
    results: z.array(CompareEntrySchema),
    combinations: z
      .array(z.object({ types: z.array(TypeId), note: LocalizedSchema, source: SourceSchema }))
      .openapi({ description: 'Pairs of types the round allows at once (e.g. 2022: 通常枠 + デジタル化基盤導入類型).' }),
  })
  .openapi('CompareResponse', {
    description: 'Every type ranked by subsidy, with reasons and the smallest qualifying change for the rest.',
    example: { round: 'r6', rulesVersion: 'r6-3f2a9c0d1b2e4f5a', asOf: '2025-06-01T00:00:00+09:00', best: 'invoice', results: [], combinations: [] },
  });

// ---------------------------------------------------------------------------------------------
// Examples
// ---------------------------------------------------------------------------------------------

export const ExampleSchema = z
  .object({
    name: LocalizedSchema.openapi({
      example: {
        ja: 'R6 インボイス対応類型 中小企業、2機能、ソフトウェア 1,000,000円 → 722,222円',
        en: 'R6 インボイス対応類型 sme, 2 functions, software 1,000,000 → 722,222',
      },
    }),
    why: LocalizedSchema.openapi({ description: 'The arithmetic, by hand, with its sources, in Japanese and English.' }),
    input: z.record(z.string(), z.unknown()).openapi({ description: 'The request body.' }),
    expected: z.record(z.string(), z.unknown()).openapi({ description: 'The answer the tests require (a subset of the response).' }),
  })
  .openapi('EstimateExample', {
    description: 'A worked example from the test data (test/cases/estimate).',
    example: {
      name: { ja: 'R6 インボイス対応類型 …', en: 'R6 インボイス対応類型 …' },
      why: { ja: '補助額の最初の500,000円は3/4 …', en: '500,000 at 3/4 …' },
      input: { type: 'invoice' },
      expected: { subsidy: 722_222 },
    },
  });

export const ExamplesResponseSchema = z
  .object({
    round: z.string().openapi({ example: 'r6' }),
    rulesVersion: z.string().openapi({ example: 'r6-3f2a9c0d1b2e4f5a' }),
    examples: z.array(ExampleSchema),
  })
  .openapi('EstimateExamples', {
    description: 'The worked examples of a round, the same data the tests check.',
    example: { round: 'r6', rulesVersion: 'r6-3f2a9c0d1b2e4f5a', examples: [] },
  });
