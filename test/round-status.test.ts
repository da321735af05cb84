/**
 * Round and 締切 statuses (src/engine/round-status.ts), with dates read by hand from rules/ and
 * their sources:
 * - r7 受付開始 2026-03-30 10:00 (予定); its 締切 1次 2026-05-12 … 5次 2026-09-29, all 17:00; no
 *   final 締切 and no window end published.
 * - r6 opens 2025-03-31; 8次 2026-01-07 17:00 is marked final (window closesOn 2026-01-07).
 * - r3 opens 2022-03-31; デジタル化基盤導入類型 final 2023-02-16 17:00; 複数社連携 entry opens 2022-04-20.
 * - r4 opens 2023-03-28 (window closesOn 2024-01-29).
 */
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../src/rules/parse.ts';
import { ruleFiles } from '../src/rules/rules.gen.ts';
import { defaultRound, roundStatus, roundStatusText } from '../src/engine/round-status.ts';
import { roundDeadlines } from '../src/engine/deadlines.ts';
import { parseAsOf } from '../src/engine/time.ts';
import { api, json, postJson } from './helpers.ts';

const registry = createRegistry(ruleFiles);
const at = (text: string) => parseAsOf(text)!;
const round = (id: string) => registry.byName(id)!;

describe('roundStatus', () => {
  it('r7 on 2025-12-02 is upcoming: four months before its 受付開始 2026-03-30 10:00', () => {
    expect(roundStatus(round('r7'), at('2025-12-02'))).toMatchObject({
      status: 'upcoming',
      opensAt: '2026-03-30T10:00:00+09:00',
      nextDeadline: '2026-05-12T17:00:00+09:00',
    });
  });

  it('r7 turns open at 10:00 on 2026-03-30, not at midnight', () => {
    expect(roundStatus(round('r7'), at('2026-03-30T09:59:59+09:00')).status).toBe('upcoming');
    expect(roundStatus(round('r7'), at('2026-03-30T10:00:00+09:00')).status).toBe('open');
  });

  it('r7 is open at 16:59 on 2026-09-29 (5次) and awaiting-schedule from 17:00, with that 締切 as the last known one', () => {
    expect(roundStatus(round('r7'), at('2026-09-29T16:59:00+09:00'))).toMatchObject({ status: 'open', nextDeadline: '2026-09-29T17:00:00+09:00' });
    expect(roundStatus(round('r7'), at('2026-09-29T17:00:00+09:00'))).toMatchObject({
      status: 'awaiting-schedule',
      nextDeadline: null,
      lastDeadline: '2026-09-29T17:00:00+09:00',
      endPublished: false,
    });
  });

  it('r7 on 2026-12-01 is awaiting-schedule (no 締切 after 2026-09-29 is known, no end published), not open', () => {
    const state = roundStatus(round('r7'), at('2026-12-01'));
    expect(state).toMatchObject({ status: 'awaiting-schedule', lastDeadline: '2026-09-29T17:00:00+09:00' });
    expect(roundStatusText(state).ja).toContain('2026-09-29 17:00');
    expect(roundStatusText(state).en).toContain('2026-09-29 17:00');
  });

  it('r6 is open at 16:59 on 2026-01-07 and closed from 17:00 (8次 is marked final); on 2026-02-01 it is closed', () => {
    expect(roundStatus(round('r6'), at('2026-01-07T16:59:00+09:00')).status).toBe('open');
    expect(roundStatus(round('r6'), at('2026-01-07T17:00:00+09:00'))).toMatchObject({
      status: 'closed',
      endPublished: true,
      lastDeadline: '2026-01-07T17:00:00+09:00',
    });
    expect(roundStatus(round('r6'), at('2026-02-01')).status).toBe('closed');
  });

  it('r5 is open until its 追加公募 closes 2024-10-15 17:00 (the published final, 「本追加公募回はIT導入補助金2024における最終回です」), then closed', () => {
    expect(roundStatus(round('r5'), at('2024-09-01'))).toMatchObject({ status: 'open', nextDeadline: '2024-10-15T17:00:00+09:00' });
    expect(roundStatus(round('r5'), at('2024-10-15T17:00:00+09:00'))).toMatchObject({
      status: 'closed',
      endPublished: true,
      lastDeadline: '2024-10-15T17:00:00+09:00',
    });
  });

  it('r3 stays open after its 通常枠 final (2022-12-22) while デジタル化基盤導入類型 2023-02-16 is ahead, then closes', () => {
    expect(roundStatus(round('r3'), at('2023-01-10'))).toMatchObject({ status: 'open', nextDeadline: '2023-02-16T17:00:00+09:00' });
    expect(roundStatus(round('r3'), at('2023-02-17')).status).toBe('closed');
  });
});

describe('deadline status', () => {
  it('every r7 締切 is upcoming on 2025-12-02 (before 受付開始), none open', () => {
    const list = roundDeadlines(round('r7'), at('2025-12-02'));
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((d) => d.status))).toEqual(new Set(['upcoming']));
  });

  it('r7 インボイス 1次 (2026-05-12 17:00): upcoming at 09:59 on 2026-03-30, open at 10:00, open at 16:59 on 05-12, closed at 17:00', () => {
    const status = (t: string) => roundDeadlines(round('r7'), at(t), 'invoice').find((d) => d.phase === 1)!.status;
    expect(status('2026-03-30T09:59:00+09:00')).toBe('upcoming');
    expect(status('2026-03-30T10:00:00+09:00')).toBe('open');
    expect(status('2026-05-12T16:59:59+09:00')).toBe('open');
    expect(status('2026-05-12T17:00:00+09:00')).toBe('closed');
  });

  it('r3 複数社連携 1次 is upcoming on 2022-04-01 (its entry opens 2022-04-20) while the round is open', () => {
    expect(roundStatus(round('r3'), at('2022-04-01')).status).toBe('open');
    expect(roundDeadlines(round('r3'), at('2022-04-01'), 'multi-company').find((d) => d.phase === 1)!.status).toBe('upcoming');
    expect(roundDeadlines(round('r3'), at('2022-04-20'), 'multi-company').find((d) => d.phase === 1)!.status).toBe('open');
  });
});

