import { createRoute, z } from '@hono/zod-openapi';
import {
  AsOfSchema,
  DeadlineStatusSchema,
  getRoundProblemResponses,
  LangQuery,
  RoundNameSchema,
  RoundStateSchema,
  sourceExample,
  SourceSchema,
  TypeIdSchema,
} from '../../schemas/common.ts';

export const DeadlinesQuerySchema = z.object({
  round: RoundNameSchema.optional().openapi({ description: 'Round id (r3…r7) or programme year alias (2022…2026); absent = every round.', example: 'r6' }),
  type: TypeIdSchema.optional().openapi({
    description: 'Only this type (類型). With `round`, it must be one of the round’s types (else 422).',
    example: 'regular',
  }),
  asOf: AsOfSchema.optional(),
  status: DeadlineStatusSchema.optional().openapi({
    description: 'Only deadlines with this status on asOf (upcoming, open or closed; see DeadlineStatus).',
    example: 'open',
  }),
  lang: LangQuery,
});

const deadlineExample = {
  round: 'r6',
  type: 'regular' as const,
  phase: 8,
  opensAt: '2025-03-31T00:00:00+09:00',
  closesAt: '2026-01-07T17:00:00+09:00',
  decisionOn: null,
  final: true,
  status: 'open' as const,
  daysLeft: 35,
  confidence: 'confirmed' as const,
  planned: false,
  source: sourceExample(),
  decisionSource: null,
  reportBy: null,
  reportSource: null,
  note: null,
};

export const DeadlineSchema = z
  .object({
    round: z.string().openapi({ example: 'r6' }),
    type: TypeIdSchema,
    phase: z.number().int().nullable().openapi({ description: '次 (締切回); null where the source gives the date but not its number.', example: 8 }),
    opensAt: z
      .string()
      .nullable()
      .openapi({ description: '交付申請受付開始 of the schedule entry (ISO 8601, +09:00), if known.', example: '2025-03-31T00:00:00+09:00' }),
    closesAt: z.string().openapi({ description: '締切 (ISO 8601, +09:00); 17:00 unless the source says otherwise.', example: '2026-01-07T17:00:00+09:00' }),
    decisionOn: z.string().nullable().openapi({ description: '交付決定日 (JST date), where known.', example: '2026-01-20' }),
    final: z.boolean().openapi({ description: 'The last 締切 of the type in the round.', example: true }),
    status: DeadlineStatusSchema,
    daysLeft: z
      .number()
      .int()
      .openapi({ description: 'Whole JST calendar days from asOf’s date to the 締切 date (0 on the day, negative after).', example: 35 }),
    confidence: z.enum(['confirmed', 'unconfirmed']).openapi({
      description: '`unconfirmed` where no official text confirms the date (e.g. its best source is one blog, portal or dataset).',
      example: 'confirmed',
    }),
    planned: z.boolean().openapi({ description: 'The source gives the date as 予定.', example: false }),
    source: SourceSchema,
    decisionSource: z.union([SourceSchema, z.null()]),
    reportBy: z.string().nullable().openapi({ description: '事業実績報告期限 (ISO 8601, +09:00), where known.', example: null }),
    reportSource: z.union([SourceSchema, z.null()]),
    note: z.object({ ja: z.string(), en: z.string() }).nullable().openapi({ description: 'A remark on this 締切, in Japanese and English.' }),
  })
  .openapi('Deadline', { description: 'One 締切 (次) of a type in a round, and its status on asOf.', example: deadlineExample });

export const DeadlinesResponseSchema = z
  .object({
    asOf: z
      .string()
      .openapi({ description: 'The instant the statuses are for (JST). When asOf is not given: now, to the minute.', example: '2025-12-03T00:00:00+09:00' }),
    round: z.string().nullable().openapi({ description: 'The round asked for (by id), or null for every round.', example: 'r6' }),
    rulesVersion: z
      .string()
      .openapi({ description: 'The round’s rules version, or the hash over every round when no round is given.', example: 'r6-3f2a9c0d1b2e4f5a' }),
    deadlines: z.array(DeadlineSchema).openapi({ description: 'Ordered by round, then type (file order), then closesAt. `status` filters this list only.' }),
    next: z.record(z.string(), z.union([DeadlineSchema, z.null()])).openapi({
      description:
        'For each type of the selected rounds: the 締切 not yet closed (`open`, or `upcoming` ' +
        'before its opening) that closes first across the selected rounds, or null when none is ' +
        'known (`rounds` says why: e.g. `awaiting-schedule` with the last known 締切). Not ' +
        'affected by `status`.',
      example: { regular: deadlineExample },
    }),
    rounds: z.array(RoundStateSchema).openapi({ description: 'The status of each selected round on asOf, with its next and last known 締切.' }),
    gaps: z.array(z.object({ round: z.string(), types: z.array(TypeIdSchema), text: z.object({ ja: z.string(), en: z.string() }) })).openapi({
      description: 'Schedule facts no source gives, recorded in the rule files instead of guessed; `text` in Japanese and English.',
      example: [
        { round: 'r6', types: ['multi-company'], text: { ja: '複数社連携IT導入枠の1次〜3次は未確認です', en: '複数社連携IT導入枠 1次–3次 are UNCONFIRMED' } },
      ],
    }),
  })
  .openapi('DeadlinesResponse', {
    description: 'Every 締切 of the selected rounds and types, their status on asOf, and the next open one per type.',
    example: {
      asOf: '2025-12-03T00:00:00+09:00',
      round: 'r6',
      rulesVersion: 'r6-3f2a9c0d1b2e4f5a',
      deadlines: [deadlineExample],
      next: { regular: deadlineExample },
      rounds: [
        {
          round: 'r6',
          status: 'open',
          opensAt: '2025-03-31T00:00:00+09:00',
          nextDeadline: '2026-01-07T17:00:00+09:00',
          lastDeadline: '2026-01-07T17:00:00+09:00',
          endPublished: true,
        },
      ],
      gaps: [],
    },
  });

