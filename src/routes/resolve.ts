/**
 * Turning request parameters into engine inputs, shared by every route: the round (by name or
 * by date), the type, and `asOf`. Errors are {@link ProblemError}s with stable codes.
 */
import { ProblemError } from '../lib/problem.ts';
import type { Registry, Round } from '../rules/registry.ts';
import type { TypeId, TypeRule } from '../rules/schema.ts';
import { asOfInstant, parseAsOf, type AsOf } from '../engine/time.ts';
import { defaultRound, roundStatus } from '../engine/round-status.ts';

export const resolveAsOf = (text: string | undefined, now: number = Date.now()): AsOf => {
  if (text === undefined) return asOfInstant(now);
  const asOf = parseAsOf(text);
  // The route schemas validate asOf first; this guards direct callers.
  if (!asOf)
    throw new ProblemError('validation_failed', { ja: 'asOf が日付として読めません', en: 'asOf is not a valid date' }, {}, [
      { path: 'asOf', code: 'invalid_date', message: 'must be YYYY-MM-DD or an ISO 8601 timestamp with an offset' },
    ]);
  return asOf;
};

export const knownRounds = (registry: Registry, asOf?: AsOf) =>
  registry.rounds.map((r) => ({
    id: r.id,
    aliases: r.rules.aliases,
    opensOn: r.rules.window.opensOn.value,
    closesOn: r.rules.window.closesOn?.value ?? null,
    ...(asOf ? { status: roundStatus(r, asOf).status } : {}),
  }));

export const roundByName = (registry: Registry, name: string): Round => {
  const round = registry.byName(name);
  if (!round) {
    throw new ProblemError(
      'unknown_round',
      {
        ja: `回「${name}」はありません。使える回: ${registry.names.join(', ')}`,
        en: `There is no round "${name}". Known rounds: ${registry.names.join(', ')}`,
      },
      { knownRounds: knownRounds(registry) },
    );
  }
  return round;
};

/** The named round, or else the round asOf means (round-status.ts defaultRound; 422 when none). */
export const resolveRound = (registry: Registry, name: string | undefined, asOf: AsOf): Round => {
  if (name !== undefined) return roundByName(registry, name);
  const round = defaultRound(registry.rounds, asOf);
  if (!round) {
    throw new ProblemError(
      'date_outside_rounds',
      {
        ja: `${asOf.date} に受付中（または次の締切の公表待ち）の回はありません。round を指定するか、受付期間内の日付を指定してください`,
        en: `No round is open or awaiting its schedule on ${asOf.date}; name a round or give a date inside a round's application period`,
      },
      { asOf: asOf.date, knownRounds: knownRounds(registry, asOf) },
    );
  }
  return round;
};

export const resolveType = (registry: Registry, round: Round, type: TypeId): TypeRule => {
  const rule = registry.type(round, type);
  if (!rule) {
    const types = round.rules.types.map((t) => t.id);
    throw new ProblemError(
      'unknown_type',
      {
        ja: `${round.id} に類型「${type}」はありません。この回の類型: ${types.join(', ')}`,
        en: `Round ${round.id} has no type "${type}". Its types: ${types.join(', ')}`,
      },
      { round: round.id, types },
    );
  }
  return rule;
};
