/** Wire schemas shared by routes. */
import { z } from '@hono/zod-openapi';
import { MAX_FIELD_ERRORS, PROBLEM_CODES, problemType } from '../lib/problem.ts';
import { parseAsOf } from '../engine/time.ts';
import { AUTHORITIES, TYPE_IDS } from '../rules/vocab.ts';
import { DEADLINE_STATUSES, DEADLINE_STATUS_MEANING, ROUND_STATUSES, ROUND_STATUS_MEANING, describeStatuses } from '../engine/round-status.ts';

/** A type id (類型), as the rule files and every endpoint spell it. */
export const TypeIdSchema = z.enum(TYPE_IDS);

export const LocalizedSchema = z
  .object({ ja: z.string(), en: z.string() })
  .openapi('Localized', { description: 'Text in Japanese and English.', example: { ja: '通常枠', en: 'Regular frame' } });

/** An example source object, shared by the route examples. */
export const sourceExample = (locator: string | null = '2-1-1 (2) (ウ)') => ({
  doc: 'it2025-koubo-tsujyo',
  title: 'IT導入補助金2025 公募要領（通常枠）',
  publisher: 'サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）',
  date: '2025年6月版',
  url: 'https://it-shien.smrj.go.jp/',
  locator,
  authority: 'official' as const,
});

/** Where a value comes from: a public document (graded) and the place in it. */
export const SourceSchema = z
  .object({
    doc: z.string().openapi({ description: 'Stable id of the document in the round’s rule file (`documents`).', example: 'it2025-koubo-tsujyo' }),
    title: z.string().openapi({ description: 'The document’s title (Japanese, as published).', example: 'IT導入補助金2025 公募要領（通常枠）' }),
    publisher: z.string().openapi({ example: 'サービス等生産性向上ＩＴ導入支援事業事務局（ＴＯＰＰＡＮ株式会社）' }),
    date: z.string().nullable().openapi({ description: 'Date or version as the document gives it.', example: '2025年6月版' }),
    url: z.string().nullable().openapi({ description: 'Where to open it, when public.', example: 'https://it-shien.smrj.go.jp/' }),
    locator: z
      .string()
      .nullable()
      .openapi({ description: 'Where in the document: section, heading, page, table row or a short quote.', example: '2-1-1 (2) (ウ)' }),
    authority: z.enum(AUTHORITIES).openapi({
      description:
        'How solid the document is: `official` (事務局 / 中小機構 / 中小企業庁 / 経済産業省 page or PDF), ' +
        '`official-quoted` (a third party reproducing official text verbatim), `portal` (a ' +
        'subsidy-listing portal), `blog` (a consultant or vendor page), `dataset` (a public ' +
        'dataset paraphrasing official pages). Values resting on a single portal, blog or ' +
        'dataset are `confidence: "unconfirmed"`.',
      example: 'official',
    }),
  })
  .openapi('Source', { description: 'A public source of a value, so a site can link it and a chatbot can say how solid it is.', example: sourceExample() });

export const LangQuery = z
  .enum(['ja', 'en'])
  .optional()
  .openapi({ description: 'Language of messages (default ja; Accept-Language: en also works).', example: 'en' });

/** A custom issue with our own stable code and ja/en message (see lib/problem.ts). */
export const customIssue = (code: string, ja: string, en: string) => ({ code: 'custom' as const, params: { code, ja, en }, message: en });

export const AsOfSchema = z
  .string()
  .max(40)
  .superRefine((v, ctx) => {
    if (parseAsOf(v) === undefined)
      ctx.addIssue({
        ...customIssue(
          'invalid_date',
          'YYYY-MM-DD か、オフセット付きの ISO 8601 日時にしてください',
          'must be YYYY-MM-DD or an ISO 8601 timestamp with an offset',
        ),
        input: v,
      });
  })
  .openapi({ description: 'The date (read as 00:00 JST) or timestamp the answer is for; default now.', example: '2025-06-01' });

/** The status of one 締切 on asOf (meanings: src/engine/round-status.ts). */
export const DeadlineStatusSchema = z
  .enum(DEADLINE_STATUSES)
  .openapi('DeadlineStatus', { description: `Status of a 締切 on asOf (Japan time):\n${describeStatuses(DEADLINE_STATUS_MEANING)}`, example: 'open' });

/** The status of a round on asOf (meanings: src/engine/round-status.ts). */
export const RoundStatusSchema = z.enum(ROUND_STATUSES).openapi('RoundStatus', {
  description: `Status of a round (回) on asOf (Japan time):\n${describeStatuses(ROUND_STATUS_MEANING)}`,
  example: 'awaiting-schedule',
});

