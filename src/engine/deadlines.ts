/**
 * Deadlines (締切) from the rule files: every 次 of every type, its status on `asOf`, and the
 * next open one. Pure: rules + asOf in, plain objects out.
 */
import type { Round } from '../rules/registry.ts';
import type { Deadline, TypeId, PublicSource, Text } from '../rules/schema.ts';
import type { AsOf } from './time.ts';
import { deadlineStatus, roundOpens, roundStatus, type DeadlineStatus, type RoundState } from './round-status.ts';

export interface DeadlineView {
  round: string;
  type: TypeId;
  /** 次; null where the source gives the date but not its number. */
  phase: number | null;
  opensAt: string | null;
  closesAt: string;
  decisionOn: string | null;
  /** 事業実績報告期限, where known. */
  reportBy: string | null;
  final: boolean;
  /** See round-status.ts: `upcoming` before its opening, `open` until closesAt, then `closed`. */
  status: DeadlineStatus;
  /** Whole JST calendar days from asOf's date to the deadline's date (0 on the day itself). */
  daysLeft: number;
  confidence: 'confirmed' | 'unconfirmed';
  planned: boolean;
  source: PublicSource;
  decisionSource: PublicSource | null;
  reportSource: PublicSource | null;
  note: Text | null;
}

/** One 締切 with what every view of it needs, computed once per isolate. */
interface Indexed {
  d: Deadline;
  opensAt: string | undefined;
  /** Its opening (the entry's opensAt, else the round's 受付開始) as epoch ms. */
  opens: number;
  /** closesAt as epoch ms. */
  closes: number;
  /** The closing date (JST calendar day) as whole days since the epoch. */
  day: number;
}

const epochDay = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
/** asOf's JST date as an epoch day, once per asOf (an answer asks for it once per type). */
const asOfDays = new WeakMap<AsOf, number>();
const dayOf = (asOf: AsOf): number => {
  let day = asOfDays.get(asOf);
  if (day === undefined) {
    day = epochDay(asOf.date);
    asOfDays.set(asOf, day);
  }
  return day;
};

const view = (round: Round, type: TypeId, x: Indexed, asOf: AsOf, asOfDay: number): DeadlineView => {
  const { d } = x;
  return {
    round: round.id,
    type,
    phase: d.phase,
    opensAt: x.opensAt ?? null,
    closesAt: d.closesAt,
    decisionOn: d.decisionOn?.value ?? null,
    reportBy: d.reportBy?.value ?? null,
    final: d.final === true,
    status: deadlineStatus(x.opens, x.closes, asOf),
    daysLeft: x.day - asOfDay,
    confidence: d.confidence === 'unconfirmed' ? 'unconfirmed' : 'confirmed',
    planned: d.planned === true,
    source: d.source,
    decisionSource: d.decisionOn?.source ?? null,
    reportSource: d.reportBy?.source ?? null,
    note: d.note ?? null,
  };
};

/** Per round and type, its deadlines in closing order: built once per isolate. */
const sortedByType = new WeakMap<Round, Map<TypeId, Indexed[]>>();
const deadlinesOf = (round: Round, type: TypeId): Indexed[] => {
  let byType = sortedByType.get(round);
  if (!byType) {
    byType = new Map();
    sortedByType.set(round, byType);
  }
  let list = byType.get(type);
  if (!list) {
    list = round.rules.schedule
      .filter((e) => e.types.includes(type))
      .flatMap((e) => {
        const opens = e.opensAt ? Date.parse(e.opensAt.value) : roundOpens(round);
        return e.deadlines.map((d) => ({ d, opensAt: e.opensAt?.value, opens, closes: Date.parse(d.closesAt), day: epochDay(d.closesAt.slice(0, 10)) }));
      })
      .sort((a, b) => a.closes - b.closes);
    byType.set(type, list);
  }
  return list;
};

/**
 * Every deadline of a round (optionally one type), ordered by the type's position in the file's
 * `types`, then by closesAt (a type's deadlines may come from several schedule entries; the
 * per-type index is sorted once, so types are never interleaved).
 */
export const roundDeadlines = (round: Round, asOf: AsOf, type?: TypeId): DeadlineView[] => {
  const asOfDay = dayOf(asOf);
  const out: DeadlineView[] = [];
  for (const t of round.rules.types) {
    if (type && t.id !== type) continue;
    for (const x of deadlinesOf(round, t.id)) out.push(view(round, t.id, x, asOf, asOfDay));
  }
  return out;
};

