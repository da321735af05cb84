import type { Lang } from '../../lib/i18n.ts';
import type { AppRouteHandler } from '../../lib/types.ts';
import type { Registry } from '../../rules/registry.ts';
import { ProblemError } from '../../lib/problem.ts';
import { checkEligibility } from '../../engine/eligibility.ts';
import { inputContradictions } from '../../engine/eligibility-input.ts';
import { resolveAsOf, resolveRound, resolveType } from '../resolve.ts';
import type { z } from '@hono/zod-openapi';
import type { EligibilityRequestSchema, checkEligibilityRoute } from './eligibility.routes.ts';

type EligibilityRequest = z.infer<typeof EligibilityRequestSchema>;

/**
 * A validated request → round, asOf, types → engine; a ProblemError (400) on contradictions.
 * Shared by the route and the hot path (lib/fast-path.ts).
 */
export const eligibilityAnswer = (registry: Registry, lang: Lang, body: EligibilityRequest) => {
  const asOf = resolveAsOf(body.asOf);
  const round = resolveRound(registry, body.round, asOf);
  for (const type of body.types ?? []) resolveType(registry, round, type);

  const issues = inputContradictions(round, body, asOf, registry.byName);
  if (issues.length) {
    const n = issues.length;
    throw new ProblemError(
      'validation_failed',
      { ja: `${n} 件の項目が矛盾しています`, en: `${n} field${n === 1 ? ' contradicts' : 's contradict'} the others` },
      {},
      issues.map((i) => ({ path: i.path, code: i.code, message: i.message[lang] })),
    );
  }
  // priorGrants may name a round by alias (2024): the engine compares ids.
  const priorGrants = body.status?.priorGrants?.map((g) => ({ ...g, round: registry.byName(g.round)!.id }));
  return checkEligibility(round, { ...body, status: { ...body.status, priorGrants } }, asOf);
};

/** HTTP ⇄ engine: resolve round/asOf/types, reject contradictions (400), answer. */
export const checkEligibilityHandler: AppRouteHandler<typeof checkEligibilityRoute> = (c) =>
  c.json(eligibilityAnswer(c.get('registry'), c.get('lang'), c.req.valid('json')), 200);