/** A round's status with the 締切 that decide it. */
export const RoundStateSchema = z
  .object({
    round: z.string().openapi({ example: 'r7' }),
    status: RoundStatusSchema,
    opensAt: z.string().openapi({ description: 'The round’s 受付開始 (ISO 8601, +09:00).', example: '2026-03-30T10:00:00+09:00' }),
    nextDeadline: z
      .string()
      .nullable()
      .openapi({ description: 'closesAt of the first known 締切 of the round still ahead of asOf (any type), or null.', example: null }),
    lastDeadline: z
      .string()
      .nullable()
      .openapi({ description: 'closesAt of the last known 締切 of the round (any type), or null when none is known.', example: '2026-09-29T17:00:00+09:00' }),
    endPublished: z.boolean().openapi({ description: 'The end of the round is published (a 締切 marked final, or the window’s closesOn).', example: false }),
  })
  .openapi('RoundState', {
    description: 'A round’s status on asOf and the 締切 that decide it.',
    example: {
      round: 'r7',
      status: 'awaiting-schedule',
      opensAt: '2026-03-30T10:00:00+09:00',
      nextDeadline: null,
      lastDeadline: '2026-09-29T17:00:00+09:00',
      endPublished: false,
    },
  });

export const RoundNameSchema = z
  .string()
  .min(1)
  .max(20)
  .regex(/^[0-9a-z-]+$/)
  .openapi({ description: 'Round id (r3…r7) or programme year alias (2022…2026).', example: 'r6' });

export const FieldErrorSchema = z
  .object({ path: z.string(), code: z.string(), message: z.string() })
  .openapi('FieldError', { description: 'One invalid field.', example: { path: 'costs.software', code: 'too_small', message: 'must be ≥ 0' } });

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(Object.keys(PROBLEM_CODES) as [keyof typeof PROBLEM_CODES, ...(keyof typeof PROBLEM_CODES)[]]),
    instance: z.string().optional(),
    errors: z
      .array(FieldErrorSchema)
      .max(MAX_FIELD_ERRORS)
      .optional()
      .openapi({ description: `The invalid fields, at most ${MAX_FIELD_ERRORS} (the first ones, in body order); see errorCount.` }),
    errorCount: z
      .number()
      .int()
      .optional()
      .openapi({ description: `How many fields are invalid in all, when more than the ${MAX_FIELD_ERRORS} listed.`, example: 1200 }),
  })
  .catchall(z.unknown())
  .openapi('Problem', {
    description:
      `RFC 9457 problem details. \`code\` is stable; \`errors\` lists invalid fields (at most ${MAX_FIELD_ERRORS}` +
      `; \`errorCount\` gives the total when there are more).`,
    example: {
      type: 'https://it-hojo-api.example/problems/validation-failed',
      title: 'The request is not valid',
      status: 400,
      detail: '1 field is invalid',
      code: 'validation_failed',
      errors: [{ path: 'costs.software', code: 'too_small', message: 'must be ≥ 0' }],
    },
  });

type Code = keyof typeof PROBLEM_CODES;

/**
 * A problem response whose schema names the `code`s the status can carry for the operation: the
 * Problem schema with `code` narrowed to `codes`, registered as `name` (clients and the fuzz test
 * read the documented codes from here).
 */
const problem = (name: string, status: number, description: string, codes: [Code, ...Code[]]) => ({
  content: {
    'application/problem+json': {
      schema: ProblemSchema.extend({ code: z.enum(codes) }).openapi(name, {
        description: `A problem with status ${status}: ${codes.join(', ')}.`,
        example: { type: problemType(codes[0]), title: PROBLEM_CODES[codes[0]].en, status, detail: PROBLEM_CODES[codes[0]].en, code: codes[0] },
      }),
    },
  },
  description: `${description} (${codes.join(', ')}).`,
});
export const problemResponses = {
  400: problem('ProblemQuery', 400, 'Invalid query or path parameters', ['validation_failed']),
  404: problem('ProblemNotFound', 404, 'Unknown round, or a path parameter that makes the path unknown', ['unknown_round', 'not_found']),
  405: problem('ProblemMethod', 405, 'Method not allowed', ['method_not_allowed']),
  429: problem('ProblemRateLimited', 429, 'Too many requests', ['rate_limited']),
  500: problem('ProblemInternal', 500, 'Unexpected error; no internals are exposed', ['internal_error']),
} as const;
const unprocessable = problem('ProblemUnprocessable', 422, 'Type not in the round, or a date outside every round', ['unknown_type', 'date_outside_rounds']);
export const postProblemResponses = {
  ...problemResponses,
  400: problem('ProblemBody', 400, 'Invalid input: body not JSON, a field invalid, a number not read exactly', ['validation_failed', 'malformed_json']),
  413: problem('ProblemTooLarge', 413, 'Body over 64 KiB', ['payload_too_large']),
  415: problem('ProblemMediaType', 415, 'Content-Type not JSON, a charset other than UTF-8, or a Content-Encoding', ['unsupported_media_type']),
  422: unprocessable,
} as const;
export const getRoundProblemResponses = {
  ...problemResponses,
  422: unprocessable,
} as const;

export const CitedSchema = z
  .object({
    source: SourceSchema,
    confidence: z.literal('unconfirmed').optional(),
    reason: LocalizedSchema.optional(),
    planned: z.literal(true).optional(),
    note: LocalizedSchema.optional(),
  })
  .openapi('Citation', {
    description: 'Where a value comes from, and whether it is unconfirmed (with the reason).',
    example: { source: sourceExample('3-2 (3) 交付申請期間') },
  });
