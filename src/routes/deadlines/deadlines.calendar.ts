/**
 * Deadlines → iCalendar events: UID, SEQUENCE, DTSTAMP and the ja/en texts. The writer itself is
 * src/lib/ics.ts.
 *
 * - UID `<round>-<type>-<次>@it-hojo-api` (`-final` for a final 締切 without a number, else the
 *   date): the same 締切 keeps its UID across deploys and corrections of its date.
 * - SEQUENCE = 1000 × changelog lines of the round + (FNV hash of the event's content mod 1000).
 *   Deterministic; a moved date changes it; and since every reviewed correction adds a changelog
 *   line (rules/README.md), a corrected file always raises it, as RFC 5545 §3.8.7.4 asks.
 * - DTSTAMP = the round's lastReviewed at 00:00 JST, so the text depends only on rules + query.
 */
import type { DeadlineView } from '../../engine/deadlines.ts';
import { JST, writeCalendar, type IcsEvent } from '../../lib/ics.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { PublicSource } from '../../rules/schema.ts';
import { contentHash, sourceLabel, type Registry, type Round } from '../../rules/registry.ts';

export const UID_DOMAIN = 'it-hojo-api';

export const eventUid = (d: DeadlineView): string =>
  `${d.round}-${d.type}-${d.phase !== null ? d.phase : d.final ? 'final' : d.closesAt.slice(0, 10).replaceAll('-', '')}@${UID_DOMAIN}`;

export const eventSequence = (round: Round, d: DeadlineView): number => {
  const content = [d.closesAt, d.opensAt, d.decisionOn, d.phase, d.final, d.planned, d.confidence, sourceLabel(d.source)].join('|');
  return round.rules.changelog.length * 1000 + (parseInt(contentHash(content).slice(-8), 16) % 1000);
};

/** A source for a calendar text: 「title」 locator (publisher, date) URL. */
const sourceText = (s: PublicSource): string => `${sourceLabel(s)}（${[s.publisher, s.date].filter(Boolean).join(', ')}）${s.url ? ` ${s.url}` : ''}`;

const jstClock = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;

const summary = (round: Round, d: DeadlineView, lang: Lang): string => {
  const type = round.rules.types.find((t) => t.id === d.type)!;
  if (lang === 'en') {
    const phase = d.phase !== null ? `phase ${d.phase}` : 'deadline';
    const flags = [d.final ? 'final' : '', d.planned ? 'planned' : '', d.confidence === 'unconfirmed' ? 'unconfirmed' : ''].filter(Boolean);
    return `Deadline: ${round.rules.name.en}, ${type.name.en}, ${phase}${flags.length ? ` (${flags.join(', ')})` : ''}`;
  }
  const phase = d.phase !== null ? `第${d.phase}次締切` : '締切';
  const flags = `${d.final ? '（最終）' : ''}${d.planned ? '（予定）' : ''}${d.confidence === 'unconfirmed' ? '（未確認）' : ''}`;
  return `【締切】${round.rules.name.ja} ${type.name.ja} ${phase}${flags}`;
};

const description = (round: Round, d: DeadlineView, lang: Lang): string => {
  const site = round.rules.officialSite.value;
  const lines =
    lang === 'en'
      ? [
          `Application deadline: ${jstClock(d.closesAt)} (JST)`,
          ...(d.decisionOn ? [`Grant decision (交付決定日): ${d.decisionOn}`] : []),
          `Source: ${sourceText(d.source)}`,
          ...(d.decisionSource && d.decisionSource !== d.source ? [`Decision date source: ${sourceText(d.decisionSource)}`] : []),
          ...(d.planned ? ['The source gives this date as planned (予定).'] : []),
          ...(d.confidence === 'unconfirmed' ? ['Unconfirmed: no good source confirms this date.'] : []),
          ...(d.note ? [`Note: ${d.note.en}`] : []),
          `An estimate, not a decision of the secretariat; check the official site: ${site}`,
        ]
      : [
          `申請締切: ${jstClock(d.closesAt)}（日本時間）`,
          ...(d.decisionOn ? [`交付決定日: ${d.decisionOn}`] : []),
          `出典: ${sourceText(d.source)}`,
          ...(d.decisionSource && d.decisionSource !== d.source ? [`交付決定日の出典: ${sourceText(d.decisionSource)}`] : []),
          ...(d.planned ? ['出典では「予定」とされている日付です。'] : []),
          ...(d.confidence === 'unconfirmed' ? ['未確認: 確かな出典で確認できていない日付です。'] : []),
          ...(d.note ? [`注: ${d.note.ja}`] : []),
          `概算の情報です。事務局の公式サイトで必ず確認してください: ${site}`,
        ];
  return lines.join('\n');
};

/** The .ics text of the deadlines (each belongs to a round of the registry). */
export const deadlinesCalendarText = (registry: Registry, deadlines: readonly DeadlineView[], lang: Lang): string => {
  const events: IcsEvent[] = deadlines.map((d) => {
    const round = registry.byName(d.round)!;
    const title = summary(round, d, lang);
    return {
      uid: eventUid(d),
      sequence: eventSequence(round, d),
      stamp: Date.parse(`${round.rules.lastReviewed}T00:00:00+09:00`),
      start: Date.parse(d.closesAt),
      summary: title,
      description: description(round, d, lang),
      url: d.source.url ?? round.rules.officialSite.value,
      status: d.planned || d.confidence === 'unconfirmed' ? 'TENTATIVE' : 'CONFIRMED',
      categories: [lang === 'en' ? 'IT Introduction Subsidy' : 'IT導入補助金', d.round, d.type],
      alarms: [
        { trigger: '-P14D', description: lang === 'en' ? `14 days left: ${title}` : `締切まであと14日: ${title}` },
        { trigger: '-P3D', description: lang === 'en' ? `3 days left: ${title}` : `締切まであと3日: ${title}` },
      ],
    };
  });
  return writeCalendar({
    prodId: `-//${UID_DOMAIN}//deadlines//${lang === 'en' ? 'EN' : 'JA'}`,
    name: lang === 'en' ? 'IT Introduction Subsidy deadlines' : 'IT導入補助金 締切',
    description:
      lang === 'en'
        ? 'Application deadlines of IT導入補助金 (デジタル化・AI導入補助金), with sources. Estimates, not decisions of the secretariat.'
        : 'IT導入補助金（デジタル化・AI導入補助金）の申請締切（出典付き）。概算の情報であり、事務局の決定ではありません。',
    timezone: JST,
    refresh: 'P1D',
    events,
  });
};