/** The first deadline of the type not yet closed on asOf (`open` or `upcoming`), or null (none known, or all passed). */
export const nextDeadline = (round: Round, type: TypeId, asOf: AsOf): DeadlineView | null => {
  const hit = deadlinesOf(round, type).find((x) => x.closes > asOf.instant);
  return hit ? view(round, type, hit, asOf, dayOf(asOf)) : null;
};

/**
 * Which deadlines of the rounds (optionally one type) have `status` on asOf, as a short key: one
 * character per indexed deadline. A `status` filter depends on asOf only through this (a feed
 * cache key); a linear pass over the per-type indexes, no views built.
 */
export const statusSignature = (rounds: readonly Round[], asOf: AsOf, status: DeadlineStatus, type?: TypeId): string => {
  let key = '';
  for (const round of rounds) {
    for (const t of round.rules.types) {
      if (type && t.id !== type) continue;
      for (const x of deadlinesOf(round, t.id)) key += deadlineStatus(x.opens, x.closes, asOf) === status ? '1' : '0';
    }
  }
  return key;
};

/**
 * Every status a deadline list on asOf depends on, as a short key: one character per indexed
 * deadline of the rounds (u/o/c) and per round (its status, and whether its first open 締切 moved).
 * Two instants with the same key and the same JST date give the same list (views, next, round
 * states), so a serialised answer can be reused (a per-isolate cache key).
 */
export const statusesKey = (rounds: readonly Round[], asOf: AsOf, type?: TypeId): string => {
  let key = '';
  for (const round of rounds) {
    for (const t of round.rules.types) {
      if (type && t.id !== type) continue;
      for (const x of deadlinesOf(round, t.id)) key += deadlineStatus(x.opens, x.closes, asOf)[0];
    }
    const state = roundStatus(round, asOf);
    key += `|${state.status}:${state.nextDeadline ?? ''}`;
  }
  return key;
};

/** What the schedule says is missing for a type (recorded gaps), for answers with no deadline. */
export const scheduleGaps = (round: Round, type: TypeId): Text[] => round.rules.schedule.filter((e) => e.types.includes(type)).flatMap((e) => e.gaps ?? []);

export interface DeadlineFilter {
  type?: TypeId | undefined;
  status?: DeadlineStatus | undefined;
}

export interface DeadlineGap {
  round: string;
  types: TypeId[];
  text: Text;
}

export interface DeadlineList {
  /** The rounds' deadlines (round order as given, then type order, then date), after the filters. */
  deadlines: DeadlineView[];
  /**
   * Per type of the selected rounds: the deadline not yet closed (`open` or `upcoming`) that closes
   * first, across every selected round, or null. Independent of the `status` filter.
   */
  next: Partial<Record<TypeId, DeadlineView | null>>;
  /** Each selected round's status on asOf (why `next` may be null: see round-status.ts). */
  rounds: RoundState[];
  /** The schedule gaps recorded for the selected types (what no source gives). */
  gaps: DeadlineGap[];
}

/** Deadlines of several rounds on one asOf, with the next open one per type. */
export const listDeadlines = (rounds: readonly Round[], asOf: AsOf, filter: DeadlineFilter = {}): DeadlineList => {
  const all = rounds.flatMap((round) => roundDeadlines(round, asOf, filter.type));
  const next: Partial<Record<TypeId, DeadlineView | null>> = {};
  for (const round of rounds) {
    for (const t of round.rules.types) if (!filter.type || t.id === filter.type) next[t.id] ??= null;
  }
  for (const d of all) {
    if (d.status === 'closed') continue;
    const current = next[d.type];
    if (!current || d.closesAt < current.closesAt) next[d.type] = d;
  }
  const gaps = rounds.flatMap((round) =>
    round.rules.schedule.flatMap((entry) => {
      const types = entry.types.filter((t) => !filter.type || t === filter.type);
      return types.length ? (entry.gaps ?? []).map((text) => ({ round: round.id, types, text })) : [];
    }),
  );
  const states = rounds.map((round) => roundStatus(round, asOf));
  return { deadlines: filter.status ? all.filter((d) => d.status === filter.status) : all, next, rounds: states, gaps };
};
