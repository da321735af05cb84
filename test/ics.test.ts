/**
 * GET /v1/deadlines.ics and the writer in src/lib/ics.ts. The feed is parsed back with ical.js
 * (a maintained iCalendar library, run here inside workerd) to the same dates and UIDs as the JSON.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { api, json } from './helpers.ts';
import { escapeText, foldLine, formatDateTime, writeCalendar, JST } from '../src/lib/ics.ts';
import { acceptsGzip } from '../src/routes/deadlines/deadlines.handlers.ts';
import { registry } from '../src/rules/index.ts';
import { createApp } from '../src/app.ts';

const getIcs = async (query: string, headers: Record<string, string> = {}) => {
  const res = await api(`/v1/deadlines.ics?${query}`, { headers });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  return { res, text: await res.text() };
};

/** Parses with ical.js, registering the feed's own VTIMEZONE so TZID=Asia/Tokyo resolves. */
const parse = (text: string) => {
  const cal = new ICAL.Component(ICAL.parse(text));
  const vtz = cal.getFirstSubcomponent('vtimezone');
  expect(vtz).toBeTruthy();
  ICAL.TimezoneService.register(vtz!);
  return {
    cal,
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const event = new ICAL.Event(v);
      return {
        uid: event.uid,
        sequence: event.sequence,
        start: event.startDate.toJSDate().getTime(),
        tzid: event.startDate.zone?.tzid,
        summary: event.summary,
        description: event.description,
        url: v.getFirstPropertyValue('url'),
        stamp: (v.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().getTime(),
        triggers: v.getAllSubcomponents('valarm').map((a) => String(a.getFirstPropertyValue('trigger'))),
      };
    }),
  };
};

