import { createRoute, z } from '@hono/zod-openapi';
import { LangQuery, RoundNameSchema, getRoundProblemResponses, postProblemResponses } from '../../schemas/common.ts';
import {
  CompareRequestSchema,
  CompareResponseSchema,
  EstimateQuerySchema,
  EstimateRequestSchema,
  EstimateResponseSchema,
  ExamplesResponseSchema,
} from './estimate.schemas.ts';

const DESCRIPTION =
  'The subsidy for a purchase under one 類型 of a round, line by line (ITツール, PC, レジ, …): ' +
  'eligible cost, rate (exact fraction), cap, floor and subsidy, each with its source and ' +
  'the arithmetic in ja/en; warnings with stable codes; the next 締切. Integer yen, exact ' +
  'fractions, 1円未満切り捨て once per line. 購入内容に対する補助額を、行ごとに根拠付きで返します。';

export const estimatePost = createRoute({
  method: 'post',
  path: '/v1/estimate',
  operationId: 'estimate',
  tags: ['estimate'],
  summary: 'Estimate the subsidy · 補助額の試算',
  description: DESCRIPTION,
  request: {
    query: z.object({ lang: LangQuery }),
    body: { required: true, content: { 'application/json': { schema: EstimateRequestSchema } } },
  },
  responses: {
    200: { content: { 'application/json': { schema: EstimateResponseSchema } }, description: 'The estimate.' },
    ...postProblemResponses,
  },
});

export const estimateGet = createRoute({
  method: 'get',
  path: '/v1/estimate',
  operationId: 'estimateGet',
  tags: ['estimate'],
  summary: 'Estimate the subsidy (GET, cacheable) · 補助額の試算（GET）',
  description:
    `${DESCRIPTION}\n\nThe same fields as the POST body, as query parameters flattened with ` +
    `dots (\`applicant.size=sme&costs.software=1000000\`), \`functions\` repeated or ` +
    `comma-separated; 複数社連携 members as \`group.memberCosts.0.software=…\`. Cacheable (ETag, ` +
    `Cache-Control).`,
  request: { query: EstimateQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: EstimateResponseSchema } }, description: 'The estimate.' },
    ...getRoundProblemResponses,
  },
});

export const compareRoute = createRoute({
  method: 'post',
  path: '/v1/estimate/compare',
  operationId: 'compareTypes',
  tags: ['estimate'],
  summary: 'Compare every type for one purchase · 類型の比較',
  description:
    'The same purchase evaluated under every type of the round (or `types`), ranked by ' +
    'subsidy; for each type that gives nothing, the reasons and the smallest change that ' +
    'would qualify (e.g. a second function → cap 350万円); which types the round allows ' +
    'together. 同じ購入内容を各類型で試算し、補助額順に並べます。',
  request: {
    query: z.object({ lang: LangQuery }),
    body: { required: true, content: { 'application/json': { schema: CompareRequestSchema } } },
  },
  responses: {
    200: { content: { 'application/json': { schema: CompareResponseSchema } }, description: 'The comparison.' },
    ...postProblemResponses,
  },
});

export const examplesRoute = createRoute({
  method: 'get',
  path: '/v1/rounds/{id}/examples',
  operationId: 'roundExamples',
  tags: ['estimate'],
  summary: 'Worked examples of a round · 計算例',
  description:
    'Worked estimate examples of the round, with input, expected answer and the arithmetic: ' +
    'the same data files the test suite checks (test/cases/estimate). 回ごとの計算例（テストと同じデータ）。',
  request: {
    params: z.object({ id: RoundNameSchema.openapi({ param: { name: 'id', in: 'path' } }) }),
    query: z.object({ lang: LangQuery }),
  },
  responses: {
    200: { content: { 'application/json': { schema: ExamplesResponseSchema } }, description: 'The examples.' },
    ...getRoundProblemResponses,
  },
});
