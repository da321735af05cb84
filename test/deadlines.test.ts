/**
 * GET /v1/deadlines: the 締切 of every round from rules/ against hand-written expectations from the
 * fact sheet (../shared/reference/it-hojo-rules-facts.md §2.6, §3.7, §4.7, §5.6, §6) and the seeds,
 * statuses around 17:00 JST, `next` across a year boundary, ordering, errors and caching.
 */
import { describe, expect, it } from 'vitest';
import { api, expectProblem, json, postJson } from './helpers.ts';
import { registry } from '../src/rules/index.ts';
import { listDeadlines, roundDeadlines } from '../src/engine/deadlines.ts';
import { parseAsOf } from '../src/engine/time.ts';

const q = (params: Record<string, string>) => `/v1/deadlines?${new URLSearchParams(params)}`;
const get = async (params: Record<string, string>) => {
  const res = await api(q(params));
  expect(res.status).toBe(200);
  return json(res);
};

interface Expected {
  phase: number | null;
  closesAt: string;
  decisionOn?: string;
  final?: boolean;
  planned?: boolean;
  unconfirmed?: boolean;
}
interface Case {
  name: string;
  round: string;
  type: string;
  /** null: no deadline is known (a gap), so the list is empty. */
  first: Expected | null;
  last?: Expected;
}

