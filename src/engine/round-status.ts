/**
 * What "open" means, once for the whole service: the status of one 締切 and of a whole round on
 * an instant (`asOf`). Pure: a round's rules and an instant in, plain values out.
 *
 * A 締切 (one 次 of a type):
 * - `upcoming` before its own opening (the 受付開始 of its schedule entry) or, when the entry gives
 *   none, before its round's 受付開始;
 * - `open` from then until its closing instant (17:00 JST of its day unless the source says
 *   otherwise; at 17:00:00 it is closed);
 * - `closed` from its closing instant on.
 *
 * A round (回):
 * - `upcoming` before its 受付開始;
 * - `open` while at least one known 締切 of it is still ahead;
 * - `awaiting-schedule` when its last known 締切 has passed and no end of the round is published
 *   (no 締切 marked final, no window end): more 次 may follow, none is known yet;
 * - `closed` when its last known 締切 has passed and the end of the round is published (a 締切
 *   marked final, or the window's closesOn).
 */
import type { Round } from '../rules/registry.ts';
import type { AsOf } from './time.ts';

export const DEADLINE_STATUSES = ['upcoming', 'open', 'closed'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];

export const ROUND_STATUSES = ['upcoming', 'open', 'awaiting-schedule', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/** The meaning of each 締切 status, for API documentation. */
export const DEADLINE_STATUS_MEANING: Readonly<Record<DeadlineStatus, string>> = {
  upcoming: 'applications for this 締切 have not started: asOf is before the opening of its schedule entry or, when none is given, before the round’s 受付開始',
  open: 'applications are accepted: asOf is at or after the opening and before closesAt (17:00 JST of the day unless the source says otherwise)',
  closed: 'closesAt has been reached (at 17:00:00 the 締切 is closed)',
};

/** The meaning of each round status, for API documentation. */
export const ROUND_STATUS_MEANING: Readonly<Record<RoundStatus, string>> = {
  upcoming: 'asOf is before the round’s 受付開始',
  open: 'at least one known 締切 of the round is still ahead (see nextDeadline)',
  'awaiting-schedule':
    'the last known 締切 (lastDeadline) has passed and no end of the round is published: ' +
    'further 次 may be announced, none is known yet. Not a promise that the round will take ' +
    'more applications',
  closed: 'the last known 締切 has passed and it is the published end of the round (a 締切 marked final, or the window’s closesOn)',
};

/** A markdown list of the meanings, for an OpenAPI `description`. */
export const describeStatuses = (meanings: Readonly<Record<string, string>>): string =>
  Object.entries(meanings)
    .map(([status, meaning]) => `- \`${status}\`: ${meaning}.`)
    .join('\n');

export interface RoundState {
  /** The round's id. */
  round: string;
  status: RoundStatus;
  /** The round's 受付開始 (ISO 8601, +09:00). */
  opensAt: string;
  /** closesAt of the first known 締切 still ahead of asOf (any type), or null. */
  nextDeadline: string | null;
  /** closesAt of the last known 締切 of the round (any type), or null when none is known. */
  lastDeadline: string | null;
  /** The end of the round is published (a 締切 marked final, or the window's closesOn). */
  endPublished: boolean;
}

const JST_MIDNIGHT = 'T00:00:00+09:00';

interface RoundIndex {
  /** 受付開始 as epoch ms, and as written. */
  opens: number;
  opensAt: string;
  /** Every 締切 of the round: closing instant (epoch ms) and as written, ascending. */
  closes: { at: number; text: string }[];
  endPublished: boolean;
}

const indexes = new WeakMap<Round, RoundIndex>();

/**
 * The round's 受付開始: 00:00 JST of `window.opensOn`, or the earliest schedule-entry opening on that
 * day when one gives the hour (r7: 2026-03-30 10:00).
 */
const indexOf = (round: Round): RoundIndex => {
  let x = indexes.get(round);
  if (x) return x;
  const { window, schedule } = round.rules;
  const sameDay = schedule
    .map((e) => e.opensAt?.value)
    .filter((v): v is string => v !== undefined && v.slice(0, 10) === window.opensOn.value)
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const opensAt = sameDay[0] ?? `${window.opensOn.value}${JST_MIDNIGHT}`;
  const closes = schedule.flatMap((e) => e.deadlines.map((d) => ({ at: Date.parse(d.closesAt), text: d.closesAt }))).sort((a, b) => a.at - b.at);
  const endPublished = window.closesOn !== undefined || schedule.some((e) => e.deadlines.some((d) => d.final === true));
  x = { opens: Date.parse(opensAt), opensAt, closes, endPublished };
  indexes.set(round, x);
  return x;
};

/** The round's 受付開始 as epoch ms (see {@link indexOf}). */
export const roundOpens = (round: Round): number => indexOf(round).opens;

/**
 * The status of one 締切: `opens` is its own opening (its schedule entry's 受付開始, else the
 * round's), `closes` its closing instant, both epoch ms.
 */
export const deadlineStatus = (opens: number, closes: number, asOf: AsOf): DeadlineStatus =>
  asOf.instant >= closes ? 'closed' : asOf.instant < opens ? 'upcoming' : 'open';

/** The status of a round on asOf, with the 締切 that decide it. */
export const roundStatus = (round: Round, asOf: AsOf): RoundState => {
  const x = indexOf(round);
  const ahead = x.closes.find((c) => c.at > asOf.instant);
  const last = x.closes.at(-1);
  const status: RoundStatus = asOf.instant < x.opens ? 'upcoming' : ahead ? 'open' : x.endPublished ? 'closed' : 'awaiting-schedule';
  return { round: round.id, status, opensAt: x.opensAt, nextDeadline: ahead?.text ?? null, lastDeadline: last?.text ?? null, endPublished: x.endPublished };
};

/**
 * The round a date means when the caller names none: the latest-opening round that is `open` on
 * asOf; else the latest round that has opened, if it is `awaiting-schedule` (its schedule may
 * still grow; an older round is superseded once a newer one has opened); else none (before every
 * round, or after a round's published end and before the next one opens).
 */
export const defaultRound = (rounds: readonly Round[], asOf: AsOf): Round | undefined => {
  const byOpening = [...rounds].sort((a, b) => roundOpens(b) - roundOpens(a));
  const states = byOpening.map((round) => ({ round, status: roundStatus(round, asOf).status }));
  const open = states.find((s) => s.status === 'open');
  if (open) return open.round;
  const latest = states.find((s) => s.status !== 'upcoming');
  return latest?.status === 'awaiting-schedule' ? latest.round : undefined;
};

const clock = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

/** One sentence per language saying what the round's status means on asOf (for answers and warnings). */
export const roundStatusText = (state: RoundState): { ja: string; en: string } => {
  const last = state.lastDeadline ? clock(state.lastDeadline) : null;
  switch (state.status) {
    case 'upcoming':
      return { ja: `受付開始前です（受付開始 ${clock(state.opensAt)}）`, en: `Applications have not started yet (受付開始 ${clock(state.opensAt)} JST)` };
    case 'open':
      return {
        ja: `受付中です（次の締切 ${clock(state.nextDeadline!)}）`,
        en: `Applications are being accepted (next 締切 ${clock(state.nextDeadline!)} JST)`,
      };
    case 'awaiting-schedule':
      return last
        ? {
            ja: `判明している最後の締切（${last}）を過ぎました。この回の終了は公表されておらず、次の締切も公表されていません`,
            en: `The last known 締切 (${last} JST) has passed; the end of the round is not published and no further 締切 is known yet`,
          }
        : { ja: 'この回の締切はまだ公表されていません', en: 'No 締切 of this round is published yet' };
    case 'closed':
      return { ja: `この回の受付は終了しました（最終締切 ${last ?? '不明'}）`, en: `The round has closed (final 締切 ${last ? `${last} JST` : 'unknown'})` };
  }
};
