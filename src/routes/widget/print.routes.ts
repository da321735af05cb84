import { createRoute, z } from '@hono/zod-openapi';
import { getRoundProblemResponses } from '../../schemas/common.ts';
import { EstimateQuerySchema } from '../estimate/estimate.schemas.ts';

export const printRoute = createRoute({
  method: 'get',
  path: '/v1/estimate/print',
  operationId: 'estimatePrint',
  tags: ['estimate'],
  summary: 'Printable estimate (HTML) · 印刷用の試算書',
  description:
    'The answer of GET /v1/estimate for the same query, as one printable HTML page (A4 in ' +
    'print): the purchase, each line with its eligible cost, every rate with where its ' +
    'segment ends, the cap and floor, the arithmetic and the sources; the subsidy and ' +
    'self-pay; the next 締切 with its status; the curve (inline SVG, the visitor’s cost ' +
    'marked); the rounding rule, the disclaimer, the rules version and the date. The widget ' +
    'links to it; a consultant can send its URL to a client. Bad input is the same ' +
    'problem+json as GET /v1/estimate. No script; its only style is inline, allowed by the ' +
    'page’s own `Content-Security-Policy` hash. 試算結果の印刷用ページ（HTML）。',
  request: { query: EstimateQuerySchema },
  responses: {
    200: {
      content: {
        'text/html': {
          schema: z.string().openapi({
            description:
              'An HTML document (lang ja/en) with the estimate; `data-value` attributes carry the integer yen of the subsidy, self-pay, total and each line.',
          }),
        },
      },
      description: 'The printable estimate.',
    },
    ...getRoundProblemResponses,
  },
});
