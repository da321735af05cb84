import { createRoute, z } from '@hono/zod-openapi';
import { LangQuery, RoundNameSchema, customIssue, getRoundProblemResponses } from '../../schemas/common.ts';
import { APPLICANT_SIZES } from '../../rules/vocab.ts';
import { MAX_YEN } from '../estimate/estimate.schemas.ts';
import { CURVE_MAX_WIDTH, CURVE_MIN_WIDTH, CURVE_WIDTH } from '../../lib/svg.ts';

/** A whole number in a query string (digits only, so "1e6", "-1" and "abc" are refused with a clear message). */
const wholeNumber = (max: number) =>
  z
    .string()
    .superRefine((v, ctx) => {
      if (!/^[0-9]{1,12}$/.test(v) || Number(v) > max)
        ctx.addIssue({
          ...customIssue(
            'invalid_number',
            `0 以上 ${max.toLocaleString('en')} 以下の整数（数字のみ）にしてください`,
            `must be a whole number from 0 to ${max.toLocaleString('en')} (digits only)`,
          ),
          input: v,
        });
    })
    .transform(Number);

export const curveRoute = createRoute({
  method: 'get',
  path: '/v1/rounds/{id}/types/{type}/curve.svg',
  operationId: 'subsidyCurve',
  tags: ['estimate'],
  summary: 'Subsidy curve of a type (SVG) · 補助率・補助上限額のグラフ',
  description:
    'The subsidy against the eligible cost of the type’s main line (ITツール, or サービス利用料 for ' +
    'security types) as an SVG image: the kinked line (e.g. 3/4 up to a subsidy of 50万円, 2/3 ' +
    'above), the cap and the floor, each kink at its exact yen, and `mark` (the visitor’s ' +
    'cost) when given — the picture the official overview shows as 【ITツールの補助率・補助上限額の関係】. ' +
    'Every point is the estimate engine’s answer for that cost; 複数社連携 draws the per-member ' +
    'base line. Axes in yen; `lang` ja/en. Embed it with `<img src>` from any site (CORS, ' +
    '`Cross-Origin-Resource-Policy: cross-origin`); cacheable (ETag, Cache-Control). ' +
    '類型の補助額曲線（SVG）。',
  request: {
    params: z.object({
      id: RoundNameSchema.openapi({ param: { name: 'id', in: 'path' } }),
      type: z
        .string()
        .min(1)
        .max(40)
        .regex(/^[a-z0-9-]+$/)
        .openapi({
          param: { name: 'type', in: 'path' },
          description: 'Type id of the round (regular, invoice, e-transaction, security, multi-company …); an unknown one is 422 unknown_type.',
          example: 'invoice',
        }),
    }),
    query: z.object({
      size: z.enum(APPLICANT_SIZES).default('sme').openapi({ description: 'Applicant size: small (小規模事業者), sme (中小企業), large.', example: 'sme' }),
      functions: z
        .union([z.string(), z.array(z.string())])
        .optional()
        .openapi({
          description: 'Functions of the ITツール (accounting, ordering, payment, ec), repeated or comma-separated; decide the cap where the type counts them.',
          example: ['accounting', 'ordering'],
        }),
      processes: wholeNumber(20).optional().openapi({ description: '通常枠: 業務プロセス covered (decides the cap).', example: '4' }),
      nearMinimumWage: z.stringbool().optional().openapi({ description: '通常枠: 最低賃金近傍の事業者 (rate 2/3).', example: 'false' }),
      mark: wholeNumber(MAX_YEN)
        .optional()
        .openapi({ description: 'The visitor’s eligible cost on the line (integer yen), marked with its subsidy.', example: '1000000' }),
      width: z
        .string()
        .superRefine((v, ctx) => {
          if (!/^[0-9]{1,4}$/.test(v) || Number(v) < CURVE_MIN_WIDTH || Number(v) > CURVE_MAX_WIDTH)
            ctx.addIssue({
              ...customIssue(
                'invalid_number',
                `${CURVE_MIN_WIDTH} 以上 ${CURVE_MAX_WIDTH} 以下の整数（px）にしてください`,
                `must be a whole number of px from ${CURVE_MIN_WIDTH} to ${CURVE_MAX_WIDTH}`,
              ),
              input: v,
            });
        })
        .transform(Number)
        .optional()
        .openapi({
          description:
            `Width of the drawing in px (${CURVE_MIN_WIDTH}–${CURVE_MAX_WIDTH}, default ${CURVE_WIDTH}` +
            `); the height follows (5:8, at least 300). Text keeps its size, so a phone asks for its ` +
            `own width and gets legible labels: fewer ticks, wrapped titles, labels placed so they ` +
            `never overlap.`,
          example: '320',
        }),
      lang: LangQuery,
    }),
  },
  responses: {
    200: {
      content: {
        'image/svg+xml': {
          schema: z
            .string()
            .openapi({ description: 'An SVG document (role="img", with <title> and <desc>; kinks as <g class="kink" data-cost data-subsidy>).' }),
        },
      },
      description: 'The curve.',
    },
    ...getRoundProblemResponses,
  },
});
