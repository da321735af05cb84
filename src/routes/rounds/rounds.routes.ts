import { createRoute, z } from '@hono/zod-openapi';
import {
  AsOfSchema,
  CitedSchema,
  getRoundProblemResponses,
  LangQuery,
  LocalizedSchema,
  problemResponses,
  RoundNameSchema,
  RoundStatusSchema,
  sourceExample,
  TypeIdSchema,
} from '../../schemas/common.ts';

const WindowSchema = z
  .object({
    opensOn: z.string().openapi({ description: '交付申請受付開始 (JST date).', example: '2025-03-31' }),
    opensAt: z.string().openapi({
      description: '受付開始 as an instant (ISO 8601, +09:00): 00:00 JST of opensOn unless a source gives the hour.',
      example: '2025-03-31T00:00:00+09:00',
    }),
    closesOn: z
      .string()
      .nullable()
      .openapi({ description: 'The date of the published end of the round (final 締切), or null when no end is published.', example: '2026-01-07' }),
    opensOnSource: CitedSchema,
    closesOnSource: z.union([CitedSchema, z.null()]),
  })
  .openapi('RoundWindow', {
    description: 'Application window of a round.',
    example: {
      opensOn: '2025-03-31',
      opensAt: '2025-03-31T00:00:00+09:00',
      closesOn: '2026-01-07',
      opensOnSource: { source: sourceExample() },
      closesOnSource: { source: sourceExample() },
    },
  });
const roundExample = {
  id: 'r6',
  aliases: ['2025'],
  name: { ja: 'IT導入補助金2025（令和6年度補正）', en: 'IT Introduction Subsidy 2025 (FY2024 supplementary budget)' },
  rulesVersion: 'r6-3f2a9c0d1b2e4f5a',
  status: 'open' as const,
  nextDeadline: '2025-06-16T17:00:00+09:00',
  lastDeadline: '2026-01-07T17:00:00+09:00',
  window: {
    opensOn: '2025-03-31',
    opensAt: '2025-03-31T00:00:00+09:00',
    closesOn: '2026-01-07',
    opensOnSource: { source: sourceExample() },
    closesOnSource: { source: sourceExample() },
  },
  officialSite: 'https://it-shien.smrj.go.jp/',
  lastReviewed: '2026-11-22',
  types: [
    {
      id: 'invoice' as const,
      name: { ja: 'インボイス枠 インボイス対応類型', en: 'Invoice frame: invoice type' },
      frame: { ja: 'インボイス枠', en: 'Invoice frame' },
    },
  ],
};

export const RoundSummarySchema = z
  .object({
    id: z.string().openapi({ example: 'r6' }),
    aliases: z.array(z.string()).openapi({ example: ['2025'] }),
    name: LocalizedSchema,
    rulesVersion: z.string().openapi({ description: 'Round id + content hash of its rule file.', example: 'r6-3f2a9c0d1b2e4f5a' }),
    status: RoundStatusSchema,
    nextDeadline: z
      .string()
      .nullable()
      .openapi({ description: 'closesAt of the first known 締切 of the round still ahead of asOf (any type), or null.', example: '2025-06-16T17:00:00+09:00' }),
    lastDeadline: z.string().nullable().openapi({
      description:
        'closesAt of the last known 締切 of the round (any type), or null when none is known. With `awaiting-schedule`, the 締切 after which nothing is known.',
      example: '2026-01-07T17:00:00+09:00',
    }),
    window: WindowSchema,
    officialSite: z.string().openapi({ example: 'https://it-shien.smrj.go.jp/' }),
    lastReviewed: z.string().openapi({ example: '2026-11-22' }),
    types: z.array(z.object({ id: TypeIdSchema, name: LocalizedSchema, frame: LocalizedSchema })),
  })
  .openapi('RoundSummary', { description: 'One budget round (回) and its types.', example: roundExample });

export const RoundsResponseSchema = z
  .object({
    asOf: z.string().openapi({ description: 'The instant the statuses are for (JST).', example: '2025-06-01T00:00:00+09:00' }),
    rulesVersion: z.string().openapi({ description: 'Hash over every round version.', example: '9a0b1c2d3e4f5a6b' }),
    current: z
      .string()
      .nullable()
      .openapi({
        description:
          'The round a date means when a request names none: the latest round `open` on asOf, else ' +
          'the latest `awaiting-schedule` one, else null (before every round, or between a round’s ' +
          'published end and the next round’s 受付開始).',
        example: 'r6',
      }),
    rounds: z.array(RoundSummarySchema),
  })
  .openapi('RoundsResponse', {
    description: 'Every round with its window and status.',
    example: { asOf: '2025-06-01T00:00:00+09:00', rulesVersion: '9a0b1c2d3e4f5a6b', current: 'r6', rounds: [roundExample] },
  });

export const RoundDetailSchema = z
  .object({
    id: z.string().openapi({ example: 'r6' }),
    rulesVersion: z.string().openapi({ example: 'r6-3f2a9c0d1b2e4f5a' }),
    rules: z.record(z.string(), z.unknown()).openapi({ description: 'The whole rule file (see rules/rules.schema.json).' }),
  })
  .openapi('RoundDetail', {
    description: 'A round’s whole rule file, for transparency.',
    example: { id: 'r6', rulesVersion: 'r6-3f2a9c0d1b2e4f5a', rules: { id: 'r6' } },
  });

export const listRounds = createRoute({
  method: 'get',
  path: '/v1/rounds',
  operationId: 'listRounds',
  tags: ['rounds'],
  summary: 'List rounds · 回の一覧',
  description: 'Every budget round in `rules/`, its window and its status on `asOf`. 各回（予算年度）の申請期間と状況。',
  request: { query: z.object({ asOf: AsOfSchema.optional(), lang: LangQuery }) },
  responses: {
    200: { content: { 'application/json': { schema: RoundsResponseSchema } }, description: 'The rounds.' },
    ...problemResponses,
  },
});

export const getRound = createRoute({
  method: 'get',
  path: '/v1/rounds/{id}',
  operationId: 'getRound',
  tags: ['rounds'],
  summary: 'Get a round’s rule file · 回のルール',
  description: 'The whole rule file of one round, with its version. 回のルールファイル全体。',
  request: {
    params: z.object({ id: RoundNameSchema.openapi({ param: { name: 'id', in: 'path' } }) }),
    query: z.object({ lang: LangQuery }),
  },
  responses: {
    200: { content: { 'application/json': { schema: RoundDetailSchema } }, description: 'The rule file.' },
    ...getRoundProblemResponses,
  },
});