// Hand-written from the fact sheet and seeds, never from the rule files.
const CASES: Case[] = [
  {
    name: 'R3 通常枠: 1次 2022-05-16, 9次 (最終) 2022-12-22 (fact sheet §2.6, teshirogi-office)',
    round: 'r3',
    type: 'regular',
    first: { phase: 1, closesAt: '2022-05-16T17:00:00+09:00', unconfirmed: true },
    last: { phase: 9, closesAt: '2022-12-22T17:00:00+09:00', final: true, unconfirmed: true },
  },
  {
    name: 'R3 デジタル化基盤導入類型: 1次 2022-04-20; final 2023-02-16 17:00 予定, 次 not stated (seed 000 最終締切日)',
    round: 'r3',
    type: 'digital-base',
    first: { phase: 1, closesAt: '2022-04-20T17:00:00+09:00', unconfirmed: true },
    last: { phase: null, closesAt: '2023-02-16T17:00:00+09:00', final: true, planned: true },
  },
  {
    name: 'R3 複数社連携IT導入類型: 1次 2022-06-10, 3次 2022-10-31 (fact sheet §2.6, it-hojo.jp multiple-type / f-com)',
    round: 'r3',
    type: 'multi-company',
    first: { phase: 1, closesAt: '2022-06-10T17:00:00+09:00', unconfirmed: true },
    last: { phase: 3, closesAt: '2022-10-31T17:00:00+09:00', final: true, unconfirmed: true },
  },
  { name: 'R3 セキュリティ対策推進枠: no deadline is known (fact sheet §2.4 UNCONFIRMED) → a gap', round: 'r3', type: 'security', first: null },
  {
    name: 'R4 通常枠: 1次 2023-04-25 (交付決定 05-31), last known 7次 2023-10-30 (交付決定 12-04) (fact sheet §3.7, dreamgate / mag.eichiii)',
    round: 'r4',
    type: 'regular',
    first: { phase: 1, closesAt: '2023-04-25T17:00:00+09:00', decisionOn: '2023-05-31', unconfirmed: true },
    last: { phase: 7, closesAt: '2023-10-30T17:00:00+09:00', decisionOn: '2023-12-04', unconfirmed: true },
  },
  {
    name: 'R4 セキュリティ対策推進枠 shares 通常枠 dates: 1次 2023-04-25, 7次 2023-10-30 (fact sheet §3.7)',
    round: 'r4',
    type: 'security',
    first: { phase: 1, closesAt: '2023-04-25T17:00:00+09:00', decisionOn: '2023-05-31', unconfirmed: true },
    last: { phase: 7, closesAt: '2023-10-30T17:00:00+09:00', decisionOn: '2023-12-04', unconfirmed: true },
  },
  {
    name: 'R4 デジタル化基盤導入類型: 1次 2023-04-25, final 17次 2024-01-29 (fact sheet §3.7, hanbaisupport)',
    round: 'r4',
    type: 'digital-base',
    first: { phase: 1, closesAt: '2023-04-25T17:00:00+09:00', decisionOn: '2023-05-31', unconfirmed: true },
    last: { phase: 17, closesAt: '2024-01-29T17:00:00+09:00', final: true, unconfirmed: true },
  },
  { name: 'R4 商流一括インボイス対応類型: deadlines UNCONFIRMED (fact sheet §7 item 5) → a gap', round: 'r4', type: 'commercial-invoice', first: null },
  { name: 'R4 複数社連携IT導入類型: deadlines UNCONFIRMED (fact sheet §3.7) → a gap', round: 'r4', type: 'multi-company', first: null },
  {
    name:
      'R5 通常枠: 1次 2024-03-15 (交付決定 04-24), then the 追加公募 2024-10-15 17:00 予定, final, 交付決定 ' +
      '2024-11-22 予定 unconfirmed (expact.jp: 「受付期間:2024年9月20日(金)9:30~2024年10月15日(火)17:00(予定)」「交' +
      '付決定日:2024年11月22日(金)(予定)」)',
    round: 'r5',
    type: 'regular',
    first: { phase: 1, closesAt: '2024-03-15T17:00:00+09:00', decisionOn: '2024-04-24', unconfirmed: true },
    last: { phase: null, closesAt: '2024-10-15T17:00:00+09:00', decisionOn: '2024-11-22', final: true, planned: true, unconfirmed: true },
  },
  {
    name: 'R5 インボイス対応類型: 1次 2024-03-15, then the 追加公募 2024-10-15 17:00 (final, 予定)',
    round: 'r5',
    type: 'invoice',
    first: { phase: 1, closesAt: '2024-03-15T17:00:00+09:00', decisionOn: '2024-04-24', unconfirmed: true },
    last: { phase: null, closesAt: '2024-10-15T17:00:00+09:00', final: true, planned: true, unconfirmed: true },
  },
  {
    name: 'R5 電子取引類型: only the 追加公募 2024-10-15 17:00 is known (「対象枠:…インボイス枠(電子取引類型)…」)',
    round: 'r5',
    type: 'e-transaction',
    first: { phase: null, closesAt: '2024-10-15T17:00:00+09:00', final: true, planned: true, unconfirmed: true },
  },
  {
    name: 'R5 セキュリティ対策推進枠: only the 追加公募 2024-10-15 17:00 is known',
    round: 'r5',
    type: 'security',
    first: { phase: null, closesAt: '2024-10-15T17:00:00+09:00', final: true, planned: true, unconfirmed: true },
  },
  {
    name:
      'R5 複数社連携IT導入枠: 1次 2024-04-15 (portal only: unconfirmed) … 4次 2024-10-15 final ' +
      '(samurai-match 69239: 「1次締切 2024年4月15日 (月) 17:00 … 4次締切 2024年10月15日(火)17:00」)',
    round: 'r5',
    type: 'multi-company',
    first: { phase: 1, closesAt: '2024-04-15T17:00:00+09:00', unconfirmed: true },
    last: { phase: 4, closesAt: '2024-10-15T17:00:00+09:00', final: true, unconfirmed: true },
  },
  {
    name: 'R6 通常枠: 1次 2025-05-12 (交付決定 06-18 予定), final 8次 2026-01-07 (fact sheet §5.6; seed 002 第8次申請締切日 1月7日)',
    round: 'r6',
    type: 'regular',
    first: { phase: 1, closesAt: '2025-05-12T17:00:00+09:00', decisionOn: '2025-06-18', unconfirmed: true },
    last: { phase: 8, closesAt: '2026-01-07T17:00:00+09:00', final: true },
  },
  {
    name: 'R6 インボイス対応類型: 1次 2025-05-12, final 8次 2026-01-07 (fact sheet §5.6; seed 002)',
    round: 'r6',
    type: 'invoice',
    first: { phase: 1, closesAt: '2025-05-12T17:00:00+09:00', decisionOn: '2025-06-18', unconfirmed: true },
    last: { phase: 8, closesAt: '2026-01-07T17:00:00+09:00', final: true },
  },
  {
    name: 'R6 電子取引類型: 1次 2025-05-12 presumed (UNCONFIRMED), final 8次 2026-01-07 (seed 002)',
    round: 'r6',
    type: 'e-transaction',
    first: { phase: 1, closesAt: '2025-05-12T17:00:00+09:00', unconfirmed: true },
    last: { phase: 8, closesAt: '2026-01-07T17:00:00+09:00', final: true },
  },
  {
    name: 'R6 セキュリティ対策推進枠: 1次 2025-05-12 presumed (UNCONFIRMED), final 8次 2026-01-07 (seed 002)',
    round: 'r6',
    type: 'security',
    first: { phase: 1, closesAt: '2025-05-12T17:00:00+09:00', unconfirmed: true },
    last: { phase: 8, closesAt: '2026-01-07T17:00:00+09:00', final: true },
  },
  {
    name: 'R6 複数社連携IT導入枠: only 第4次 2026-01-07 is known (seed 002 複数社連携IT導入枠 第4次申請締切日 1月7日)',
    round: 'r6',
    type: 'multi-company',
    first: { phase: 4, closesAt: '2026-01-07T17:00:00+09:00', final: true },
    last: { phase: 4, closesAt: '2026-01-07T17:00:00+09:00', final: true },
  },
  {
    name:
      'R7 インボイス対応類型: 1次 2026-05-12 (交付決定 06-18, one blog: unconfirmed date), last known 4次 ' +
      '2026-08-25 (交付決定 10-07) (spreadoffice: 「第1次:2026年5月12日(火)17:00 … ' +
      '第4次:2026年8月25日(火)17:00」; sup.uma-s: 「1次2026年5月12日(火)17:002026年6月18日(木)…」)',
    round: 'r7',
    type: 'invoice',
    first: { phase: 1, closesAt: '2026-05-12T17:00:00+09:00', decisionOn: '2026-06-18', unconfirmed: true },
    last: { phase: 4, closesAt: '2026-08-25T17:00:00+09:00', decisionOn: '2026-10-07', unconfirmed: true },
  },
  {
    name: 'R7 電子取引類型: 1次 2026-05-12 … 4次 2026-08-25 (インボイス枠 shares the common schedule: 「上記3枠は共通のスケジュールです。」)',
    round: 'r7',
    type: 'e-transaction',
    first: { phase: 1, closesAt: '2026-05-12T17:00:00+09:00', decisionOn: '2026-06-18', unconfirmed: true },
    last: { phase: 4, closesAt: '2026-08-25T17:00:00+09:00', decisionOn: '2026-10-07', unconfirmed: true },
  },
  {
    name: 'R7 通常枠: 1次 2026-05-12 … 5次 2026-09-29 (two datasets: unconfirmed; 交付決定 2026-11-09 予定)',
    round: 'r7',
    type: 'regular',
    first: { phase: 1, closesAt: '2026-05-12T17:00:00+09:00', decisionOn: '2026-06-18', unconfirmed: true },
    last: { phase: 5, closesAt: '2026-09-29T17:00:00+09:00', decisionOn: '2026-11-09', unconfirmed: true },
  },
  {
    name:
      'R7 セキュリティ対策推進枠: 1次 2026-05-12 (samurai-match 116105 「<1次>2026年5月12日(火)17:00」) … 5次 ' +
      '2026-09-29 (PROGRAMS dataset 「5次締切：2026年9月29日17:00」: unconfirmed)',
    round: 'r7',
    type: 'security',
    first: { phase: 1, closesAt: '2026-05-12T17:00:00+09:00', decisionOn: '2026-06-18', unconfirmed: true },
    last: { phase: 5, closesAt: '2026-09-29T17:00:00+09:00', decisionOn: '2026-11-09', unconfirmed: true },
  },
  {
    name: 'R7 複数者連携デジタル化・ＡＩ導入枠: 1次 2026-06-15, 2次 2026-08-25, one blog: unconfirmed (sup.uma-s: 「1次2026年6月15日(月)17:00…」「2次2026年8月25日(火)17:00…」)',
    round: 'r7',
    type: 'multi-company',
    first: { phase: 1, closesAt: '2026-06-15T17:00:00+09:00', decisionOn: '2026-07-23', unconfirmed: true },
    last: { phase: 2, closesAt: '2026-08-25T17:00:00+09:00', decisionOn: '2026-10-07', unconfirmed: true },
  },
];

