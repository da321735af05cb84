/**
 * Deadlines (締切) from the rule files: every 次 of every type, its status on `asOf`, and the
 * next open one. Pure: rules + asOf in, plain objects out.
 */
import type { Round } from '../rules/registry.ts';
import type { Deadline, TypeId } from '../rules/schema.ts';
import { daysBetween, type AsOf } from './time.ts';

export interface DeadlineView {
  round: string;
  type: TypeId;
  /** 次; null where the source gives the date but not its number. */
  phase: number | null;
  opensAt: string | null;
  closesAt: string;
  decisionOn: string | null;
  final: boolean;
  /** `closed` once asOf has reached closesAt (締切 at 17:00 JST is closed at 17:00:00). */
  status: 'open' | 'closed';
  /** Whole JST calendar days from asOf's date to the deadline's date (0 on the day itself). */
  daysLeft: number;
  confidence: 'confirmed' | 'unconfirmed';
  planned: boolean;
  source: string;
  decisionSource: string | null;
  note: string | null;
}

const view = (round: Round, type: TypeId, opensAt: string | undefined, d: Deadline, asOf: AsOf): DeadlineView => {
  const closes = Date.parse(d.closesAt);
  return {
    round: round.id,
    type,
    phase: d.phase,
    opensAt: opensAt ?? null,
    closesAt: d.closesAt,
    decisionOn: d.decisionOn?.value ?? null,
    final: d.final === true,
    status: closes <= asOf.instant ? 'closed' : 'open',
    daysLeft: daysBetween(asOf.date, d.closesAt.slice(0, 10)),
    confidence: d.confidence === 'unconfirmed' ? 'unconfirmed' : 'confirmed',
    planned: d.planned === true,
    source: d.source,
    decisionSource: d.decisionOn?.source ?? null,
    note: d.note ?? null,
  };
};

/** Every deadline of a round (optionally one type), ordered by type order in the file, then date. */
export const roundDeadlines = (round: Round, asOf: AsOf, type?: TypeId): DeadlineView[] => {
  const out: DeadlineView[] = [];
  for (const t of round.rules.types) {
    if (type && t.id !== type) continue;
    for (const entry of round.rules.schedule) {
      if (!entry.types.includes(t.id)) continue;
      for (const d of entry.deadlines) out.push(view(round, t.id, entry.opensAt?.value, d, asOf));
    }
  }
  return out.sort((a, b) => (a.type === b.type ? a.closesAt.localeCompare(b.closesAt) : 0));
};

/** The first deadline of the type still open on asOf, or null (none known, or all passed). */
export const nextDeadline = (round: Round, type: TypeId, asOf: AsOf): DeadlineView | null =>
  roundDeadlines(round, asOf, type).find((d) => d.status === 'open') ?? null;

/** What the schedule says is missing for a type (recorded gaps), for answers with no deadline. */
export const scheduleGaps = (round: Round, type: TypeId): string[] =>
  round.rules.schedule.filter((e) => e.types.includes(type)).flatMap((e) => e.gaps ?? []);
