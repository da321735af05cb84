import type { AppRouteHandler } from '../../lib/types.ts';
import type { Round } from '../../rules/registry.ts';
import type { PublicSource, Text } from '../../rules/schema.ts';
import type { getRound, listRounds } from './rounds.routes.ts';
import { resolveAsOf, roundByName } from '../resolve.ts';
import { defaultRound, roundStatus } from '../../engine/round-status.ts';

const citation = (v: {
  source: PublicSource;
  confidence?: 'unconfirmed' | undefined;
  reason?: Text | undefined;
  planned?: true | undefined;
  note?: Text | undefined;
}) => ({
  source: v.source,
  ...(v.confidence ? { confidence: v.confidence } : {}),
  ...(v.reason ? { reason: v.reason } : {}),
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
      current: defaultRound(registry.rounds, asOf)?.id ?? null,
      rounds: registry.rounds.map((round) => {
        const { window } = round.rules;
        const state = roundStatus(round, asOf);
        return {
          id: round.id,
          aliases: round.rules.aliases,
          name: round.rules.name,
          rulesVersion: round.rulesVersion,
          status: state.status,
          nextDeadline: state.nextDeadline,
          lastDeadline: state.lastDeadline,
          window: {
            opensOn: window.opensOn.value,
            opensAt: state.opensAt,
            closesOn: window.closesOn?.value ?? null,
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

/** A round's answer never changes within an isolate: serialised once (≈ 70 KB for r6), not per request. */
const roundText = new WeakMap<Round, string>();

export const getRoundHandler: AppRouteHandler<typeof getRound> = (c) => {
  const round = roundByName(c.get('registry'), c.req.valid('param').id);
  let text = roundText.get(round);
  if (text === undefined) {
    text = JSON.stringify({ id: round.id, rulesVersion: round.rulesVersion, rules: round.file });
    roundText.set(round, text);
  }
  // The rules version names the content: a strong ETag without hashing the body per request.
  // `as never`: the text is the declared 200 JSON, serialised ahead; the typed c.json() cannot say so.
  return c.body(text, 200, { 'Content-Type': 'application/json', ETag: `"${round.rulesVersion}"` }) as never;
};