const expectDeadline = (actual: any, e: Expected) => {
  expect(actual).toMatchObject({
    phase: e.phase,
    closesAt: e.closesAt,
    final: e.final === true,
    planned: e.planned === true,
    confidence: e.unconfirmed ? 'unconfirmed' : 'confirmed',
  });
  if (e.decisionOn) expect(actual.decisionOn).toBe(e.decisionOn);
  expect(actual.source.title.length).toBeGreaterThan(3);
  expect(['official', 'official-quoted', 'portal', 'blog', 'dataset']).toContain(actual.source.authority);
};

describe('GET /v1/deadlines — first and final deadline per round and type, from the rule files', () => {
  it('the cases cover every type of every round', () => {
    const covered = new Set(CASES.map((c) => `${c.round}/${c.type}`));
    for (const round of registry.rounds) for (const t of round.rules.types) expect(covered, `${round.id}/${t.id}`).toContain(`${round.id}/${t.id}`);
  });

  for (const c of CASES) {
    it(c.name, async () => {
      const body = await get({ round: c.round, type: c.type, asOf: '2022-01-01' });
      expect(body.deadlines.every((d: any) => d.round === c.round && d.type === c.type)).toBe(true);
      if (c.first === null) {
        expect(body.deadlines).toEqual([]);
        expect(body.next[c.type]).toBeNull();
        expect(body.gaps.some((g: any) => g.types.includes(c.type))).toBe(true);
        return;
      }
      expectDeadline(body.deadlines[0], c.first);
      expectDeadline(body.deadlines.at(-1), c.last ?? c.first);
      // Before the round every deadline is open, so `next` is the first one.
      expect(body.next[c.type].closesAt).toBe(c.first.closesAt);
    });
  }

  it('R6 has every 次 1–8 for 通常枠 and インボイス対応類型 on the dates of fact sheet §5.6', async () => {
    const dates = ['2025-05-12', '2025-06-16', '2025-07-18', '2025-08-20', '2025-09-22', '2025-10-31', '2025-12-02', '2026-01-07'];
    for (const type of ['regular', 'invoice']) {
      const body = await get({ round: 'r6', type, asOf: '2025-01-01' });
      expect(body.deadlines.map((d: any) => [d.phase, d.closesAt])).toEqual(dates.map((d, i) => [i + 1, `${d}T17:00:00+09:00`]));
    }
  });

  it('R6 第7次 2025-12-02 for 通常枠/インボイス/電子取引/セキュリティ is sourced from the IT導入補助金2025 leaflet (official)', async () => {
    const body = await get({ round: 'r6', asOf: '2025-01-01' });
    const seventh = body.deadlines.filter((d: any) => d.phase === 7);
    expect(seventh.map((d: any) => d.type).sort()).toEqual(['e-transaction', 'invoice', 'regular', 'security']);
    for (const d of seventh) {
      expect(d.closesAt).toBe('2025-12-02T17:00:00+09:00');
      expect(d.source).toMatchObject({ doc: 'it2025-leaflet', authority: 'official' });
    }
  });

  it('R6 every type opens 2025-03-31 (公募要領 3-2 (3) / 複数社連携 2-5 (1) 交付申請期間); インボイス 7次 交付決定 2026-01-20 予定, 8次 none (fact sheet §5.6)', async () => {
    const body = await get({ round: 'r6', asOf: '2025-01-01' });
    for (const d of body.deadlines) expect(d.opensAt).toBe('2025-03-31T00:00:00+09:00');
    const inv = body.deadlines.filter((d: any) => d.type === 'invoice');
    expect(inv.find((d: any) => d.phase === 7).decisionOn).toBe('2026-01-20');
    expect(inv.find((d: any) => d.phase === 8).decisionOn).toBeNull();
  });

  it(
    'R7 通常枠 1次–4次 carry 交付決定日 and 事業実績報告期限 (sup.uma-s: 06-18/2026-12-25, 07-23/2027-01-29, ' +
      '09-02/2027-02-26, 10-07/2027-03-31); the 締切 rest on a blog citing the official schedule page and portals (unconfirmed)',
    async () => {
      const body = await get({ round: 'r7', type: 'regular', asOf: '2026-01-01' });
      const rows = body.deadlines.filter((d: any) => d.phase <= 4).map((d: any) => [d.phase, d.closesAt.slice(0, 10), d.decisionOn, d.reportBy]);
      expect(rows).toEqual([
        [1, '2026-05-12', '2026-06-18', '2026-12-25T17:00:00+09:00'],
        [2, '2026-06-15', '2026-07-23', '2027-01-29T17:00:00+09:00'],
        [3, '2026-07-21', '2026-09-02', '2027-02-26T17:00:00+09:00'],
        [4, '2026-08-25', '2026-10-07', '2027-03-31T17:00:00+09:00'],
      ]);
      const first = body.deadlines[0];
      expect(first.source).toMatchObject({ doc: 'spreadoffice-2026', authority: 'blog' });
      expect(first.reportSource).toMatchObject({ doc: 'uma-s-schedule', authority: 'blog' });
      // A blog citing the official page, two portals and a blog agree, but none is official: unconfirmed.
      expect(first.confidence).toBe('unconfirmed');
    },
  );

  it('R7: no 6次 is encoded (the "10-30" date is hearsay) and the gap says so; r7 multi-company is 複数者連携デジタル化・ＡＩ導入枠', async () => {
    const body = await get({ round: 'r7', asOf: '2026-01-01' });
    expect(body.deadlines.some((d: any) => d.phase === 6 || d.closesAt.startsWith('2026-10-30'))).toBe(false);
    expect(body.gaps.some((g: any) => /6次/.test(JSON.stringify(g)))).toBe(true);
    const rounds = await json(await api('/v1/rounds?asOf=2026-12-01'));
    const mc = rounds.rounds.find((r: any) => r.id === 'r7').types.find((t: any) => t.id === 'multi-company');
    expect(mc.name.ja).toBe('複数者連携デジタル化・ＡＩ導入枠');
  });

  it('a year alias names the round: round=2025 answers as round=r6', async () => {
    const [a, b] = await Promise.all([get({ round: '2025', asOf: '2025-06-01' }), get({ round: 'r6', asOf: '2025-06-01' })]);
    expect(a).toEqual(b);
    expect(a.round).toBe('r6');
  });
});