describe('defaultRound (the round a date means when none is named)', () => {
  const cases: [string, string | undefined, string][] = [
    ['2022-03-30', undefined, 'before r3 opens (2022-03-31)'],
    ['2023-02-16', 'r3', 'r3 デジタル化基盤導入類型 final 締切 day, before 17:00'],
    ['2023-02-17', undefined, 'after r3’s final 締切, before r4 opens 2023-03-28'],
    ['2023-03-28', 'r4', 'r4 opens'],
    ['2024-10-15', 'r5', 'r5 追加公募 締切 day (17:00)'],
    ['2024-10-16', undefined, 'after r5’s final 追加公募 締切, before r6 opens 2025-03-31'],
    ['2025-03-30', undefined, 'the day before r6 opens: r5 has closed'],
    ['2025-03-31', 'r6', 'r6 opens'],
    ['2025-12-02', 'r6', 'r6 7次 day: r6 open, r7 upcoming'],
    ['2026-01-08', undefined, 'after r6’s final 締切 (2026-01-07), before r7’s 受付開始'],
    ['2026-03-30T10:00:00+09:00', 'r7', 'r7 受付開始'],
    ['2026-12-01', 'r7', 'r7 awaiting-schedule: still the round people ask about'],
  ];
  it.each(cases)('%s → %s (%s)', (date, expected) => {
    expect(defaultRound(registry.rounds, at(date))?.id).toBe(expected);
  });
});

describe('the status meanings over HTTP', () => {
  it('GET /v1/rounds?asOf=2026-12-01: r7 awaiting-schedule with its last known 締切, current r7, r6 closed', async () => {
    const body = await json(await api('/v1/rounds?asOf=2026-12-01'));
    const byId = Object.fromEntries(body.rounds.map((r: any) => [r.id, r]));
    expect(body.current).toBe('r7');
    expect(byId.r7).toMatchObject({ status: 'awaiting-schedule', nextDeadline: null, lastDeadline: '2026-09-29T17:00:00+09:00' });
    expect(byId.r6.status).toBe('closed');
  });

  it('GET /v1/rounds?asOf=2025-12-02: r7 upcoming, r6 open', async () => {
    const body = await json(await api('/v1/rounds?asOf=2025-12-02'));
    const byId = Object.fromEntries(body.rounds.map((r: any) => [r.id, r]));
    expect(byId.r7.status).toBe('upcoming');
    expect(byId.r6.status).toBe('open');
  });

  it('GET /v1/deadlines?round=r7&asOf=2026-12-01: every next is null and rounds says awaiting-schedule', async () => {
    const body = await json(await api('/v1/deadlines?round=r7&asOf=2026-12-01'));
    expect(Object.values(body.next).every((v) => v === null)).toBe(true);
    expect(body.rounds).toEqual([expect.objectContaining({ round: 'r7', status: 'awaiting-schedule', lastDeadline: '2026-09-29T17:00:00+09:00' })]);
  });

  it('GET /v1/deadlines?round=r7&asOf=2025-12-02&status=open is empty; status=upcoming lists the 締切 and next names 1次', async () => {
    expect((await json(await api('/v1/deadlines?round=r7&asOf=2025-12-02&status=open'))).deadlines).toEqual([]);
    const upcoming = await json(await api('/v1/deadlines?round=r7&type=invoice&asOf=2025-12-02&status=upcoming'));
    expect(upcoming.deadlines.length).toBeGreaterThan(0);
    expect(upcoming.next.invoice).toMatchObject({ phase: 1, closesAt: '2026-05-12T17:00:00+09:00', status: 'upcoming' });
  });

  it('an estimate for r7 on 2026-12-01 carries roundStatus awaiting-schedule and says so in no_upcoming_deadline', async () => {
    const body = await json(
      await postJson('/v1/estimate', {
        round: 'r7',
        asOf: '2026-12-01',
        type: 'invoice',
        applicant: { size: 'sme' },
        functions: ['accounting'],
        costs: { software: 400_000 },
      }),
    );
    expect(body.roundStatus).toMatchObject({ round: 'r7', status: 'awaiting-schedule' });
    const w = body.warnings.find((x: any) => x.code === 'no_upcoming_deadline');
    expect(w.message.ja).toContain('2026-09-29 17:00');
  });

  it('eligibility for r7 on 2026-12-01 carries roundStatus awaiting-schedule', async () => {
    const body = await json(await postJson('/v1/eligibility', { round: 'r7', asOf: '2026-12-01' }));
    expect(body.roundStatus).toMatchObject({ status: 'awaiting-schedule', lastDeadline: '2026-09-29T17:00:00+09:00' });
  });

  it('without a round, 2026-01-08 (between r6’s end and r7’s 受付開始) is 422 date_outside_rounds listing each round’s status', async () => {
    const res = await postJson('/v1/eligibility', { asOf: '2026-01-08' });
    expect(res.status).toBe(422);
    const body = await json(res);
    expect(body.code).toBe('date_outside_rounds');
    expect(body.knownRounds.find((r: any) => r.id === 'r6').status).toBe('closed');
    expect(body.knownRounds.find((r: any) => r.id === 'r7').status).toBe('upcoming');
  });
});
