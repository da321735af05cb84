import { createRoute, z } from '@hono/zod-openapi';
import { createRouter } from '../../lib/create-router.ts';
import { problemResponses } from '../../schemas/common.ts';
import type { Registry } from '../../rules/registry.ts';

const health = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'health',
  tags: ['meta'],
  summary: 'Liveness · 稼働確認',
  description: 'Cheap liveness check; touches no rules. ルールを読まない軽い稼働確認。',
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z
            .object({ status: z.literal('ok'), rulesVersion: z.string() })
            .openapi('Health', { description: 'The service is up.', example: { status: 'ok', rulesVersion: '9a0b1c2d3e4f5a6b' } }),
        },
      },
      description: 'The service is up.',
    },
    400: problemResponses[400],
    405: problemResponses[405],
  },
});

/** The answer: the route's and the hot path's (lib/fast-path.ts). */
export const healthBody = (registry: Registry) => ({ status: 'ok' as const, rulesVersion: registry.version });

export const healthRouter = createRouter().openapi(health, (c) => {
  c.header('Cache-Control', 'no-store');
  return c.json(healthBody(c.get('registry')), 200);
});