describe('GET /v1/deadlines — status around a 締切 (closed iff closesAt ≤ asOf, JST)', () => {
  // One deadline per round: the day before, 16:59:59 and 17:00:00 JST of the day.
  const AROUND = [
    { round: 'r3', type: 'regular', phase: 9, day: '2022-12-22', why: 'R3 通常枠 9次 (最終)' },
    { round: 'r3', type: 'digital-base', phase: null, day: '2023-02-16', why: 'R3 デジタル化基盤 final (seed 000)' },
    { round: 'r4', type: 'digital-base', phase: 17, day: '2024-01-29', why: 'R4 デジタル化基盤 17次' },
    { round: 'r5', type: 'regular', phase: 1, day: '2024-03-15', why: 'R5 通常枠 1次' },
    { round: 'r6', type: 'regular', phase: 7, day: '2025-12-02', why: 'R6 通常枠 7次 (seed 002)' },
    { round: 'r7', type: 'invoice', phase: 1, day: '2026-05-12', why: 'R7 インボイス 1次' },
  ];
  const find = (body: any, phase: number | null, day: string) => body.deadlines.find((d: any) => d.phase === phase && d.closesAt.startsWith(day));

  for (const a of AROUND) {
    it(`${a.why} ${a.day}: open the day before (daysLeft 1), open at 16:59:59 (daysLeft 0), closed at 17:00:00`, async () => {
      const before = new Date(Date.parse(`${a.day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const dayBefore = find(await get({ round: a.round, type: a.type, asOf: before }), a.phase, a.day);
      expect(dayBefore).toMatchObject({ status: 'open', daysLeft: 1 });
      const justBefore = find(await get({ round: a.round, type: a.type, asOf: `${a.day}T16:59:59+09:00` }), a.phase, a.day);
      expect(justBefore).toMatchObject({ status: 'open', daysLeft: 0 });
      const atDeadline = find(await get({ round: a.round, type: a.type, asOf: `${a.day}T17:00:00+09:00` }), a.phase, a.day);
      expect(atDeadline).toMatchObject({ status: 'closed', daysLeft: 0 });
    });
  }

  it('a UTC timestamp is the same instant: 2025-12-02T08:00:00Z is 17:00 JST, so R6 7次 is closed; 07:59:59Z is open', async () => {
    const closed = await get({ round: 'r6', type: 'regular', asOf: '2025-12-02T08:00:00Z' });
    expect(closed.asOf).toBe('2025-12-02T17:00:00+09:00');
    expect(closed.deadlines.find((d: any) => d.phase === 7).status).toBe('closed');
    const open = await get({ round: 'r6', type: 'regular', asOf: '2025-12-02T07:59:59Z' });
    expect(open.deadlines.find((d: any) => d.phase === 7).status).toBe('open');
  });

  it('a date is read as 00:00 JST: asOf=2025-12-02 echoes 2025-12-02T00:00:00+09:00', async () => {
    expect((await get({ round: 'r6', asOf: '2025-12-02' })).asOf).toBe('2025-12-02T00:00:00+09:00');
  });
});

describe('GET /v1/deadlines — next', () => {
  it('across a year boundary: asOf 2025-12-03 → R6 通常枠 next = 8次 2026-01-07T17:00:00+09:00 (seed 002)', async () => {
    const body = await get({ round: 'r6', asOf: '2025-12-03' });
    expect(body.next.regular).toMatchObject({ round: 'r6', phase: 8, closesAt: '2026-01-07T17:00:00+09:00', status: 'open', daysLeft: 35 });
    for (const type of ['invoice', 'e-transaction', 'security']) expect(body.next[type]).toMatchObject({ phase: 8, closesAt: '2026-01-07T17:00:00+09:00' });
    expect(body.next['multi-company']).toMatchObject({ phase: 4, closesAt: '2026-01-07T17:00:00+09:00' });
  });

  it(
    'without round, next looks across rounds: asOf 2025-12-03 → 通常枠 R6 8次; after 2026-01-07 ' +
      '17:00 → R7 1次 2026-05-12 (upcoming) for 通常枠 and インボイス; 複数者連携 R7 1次 2026-06-15',
    async () => {
      const dec = await get({ asOf: '2025-12-03' });
      expect(dec.round).toBeNull();
      expect(dec.next.regular).toMatchObject({ round: 'r6', phase: 8 });
      const jan = await get({ asOf: '2026-01-07T17:00:00+09:00' });
      expect(jan.next.regular).toMatchObject({ round: 'r7', phase: 1, closesAt: '2026-05-12T17:00:00+09:00', status: 'upcoming' });
      expect(jan.next.invoice).toMatchObject({ round: 'r7', phase: 1, closesAt: '2026-05-12T17:00:00+09:00', status: 'upcoming' });
      expect(jan.next['multi-company']).toMatchObject({ round: 'r7', phase: 1, closesAt: '2026-06-15T17:00:00+09:00' });
      expect(Object.keys(jan.next)).toEqual(
        expect.arrayContaining(['regular', 'digital-base', 'commercial-invoice', 'invoice', 'e-transaction', 'security', 'multi-company']),
      );
    },
  );

  it('next ignores the status filter: status=closed lists only closed deadlines but next still names the open one', async () => {
    const body = await get({ round: 'r6', type: 'regular', asOf: '2025-12-03', status: 'closed' });
    expect(body.deadlines.map((d: any) => d.phase)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(body.next.regular.phase).toBe(8);
    const open = await get({ round: 'r6', type: 'regular', asOf: '2025-12-03', status: 'open' });
    expect(open.deadlines.map((d: any) => d.phase)).toEqual([8]);
  });

  it('/v1/eligibility carries the same next deadline per type (R6 通常枠 on 2025-12-03 → 8次)', async () => {
    const res = await postJson('/v1/eligibility', { round: 'r6', asOf: '2025-12-03', types: ['regular'] });
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.types[0].deadline).toMatchObject({ phase: 8, closesAt: '2026-01-07T17:00:00+09:00', status: 'open' });
  });
});

describe('deadline order in every round', () => {
  const asOf = parseAsOf('2022-01-01')!;
  for (const round of registry.rounds) {
    it(`${round.id}: per type, phases strictly increase with no duplicates and dates strictly increase; types follow the file`, () => {
      const all = roundDeadlines(round, asOf);
      const typeOrder = round.rules.types.map((t) => t.id);
      const seen = [...new Set(all.map((d) => d.type))];
      expect(seen).toEqual(typeOrder.filter((t) => seen.includes(t)));
      for (const type of seen) {
        const list = all.filter((d) => d.type === type);
        const phases = list.map((d) => d.phase).filter((p): p is number => p !== null);
        for (let i = 1; i < phases.length; i++) expect(phases[i]!).toBeGreaterThan(phases[i - 1]!);
        for (let i = 1; i < list.length; i++) expect(list[i]!.closesAt > list[i - 1]!.closesAt).toBe(true);
        // A deadline without a number may only be the final one.
        list.forEach((d, i) => {
          if (d.phase === null) expect(d.final && i === list.length - 1).toBe(true);
        });
        // At most one final, and it is the last.
        expect(list.filter((d) => d.final).length).toBeLessThanOrEqual(1);
        if (list.some((d) => d.final)) expect(list.at(-1)!.final).toBe(true);
      }
    });
  }

  it('listDeadlines keeps round order, then type order; next is the earliest open per type', () => {
    const asOf = parseAsOf('2025-12-03')!;
    const { deadlines, next } = listDeadlines(registry.rounds, asOf);
    const roundIndex = (id: string) => registry.rounds.findIndex((r) => r.id === id);
    for (let i = 1; i < deadlines.length; i++) expect(roundIndex(deadlines[i]!.round)).toBeGreaterThanOrEqual(roundIndex(deadlines[i - 1]!.round));
    for (const [type, d] of Object.entries(next)) {
      const open = deadlines
        .filter((x) => x.type === type && x.status === 'open')
        .map((x) => x.closesAt)
        .sort();
      expect(d?.closesAt ?? null).toBe(open[0] ?? null);
    }
  });
});

describe('GET /v1/deadlines — bad input', () => {
  it('status=foo → 400 naming status and listing open, closed', async () => {
    const body = await expectProblem(await api(q({ status: 'foo' })), 400, 'validation_failed');
    expect(body.errors[0]).toMatchObject({ path: 'status' });
    expect(body.errors[0].message).toMatch(/open.*closed/);
  });

  it('round=r99 → 404 unknown_round listing the known rounds', async () => {
    const body = await expectProblem(await api(q({ round: 'r99' })), 404, 'unknown_round');
    expect(body.knownRounds.map((r: any) => r.id)).toEqual(['r3', 'r4', 'r5', 'r6', 'r7']);
  });

  it('a type the round does not have (r3 invoice) → 422 unknown_type listing the round’s types', async () => {
    const body = await expectProblem(await api(q({ round: 'r3', type: 'invoice' })), 422, 'unknown_type');
    expect(body.types).toEqual(['regular', 'digital-base', 'security', 'multi-company']);
  });

  it('a type no round has (foo) → 400 listing the type ids', async () => {
    const body = await expectProblem(await api(q({ type: 'foo' })), 400, 'validation_failed');
    expect(body.errors[0].path).toBe('type');
    expect(body.errors[0].message).toContain('multi-company');
  });

  for (const bad of ['bad', '2025-02-30', '2025-12-02T17:00:00', '20251202']) {
    it(`asOf=${bad} → 400 invalid_date`, async () => {
      const body = await expectProblem(await api(q({ asOf: bad })), 400, 'validation_failed');
      expect(body.errors[0]).toMatchObject({ path: 'asOf', code: 'invalid_date' });
    });
  }

  it('the same errors on /v1/deadlines.ics', async () => {
    await expectProblem(await api(`/v1/deadlines.ics?status=foo`), 400, 'validation_failed');
    await expectProblem(await api(`/v1/deadlines.ics?round=r99`), 404, 'unknown_round');
    await expectProblem(await api(`/v1/deadlines.ics?round=r3&type=invoice`), 422, 'unknown_type');
    await expectProblem(await api(`/v1/deadlines.ics?asOf=bad`), 400, 'validation_failed');
  });
});

describe('GET /v1/deadlines — caching', () => {
  it('an explicit asOf: public, max-age=300, a strong ETag, and If-None-Match → 304 with the same ETag', async () => {
    const url = q({ round: 'r6', asOf: '2025-12-03' });
    const res = await api(url);
    const tag = res.headers.get('etag')!;
    expect(tag).toMatch(/^"dl-[0-9a-f]{16}"$/);
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const again = await api(url, { headers: { 'If-None-Match': tag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(tag);
    expect(await again.text()).toBe('');
    expect((await api(url, { headers: { 'If-None-Match': `"x", W/${tag}` } })).status).toBe(304);
    expect((await api(url, { headers: { 'If-None-Match': '"other"' } })).status).toBe(200);
  });

  it('the ETag follows the normalised query: alias and id give the same tag; another asOf or status another tag', async () => {
    const tag = async (params: Record<string, string>) => (await api(q(params))).headers.get('etag');
    const base = await tag({ round: 'r6', asOf: '2025-12-03' });
    expect(await tag({ round: '2025', asOf: '2025-12-03' })).toBe(base);
    expect(await tag({ round: 'r6', asOf: '2025-12-03T00:00:00+09:00' })).toBe(base);
    expect(await tag({ round: 'r6', asOf: '2025-12-04' })).not.toBe(base);
    expect(await tag({ round: 'r6', asOf: '2025-12-03', status: 'open' })).not.toBe(base);
    expect(await tag({ asOf: '2025-12-03' })).not.toBe(base);
  });

  it('asOf defaulted to now: the current minute, max-age=60', async () => {
    const res = await api('/v1/deadlines?round=r6');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
    const body = await json(res);
    expect(body.asOf).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+09:00$/);
    expect(Math.abs(Date.parse(body.asOf) - Date.now())).toBeLessThan(120_000);
  });
});

describe('GET /v1/deadlines — answers reused within an isolate', () => {
  it('every hour of two days around R6 通常枠 8次 (2026-01-07 17:00) answers what the engine computes for that instant', async () => {
    for (let h = 0; h < 48; h++) {
      const instant = Date.parse('2026-01-06T00:00:00+09:00') + h * 3_600_000;
      const iso = new Date(instant).toISOString().replace('.000Z', 'Z');
      const asOf = parseAsOf(iso)!;
      for (const params of [{ asOf: iso }, { round: 'r6', asOf: iso, status: 'open' }] as Record<string, string>[]) {
        const body = await get(params);
        const rounds = params.round ? [registry.byName('r6')!] : registry.rounds;
        const want = listDeadlines(rounds, asOf, { status: params.status as 'open' | undefined });
        expect(body.asOf, iso).toBe(asOf.iso);
        expect({ deadlines: body.deadlines, next: body.next, rounds: body.rounds, gaps: body.gaps }, `${iso} ${JSON.stringify(params)}`).toEqual(
          JSON.parse(JSON.stringify(want)),
        );
      }
    }
  });
});
