/**
 * A small iCalendar (RFC 5545) writer: a VCALENDAR with one fixed-offset VTIMEZONE, VEVENTs and
 * their VALARMs. No dependency; only what the deadline feed needs, written to the letter of the RFC:
 *
 * - lines end in CRLF (§3.1);
 * - a content line longer than 75 octets is folded: CRLF + one space, never splitting a UTF-8
 *   character (§3.1 "Lines of text SHOULD NOT be longer than 75 octets, excluding the line break");
 * - TEXT values escape `\`, `;`, `,` and newlines (§3.3.11);
 * - local times carry `TZID=` of a VTIMEZONE defined in the same object (§3.2.19, §3.6.5);
 *   DTSTAMP is UTC (§3.8.7.2).
 *
 * @example
 * ```ts
 * writeCalendar({
 *   prodId: '-//x//y//EN', name: 'Deadlines', timezone: JST,
 *   events: [{ uid: 'a@x', sequence: 0, stamp: 0, start: Date.parse('2025-12-02T17:00:00+09:00'), summary: 'Deadline', alarms: [] }],
 * });
 * ```
 */

export interface IcsTimezone {
  /** e.g. `Asia/Tokyo`. */
  tzid: string;
  /** The zone's only offset from UTC, in minutes (the zone must have no daylight saving). */
  offsetMinutes: number;
  /** e.g. `JST`. */
  abbreviation: string;
}

/** Japan: UTC+9 all year, no daylight saving since 1951. */
export const JST: IcsTimezone = { tzid: 'Asia/Tokyo', offsetMinutes: 9 * 60, abbreviation: 'JST' };

export interface IcsAlarm {
  /** A negative duration before the start, e.g. `-P14D` (§3.8.6.3). */
  trigger: string;
  description: string;
}

export interface IcsEvent {
  uid: string;
  sequence: number;
  /** DTSTAMP, epoch milliseconds (written in UTC). */
  stamp: number;
  /** DTSTART, epoch milliseconds (written as local time in the calendar's zone). */
  start: number;
  summary: string;
  description?: string;
  url?: string;
  status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  categories?: string[];
  alarms: IcsAlarm[];
}

export interface IcsCalendar {
  /** PRODID, e.g. `-//it-hojo-api//deadlines//JA`. */
  prodId: string;
  /** Calendar name (RFC 7986 NAME and the widespread X-WR-CALNAME). */
  name: string;
  description?: string;
  timezone: IcsTimezone;
  /** Suggested refresh interval as a duration, e.g. `PT12H` (RFC 7986 REFRESH-INTERVAL). */
  refresh?: string;
  events: IcsEvent[];
}

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma, and newlines as `\n`. */
export const escapeText = (text: string): string =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

/**
 * Folds one content line so that no physical line exceeds 75 octets (the leading space of a
 * continuation line counts), splitting only between characters. One pass over the UTF-16 code
 * units: a unit below U+0080 is 1 UTF-8 octet, below U+0800 2, a surrogate pair (one code point
 * above U+FFFF) 4, any other unit 3 (a lone surrogate is written as U+FFFD, also 3).
 */
export const foldLine = (line: string): string => {
  // ≤ 3 octets per code unit: a line of at most 25 units always fits.
  if (line.length <= 25) return line;
  let out = '';
  let start = 0;
  let size = 0;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    let units = 1;
    let n: number;
    if (c < 0x80) n = 1;
    else if (c < 0x800) n = 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < line.length && (line.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n = 4;
      units = 2;
    } else n = 3;
    if (size + n > 75) {
      out += `${line.slice(start, i)}\r\n `;
      start = i;
      size = 1;
    }
    size += n;
    i += units;
  }
  return start === 0 ? line : out + line.slice(start);
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYYMMDDTHHMMSS` of the instant shifted by `offsetMinutes` (with `Z` for UTC). */
export const formatDateTime = (instant: number, offsetMinutes = 0): string => {
  const d = new Date(instant + offsetMinutes * 60_000);
  const text =
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}` +
    `${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}`;
  return offsetMinutes === 0 ? `${text}Z` : text;
};

/** `+0900` for 540 minutes. */
const formatOffset = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
};

/** A URI value (no TEXT escaping; §3.3.13): non-ASCII is percent-encoded, invalid URIs are dropped. */
const uri = (text: string): string | undefined => {
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
};

/** The whole calendar as text, CRLF line ends, folded. */
export const writeCalendar = (cal: IcsCalendar): string => {
  const tz = cal.timezone;
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(cal.name)}`,
    `X-WR-CALNAME:${escapeText(cal.name)}`,
    ...(cal.description ? [`X-WR-CALDESC:${escapeText(cal.description)}`] : []),
    `X-WR-TIMEZONE:${tz.tzid}`,
    ...(cal.refresh ? [`REFRESH-INTERVAL;VALUE=DURATION:${cal.refresh}`, `X-PUBLISHED-TTL:${cal.refresh}`] : []),
    'BEGIN:VTIMEZONE',
    `TZID:${tz.tzid}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${formatOffset(tz.offsetMinutes)}`,
    `TZOFFSETTO:${formatOffset(tz.offsetMinutes)}`,
    `TZNAME:${tz.abbreviation}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
  for (const e of cal.events) {
    const url = e.url ? uri(e.url) : undefined;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `SEQUENCE:${e.sequence}`,
      `DTSTAMP:${formatDateTime(e.stamp)}`,
      // No DTEND: a DATE-TIME DTSTART alone is an instant (§3.6.1), which is what a 締切 is.
      `DTSTART;TZID=${tz.tzid}:${formatDateTime(e.start, tz.offsetMinutes)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      ...(e.description ? [`DESCRIPTION:${escapeText(e.description)}`] : []),
      ...(url ? [`URL:${url}`] : []),
      ...(e.status ? [`STATUS:${e.status}`] : []),
      ...(e.categories?.length ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
      'TRANSP:TRANSPARENT',
    );
    for (const a of e.alarms) {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:${a.trigger}`, `DESCRIPTION:${escapeText(a.description)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
};
