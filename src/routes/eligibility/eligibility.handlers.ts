import type { AppRouteHandler } from '../../lib/types.ts';
import { ProblemError } from '../../lib/problem.ts';
import { checkEligibility } from '../../engine/eligibility.ts';
import { inputContradictions } from '../../engine/eligibility-input.ts';
import { resolveAsOf, resolveRound, resolveType } from '../resolve.ts';
import type { checkEligibilityRoute } from './eligibility.routes.ts';

/** HTTP ⇄ engine: resolve round/asOf/types, reject contradictions (400), answer. */
export const checkEligibilityHandler: AppRouteHandler<typeof checkEligibilityRoute> = (c) => {
  const registry = c.get('registry');
  const lang = c.get('lang');
  const body = c.req.valid('json');
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
  const result = checkEligibility(round, { ...body, status: { ...body.status, priorGrants } }, asOf);
  return c.json(result, 200);
};
