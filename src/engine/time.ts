/** Japan time helpers. JST is UTC+9 all year (no daylight saving), so a fixed offset is exact. */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

export interface AsOf {
  /** The instant, in epoch milliseconds. */
  readonly instant: number;
  /** The calendar date in Japan (YYYY-MM-DD). */
  readonly date: string;
  /** The instant written in JST, e.g. 2025-12-02T16:59:00+09:00. */
  readonly iso: string;
}

export const jstDate = (instant: number): string => new Date(instant + JST_OFFSET_MS).toISOString().slice(0, 10);

export const jstIso = (instant: number): string => `${new Date(instant + JST_OFFSET_MS).toISOString().slice(0, 19)}+09:00`;

export const asOfInstant = (instant: number): AsOf => ({ instant, date: jstDate(instant), iso: jstIso(instant) });

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads `asOf`: a date is 00:00 JST of that day; a timestamp must carry its offset (Z or ±hh:mm).
 * Returns undefined when the text is not a real date or time.
 */
export const parseAsOf = (text: string): AsOf | undefined => {
  // Requests name a handful of dates (a deadline, today): each read once per isolate (bounded).
  const hit = parsedAsOf.get(text);
  if (hit) return hit;
  const asOf = parseAsOfUncached(text);
  if (asOf && parsedAsOf.size < 1024) parsedAsOf.set(text, asOf);
  return asOf;
};

const parsedAsOf = new Map<string, AsOf>();

const parseAsOfUncached = (text: string): AsOf | undefined => {
  if (DATE.test(text)) {
    const instant = Date.parse(`${text}T00:00:00+09:00`);
    if (Number.isNaN(instant) || jstDate(instant) !== text) return undefined;
    return asOfInstant(instant);
  }
  if (DATETIME.test(text)) {
    const instant = Date.parse(text);
    if (Number.isNaN(instant)) return undefined;
    const [y, mo, d] = text.slice(0, 10).split('-').map(Number);
    const check = new Date(Date.UTC(y!, mo! - 1, d!));
    if (check.getUTCMonth() !== mo! - 1 || check.getUTCDate() !== d) return undefined;
    return asOfInstant(instant);
  }
  return undefined;
};

/** Whole days from `from` (a JST date) to `to` (a JST date); negative when `to` is earlier. */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
