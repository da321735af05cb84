import type { AppRouteHandler } from '../../lib/types.ts';
import type { Round } from '../../rules/registry.ts';
import type { getRound, listRounds } from './rounds.routes.ts';
import { resolveAsOf, roundByName } from '../resolve.ts';

const status = (round: Round, date: string) =>
  date < round.rules.window.opensOn.value ? 'upcoming' : round.lastDay !== undefined && date > round.lastDay ? 'closed' : 'open';

const citation = (v: { source: string; confidence?: 'unconfirmed' | undefined; planned?: true | undefined; note?: string | undefined }) => ({
  source: v.source,
  ...(v.confidence ? { confidence: v.confidence } : {}),
  ...(v.planned ? { planned: v.planned } : {}),
  ...(v.note ? { note: v.note } : {}),
});

export const listRoundsHandler: AppRouteHandler<typeof listRounds> = (c) => {
  const registry = c.get('registry');
  const asOf = resolveAsOf(c.req.valid('query').asOf);
  return c.json(
    {
      asOf: asOf.iso,
      rulesVersion: registry.version,
      current: registry.roundFor(asOf.date)?.id ?? null,
      rounds: registry.rounds.map((round) => {
        const { window } = round.rules;
        return {
          id: round.id,
          aliases: round.rules.aliases,
          name: round.rules.name,
          rulesVersion: round.rulesVersion,
          status: status(round, asOf.date),
          window: {
            opensOn: window.opensOn.value,
            closesOn: window.closesOn?.value ?? null,
            lastDay: round.lastDay ?? null,
            opensOnSource: citation(window.opensOn),
            closesOnSource: window.closesOn ? citation(window.closesOn) : null,
          },
          officialSite: round.rules.officialSite.value,
          lastReviewed: round.rules.lastReviewed,
          types: round.rules.types.map((t) => ({ id: t.id, name: t.name, frame: t.frame })),
        };
      }),
    },
    200,
  );
};

export const getRoundHandler: AppRouteHandler<typeof getRound> = (c) => {
  const round = roundByName(c.get('registry'), c.req.valid('param').id);
  return c.json({ id: round.id, rulesVersion: round.rulesVersion, rules: round.rules as unknown as Record<string, unknown> }, 200);
};