describe('GET /v1/deadlines.ics — parsed back with ical.js', () => {
  it('R6, asOf 2025-12-03: every 締切 of the JSON list is one VEVENT with the same instant and a stable UID', async () => {
    const query = 'round=r6&asOf=2025-12-03';
    const list = await json(await api(`/v1/deadlines?${query}`));
    const { text } = await getIcs(query);
    const { events } = parse(text);
    expect(events.length).toBe(list.deadlines.length);
    events.forEach((e, i) => {
      const d = list.deadlines[i];
      expect(e.uid).toBe(`r6-${d.type}-${d.phase}@it-hojo-api`);
      expect(e.start).toBe(Date.parse(d.closesAt));
      expect(e.tzid).toBe('Asia/Tokyo');
      expect(e.triggers.sort()).toEqual(['-P14D', '-P3D']);
      expect(e.url).toMatch(/^https?:\/\//);
    });
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('R6 通常枠 8次 is 2026-01-07 17:00 JST (08:00Z), summary in Japanese with its source (the IT導入補助金2025 leaflet) in DESCRIPTION', async () => {
    const { events } = parse((await getIcs('round=r6&type=regular&asOf=2025-12-03&status=open')).text);
    expect(events).toHaveLength(1);
    const e = events[0]!;
    expect(e.uid).toBe('r6-regular-8@it-hojo-api');
    expect(new Date(e.start).toISOString()).toBe('2026-01-07T08:00:00.000Z');
    expect(e.summary).toBe('【締切】IT導入補助金2025（令和6年度補正） 通常枠 第8次締切（最終）');
    expect(e.description).toContain('IT導入補助金2025 チラシ');
    expect(e.description).toContain('2026-01-07 17:00');
  });

  it('lang=en gives English summaries; the UID and instant do not change with the language', async () => {
    const ja = parse((await getIcs('round=r6&type=multi-company&asOf=2025-12-03')).text).events;
    const en = parse((await getIcs('round=r6&type=multi-company&asOf=2025-12-03&lang=en')).text).events;
    expect(en[0]!.summary).toBe('Deadline: IT Introduction Subsidy 2025 (FY2024 supplementary budget), Multi-company frame, phase 4 (final)');
    expect(en[0]!.uid).toBe(ja[0]!.uid);
    expect(en[0]!.uid).toBe('r6-multi-company-4@it-hojo-api');
    expect(en[0]!.start).toBe(ja[0]!.start);
  });

  it('UIDs, SEQUENCE and DTSTAMP are stable across two calls and across asOf; DTSTAMP is the round’s lastReviewed (00:00 JST)', async () => {
    const a = parse((await getIcs('round=r3&asOf=2022-01-01')).text).events;
    const b = parse((await getIcs('round=r3&asOf=2022-01-01')).text).events;
    const c = parse((await getIcs('round=r3&asOf=2022-11-20')).text).events;
    expect(b).toEqual(a);
    expect(c.map((e) => [e.uid, e.sequence, e.stamp])).toEqual(a.map((e) => [e.uid, e.sequence, e.stamp]));
    const r3 = registry.byName('r3')!;
    expect(a[0]!.stamp).toBe(Date.parse(`${r3.rules.lastReviewed}T00:00:00+09:00`));
    // SEQUENCE = 1000 × changelog lines + a content hash mod 1000.
    for (const e of a) expect(Math.floor(e.sequence / 1000)).toBe(r3.rules.changelog.length);
  });

  it('R3 デジタル化基盤導入類型 final 締切 without a 次 has the UID …-final and starts 2023-02-16 17:00 JST (seed 000, 予定 → TENTATIVE)', async () => {
    const { text } = await getIcs('round=r3&type=digital-base&asOf=2023-02-01');
    const { events } = parse(text);
    expect(events).toHaveLength(17);
    const final = events.at(-1)!;
    expect(final.uid).toBe('r3-digital-base-final@it-hojo-api');
    expect(final.start).toBe(Date.parse('2023-02-16T17:00:00+09:00'));
    expect(final.summary).toContain('（最終）（予定）');
    expect(text).toContain('STATUS:TENTATIVE');
  });

  it('the whole feed (every round) parses, one VEVENT per deadline, with two VALARMs each', async () => {
    const list = await json(await api('/v1/deadlines?asOf=2022-01-01'));
    const { events } = parse((await getIcs('asOf=2022-01-01')).text);
    expect(events.map((e) => e.uid)).toEqual(list.deadlines.map((d: any) => `${d.round}-${d.type}-${d.phase ?? 'final'}@it-hojo-api`));
    expect(events.map((e) => e.start)).toEqual(list.deadlines.map((d: any) => Date.parse(d.closesAt)));
    for (const e of events) expect(e.triggers).toHaveLength(2);
  });

  it('is RFC 5545 text: CRLF line ends only, no physical line over 75 octets, VTIMEZONE Asia/Tokyo', async () => {
    const { text } = await getIcs('asOf=2022-01-01');
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo\r\n');
    expect(text).toMatch(/DTSTART;TZID=Asia\/Tokyo:20251202T170000\r\n/);
  });

  it('ETag and If-None-Match → 304; the ETag differs by language; Vary: Accept-Language', async () => {
    const { res } = await getIcs('round=r6&asOf=2025-12-03');
    const tag = res.headers.get('etag')!;
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('vary')).toBe('Accept-Language, Accept-Encoding');
    expect((await api('/v1/deadlines.ics?round=r6&asOf=2025-12-03', { headers: { 'If-None-Match': tag } })).status).toBe(304);
    const en = await getIcs('round=r6&asOf=2025-12-03&lang=en');
    expect(en.res.headers.get('etag')).not.toBe(tag);
    const json = await api('/v1/deadlines?round=r6&asOf=2025-12-03');
    expect(json.headers.get('etag')).not.toBe(tag);
  });

  it('Accept-Encoding: gzip answers the same feed gzip-compressed (Content-Encoding: gzip), under its own ETag; both Vary on Accept-Encoding', async () => {
    const plainRes = await api('/v1/deadlines.ics?lang=en');
    const plainBytes = new Uint8Array(await plainRes.arrayBuffer());
    // The Worker's own Response (in-process: a fetch through the runtime would decode it).
    const res = await createApp(registry).fetch(
      new Request('http://api.test/v1/deadlines.ics?lang=en', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } }),
      {},
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const packed = new Uint8Array(await res.arrayBuffer());
    // gzip's magic number (RFC 1952 §2.3.1), and far fewer bytes than the text.
    expect([packed[0], packed[1]]).toEqual([0x1f, 0x8b]);
    expect(packed.byteLength * 5).toBeLessThan(plainBytes.byteLength);
    const unpacked = new Uint8Array(await new Response(new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
    expect(unpacked).toEqual(plainBytes);
    // Through the runtime's fetch (as a client sees it), the decoded body is the same text.
    const fetched = await api('/v1/deadlines.ics?lang=en', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(fetched.headers.get('content-encoding')).toBe('gzip');
    expect(new Uint8Array(await fetched.arrayBuffer())).toEqual(plainBytes);
    const tag = res.headers.get('etag')!;
    expect(tag).toBe(plainRes.headers.get('etag')!.replace(/"$/, '-gzip"'));
    for (const r of [res, plainRes]) expect(r.headers.get('vary')).toBe('Accept-Language, Accept-Encoding');
    // Revalidation is per representation: the gzip tag with gzip → 304; the plain tag with gzip → 200.
    const again = (inm: string, ae: string) => api('/v1/deadlines.ics?lang=en', { headers: { 'If-None-Match': inm, 'Accept-Encoding': ae } });
    expect((await again(tag, 'gzip')).status).toBe(304);
    expect((await again(plainRes.headers.get('etag')!, 'gzip')).status).toBe(200);
    expect((await again(plainRes.headers.get('etag')!, 'identity')).status).toBe(304);
    // Refused by q=0: the plain text.
    const refused = await api('/v1/deadlines.ics?lang=en', { headers: { 'Accept-Encoding': 'br, gzip;q=0' } });
    expect(refused.headers.get('content-encoding')).toBeNull();
    expect(new Uint8Array(await refused.arrayBuffer())).toEqual(plainBytes);
  });

  it.each([
    ['gzip, deflate, br', true],
    ['GZIP;Q=0.5', true],
    ['x-gzip', true],
    ['*', true],
    ['br;q=1.0, *;q=0.1', true],
    ['gzip;q=0', false],
    ['gzip;q=0.000', false],
    ['*, gzip;q=0', false],
    ['br', false],
    ['identity', false],
    ['*;q=0', false],
    ['', false],
  ])('Accept-Encoding %j accepts gzip: %s (RFC 9110 §12.5.3)', (field, expected) => {
    expect(acceptsGzip(field)).toBe(expected);
  });

  it('the feed and its ETag do not depend on asOf (the text has no status): 2022-01-01, 2025-12-03 and none give the same bytes', async () => {
    const a = await getIcs('asOf=2022-01-01');
    const b = await getIcs('asOf=2025-12-03');
    const none = await getIcs('');
    expect(b.text).toBe(a.text);
    expect(none.text).toBe(a.text);
    expect(b.res.headers.get('etag')).toBe(a.res.headers.get('etag'));
    expect(none.res.headers.get('etag')).toBe(a.res.headers.get('etag'));
    // A subscriber revalidating without asOf gets a 304 for the tag it got with one.
    expect((await api('/v1/deadlines.ics', { headers: { 'If-None-Match': a.res.headers.get('etag')! } })).status).toBe(304);
  });

  it('with status, asOf selects the deadlines: R6 通常枠 open on 2025-12-03 (8次 only) ≠ open on 2025-01-01, and the same set gives the same ETag', async () => {
    const early = await getIcs('round=r6&type=regular&status=open&asOf=2025-01-01');
    const dec = await getIcs('round=r6&type=regular&status=open&asOf=2025-12-03');
    const dec4 = await getIcs('round=r6&type=regular&status=open&asOf=2025-12-04');
    const list = await json(await api('/v1/deadlines?round=r6&type=regular&status=open&asOf=2025-12-03'));
    expect(parse(dec.text).events.map((e) => e.uid)).toEqual(list.deadlines.map((d: any) => `r6-regular-${d.phase}@it-hojo-api`));
    expect(early.res.headers.get('etag')).not.toBe(dec.res.headers.get('etag'));
    expect(dec4.res.headers.get('etag')).toBe(dec.res.headers.get('etag'));
  });
});

describe('src/lib/ics.ts', () => {
  it('escapes TEXT: backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character, and unfolding gives the line back', () => {
    const encoder = new TextEncoder();
    for (const line of ['SUMMARY:' + 'あ'.repeat(100), 'DESCRIPTION:' + 'x'.repeat(300), 'SUMMARY:' + 'a'.repeat(66) + '締切🎌'.repeat(20), 'SHORT:ok']) {
      const folded = foldLine(line);
      const physical = folded.split('\r\n');
      for (const p of physical) {
        expect(encoder.encode(p).length).toBeLessThanOrEqual(75);
        expect(p).not.toMatch(/\uFFFD/);
      }
      for (const p of physical.slice(1)) expect(p.startsWith(' ')).toBe(true);
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }
  });

  it('folds exactly like a per-character UTF-8 count on random text (ASCII, kana, kanji, emoji, lone surrogates)', () => {
    const encoder = new TextEncoder();
    const reference = (line: string) => {
      if (encoder.encode(line).length <= 75) return line;
      const parts: string[] = [];
      let current = '';
      let size = 0;
      for (const ch of line) {
        const n = encoder.encode(ch).length;
        if (size + n > 75) {
          parts.push(current);
          current = ' ';
          size = 1;
        }
        current += ch;
        size += n;
      }
      parts.push(current);
      return parts.join('\r\n');
    };
    const unit = fc.oneof(fc.constantFrom('a', ';', 'é', 'ü', 'あ', '締', '🎌', '𠮷', '\uD800', '\uDC00'), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 200 }), (units) => {
        const line = `DESCRIPTION:${units.join('')}`;
        expect(foldLine(line)).toBe(reference(line));
      }),
      { numRuns: 500 },
    );
  });

  it('writes UTC and local times', () => {
    const instant = Date.parse('2026-01-07T17:00:00+09:00');
    expect(formatDateTime(instant)).toBe('20260107T080000Z');
    expect(formatDateTime(instant, JST.offsetMinutes)).toBe('20260107T170000');
  });

  it('a calendar with special characters round-trips through ical.js', () => {
    const text = writeCalendar({
      prodId: '-//test//EN',
      name: 'T',
      timezone: JST,
      events: [
        {
          uid: 'x@y',
          sequence: 3,
          stamp: 0,
          start: Date.parse('2025-12-02T17:00:00+09:00'),
          summary: 'a; b, c \\ d\ne',
          url: 'https://example.com/a b',
          alarms: [{ trigger: '-P3D', description: 'x' }],
        },
      ],
    });
    const cal = new ICAL.Component(ICAL.parse(text));
    const v = cal.getFirstSubcomponent('vevent')!;
    expect(v.getFirstPropertyValue('summary')).toBe('a; b, c \\ d\ne');
    expect(v.getFirstPropertyValue('url')).toBe('https://example.com/a%20b');
    expect(v.getFirstPropertyValue('sequence')).toBe(3);
  });
});