const cachingNote =
  'Cached: `Cache-Control: public, max-age=300` (60 when asOf is not given, since statuses ' +
  'move with the clock), and a strong `ETag` from the rules version and the normalised ' +
  'query (with the current minute when asOf is not given); `If-None-Match` answers 304.';

const notModified = { description: 'Not modified: If-None-Match matched the ETag.' } as const;

export const listDeadlines = createRoute({
  method: 'get',
  path: '/v1/deadlines',
  operationId: 'listDeadlines',
  tags: ['deadlines'],
  summary: 'List deadlines · 締切の一覧',
  description:
    `Every 交付申請 締切 (次) of every round and type in \`rules/\`, with its source, its status on ` +
    `\`asOf\` (Japan time; a date is read as 00:00 JST) and the next open one per type. ${cachingNote}` +
    ` 各回・各類型の申請締切と、基準日時点の状況、次の締切。`,
  request: { query: DeadlinesQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: DeadlinesResponseSchema } }, description: 'The deadlines.' },
    304: notModified,
    ...getRoundProblemResponses,
  },
});

export const deadlinesCalendar = createRoute({
  method: 'get',
  path: '/v1/deadlines.ics',
  operationId: 'deadlinesCalendar',
  tags: ['deadlines'],
  summary: 'Deadlines as an iCalendar feed · 締切カレンダー (.ics)',
  description:
    'The same deadlines (same filters) as an RFC 5545 calendar to subscribe to: one VEVENT ' +
    'per 締切 at its time in Asia/Tokyo (VTIMEZONE included), no DTEND (an instant), a summary ' +
    'in Japanese (English with `lang=en`), the source in DESCRIPTION and URL, and VALARMs 14 ' +
    'days and 3 days before. ' +
    '`UID` is `<round>-<type>-<次>@it-hojo-api` (`…-final@…` for a final 締切 without a number), so the same 締切 keeps its UID across deploys. ' +
    '`SEQUENCE` = 1000 × (number of changelog lines of the round file) + (a hash of the ' +
    'event’s dates, flags and source mod 1000): deterministic, it changes when a date moves ' +
    'and grows with every reviewed correction (each carries a changelog line). ' +
    '`DTSTAMP` is the round’s `lastReviewed` date (00:00 JST), so the output depends only on the rules and the query. ' +
    'Compressed: with `Accept-Encoding: gzip` (as calendar apps send it) the feed comes ' +
    '`Content-Encoding: gzip` (≈ 1/19 of the bytes for all rounds), under its own ETag (`…-gzip"`). ' +
    'Cached: `Cache-Control: public, max-age=300` (60 with `status` and no asOf), `Vary: ' +
    'Accept-Language, Accept-Encoding`, and a strong `ETag` that is the hash of the feed itself: the feed ' +
    'carries no status or days left, so `asOf` changes neither the text nor the ETag — ' +
    'except through `status`, which selects the deadlines open or closed on asOf. ' +
    '`If-None-Match` answers 304. ' +
    '締切を iCalendar 形式で返します（カレンダーに登録できます）。',
  request: { query: DeadlinesQuerySchema },
  responses: {
    200: {
      content: {
        'text/calendar': {
          schema: z.string().openapi({
            description: 'iCalendar text (RFC 5545), CRLF line ends, folded at 75 octets.',
            example: 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…\r\nEND:VCALENDAR\r\n',
          }),
        },
      },
      description: 'The calendar (text/calendar; charset=utf-8).',
    },
    304: notModified,
    ...getRoundProblemResponses,
  },
});
