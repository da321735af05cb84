/**
 * One language per message: every `ja` text is Japanese and every `en` text English. Programme terms
 * in Japanese may stand inside English text; an English sentence inside a Japanese text may not.
 *
 * The walk visits EVERY string of an answer, not only `{ja, en}` pairs: a string under a `ja` or
 * `en` key is checked in that language; any other string is checked in the language the request
 * asked for (`lang=ja` / `lang=en`), unless its field holds an identifier, a code, an address, a
 * date or the name of a document (EXEMPT below, each with its reason).
 */
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../src/rules/rules.gen.ts';
import { api, json, postJson } from './helpers.ts';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** A run of three or more ASCII words, or an English status word, inside a Japanese text. */
const ENGLISH_RUN = /[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}|\bUNCONFIRMED\b|\bis (?:not )?\w+ed\b/;
/** An English function word joining Japanese terms (「交付決定日 of 通常枠」): English grammar inside a Japanese text. */
const ENGLISH_GLUE = /(?<![\w./-])(?:of|the|and|or|is|are|was|were|for|with|from|after|before|only|not|per|by|to|at|on|in)(?![\w./-])/;
/** A Japanese text: no English sentence or English grammar in it, and not English alone (an ASCII word with no Japanese at all). */
const japaneseText = (text: string) =>
  !ENGLISH_RUN.test(text) && !(JAPANESE.test(text) && ENGLISH_GLUE.test(text)) && (JAPANESE.test(text) || !/[A-Za-z]{2,}/.test(text));
/**
 * An English text: not a Japanese sentence, i.e. not more Japanese than English letters outside
 * 「quotes」 without an English sentence in it (programme terms and quoted 公募要領 text inside
 * English are fine).
 */
const englishText = (text: string) => {
  const s = text.replace(/「[^」]*」/g, '');
  const japanese = s.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  return !(japanese > (s.match(/[A-Za-z]/g)?.length ?? 0) && !/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/.test(s));
};

/**
 * Fields whose strings are not messages, so they keep whatever language they have. Each is listed
 * with the reason; a field not listed here is a message and is checked.
 */
const EXEMPT: Record<string, string> = {
  // identifiers and codes (machine-readable, the same in every language)
  id: 'identifier',
  doc: 'document id',
  code: 'stable error / warning / requirement code',
  codes: 'requirement codes',
  type: 'type id (or MCP content type)',
  types: 'type ids',
  ruledOut: 'type ids',
  round: 'round id',
  current: 'round id',
  aliases: 'round aliases (years)',
  rulesVersion: 'version id',
  status: 'status enum',
  authority: 'authority enum',
  confidence: 'confidence enum',
  kind: 'requirement kind enum',
  result: 'criterion result enum',
  eligible: 'yes / no / unknown enum',
  category: 'line category id',
  subtype: 'A / B',
  band: 'band id',
  size: 'applicant size id',
  sizes: 'applicant size ids',
  measure: 'productivity-target measure enum',
  appliesTo: 'productivity-target scope enum',
  unit: 'unit enum',
  lang: 'language tag',
  method: 'HTTP method',
  field: 'request field path',
  path: 'request field path',
  paths: 'request field paths',
  ask: 'request field paths to ask',
  reads: 'request field paths',
  pointer: 'JSON pointer',
  in: 'parameter location',
  rates: 'fractions such as "3/4"',
  rate: 'fraction',
  rateText: 'fractions and an arrow ("3/4 → 2/3")',
  // addresses
  url: 'address',
  href: 'address',
  instance: 'address',
  officialSite: 'address',
  uri: 'address',
  mimeType: 'media type',
  // dates and times
  asOf: 'date',
  date: 'date, or the version a document gives itself (its own language)',
  closesAt: 'time',
  opensAt: 'time',
  opensOn: 'date',
  closesOn: 'date',
  decisionOn: 'date',
  reportBy: 'time',
  lastReviewed: 'date',
  // names of documents: a title keeps its original language (a Japanese title is a proper name)
  title: 'document title (proper name, original language)',
  publisher: 'publisher name (proper name)',
  source: 'a document: its public source object, or its title and locator as one label (proper names)',
  alsoIn: 'further source objects',
  locator: 'place inside a document: its own heading, table row or quoted words',
  $schema: 'address of the JSON Schema',
};

/**
 * A single token in code style is an identifier wherever it stands (an enum value in a list such as
 * `industries`, `forms`, `values`, `warnings`, or a request path such as
 * `business.deemedLargeFacts.largeOwnersShare`): no message is one ASCII token without a space.
 */
const IDENTIFIER = /^[a-z][a-zA-Z0-9]*(?:[-_.][a-zA-Z0-9]+)*$/;

interface Found {
  path: string;
  text: string;
}
/** Strings of a value that break the rule for `lang`; `{ja, en}` pairs are checked per side. */
const wrongLanguage = (value: unknown, lang: 'ja' | 'en' | null, path = ''): Found[] => {
  if (typeof value === 'string') {
    if (!lang || IDENTIFIER.test(value)) return [];
    // A multi-line text (an MCP summary) is checked line by line: each line is one message.
    if (value.includes('\n')) return value.split('\n').flatMap((line, i) => wrongLanguage(line, lang, `${path} line ${i + 1}`));
    // The sources line of a summary lists documents by title and locator (proper names, like `source`).
    if (/^(?:Sources|出典): /.test(value)) return [];
    return (lang === 'ja' ? japaneseText(value) : englishText(value)) ? [] : [{ path, text: value }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => wrongLanguage(v, lang, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if (k in EXEMPT) return [];
    const side = k === 'ja' || k === 'en' ? k : lang;
    return wrongLanguage(v, side, `${path}.${k}`);
  });
};

interface Case {
  name: string;
  input: Record<string, unknown>;
}
const estimateCases = import.meta.glob<Case[]>('./cases/estimate/*.json', { eager: true, import: 'default' });
const eligibilityCases = import.meta.glob<Case[]>('./cases/eligibility/*.json', { eager: true, import: 'default' });
const LANGS = ['ja', 'en'] as const;
const ROUNDS = Object.keys(ruleFiles).map((f) => f.replace(/\.json$/, ''));
const ASOFS = ['2022-01-01', '2024-10-01', '2025-12-01', '2026-12-01'];

/** A tools/call of the MCP endpoint; the result (content + structuredContent). */
const callTool = async (name: string, args: Record<string, unknown>) => {
  const res = await api('/mcp', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
    body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name, arguments: args } }),
  });
  const body = await json(res);
  if (!body.result) throw new Error(`${name} ${JSON.stringify(args)}: ${JSON.stringify(body).slice(0, 400)}`);
  // A refused call (isError: true) is checked too: its messages are in `lang` like any answer.
  return body.result as { content: { type: string; text: string }[]; structuredContent?: unknown };
};

const compareInput = (round: string) => ({
  round,
  applicant: { size: 'sme' },
  processes: 4,
  functions: ['accounting', 'ordering'],
  costs: { software: 2_000_000, pc: 100_000 },
});

describe('one language per message', () => {
  it('the checks can fail: known-bad strings are rejected, neutral and mixed-but-fine ones pass', () => {
    // Inside pairs.
    expect(wrongLanguage({ ja: '8次 交付決定日 is UNCONFIRMED' }, null)).toHaveLength(1);
    expect(wrongLanguage({ ja: '締切は the round window end です' }, null)).toHaveLength(1);
    expect(wrongLanguage({ en: '締切は確認できていません。' }, null)).toHaveLength(1);
    expect(wrongLanguage({ ja: 'carried from r6; the 2026 公募要領 was not available' }, null)).toHaveLength(1);
    expect(wrongLanguage({ ja: '補助率 1/2、上限 450万円（IT導入補助金2025）', en: 'rate 1/2; 1円未満切り捨て per line' }, null)).toEqual([]);
    // Outside pairs: a plain string takes the request's language.
    const note = { window: { closesOnSource: { note: 'carried from r6; the 2026 公募要領 was not available' } } };
    expect(wrongLanguage(note, 'ja')).toEqual([{ path: '.window.closesOnSource.note', text: note.window.closesOnSource.note }]);
    expect(wrongLanguage({ gaps: ['交付決定日 of 通常枠'] }, 'ja')).toHaveLength(1);
    expect(wrongLanguage({ text: 'Next deadline' }, 'ja')).toHaveLength(1);
    expect(wrongLanguage({ text: '次の締切は 2026-05-12 17:00 です。' }, 'en')).toHaveLength(1);
    expect(wrongLanguage({ text: '次の締切: 2026-05-12 17:00' }, 'ja')).toEqual([]);
    expect(wrongLanguage({ text: 'Next deadline: 2026-05-12 17:00 (通常枠)' }, 'en')).toEqual([]);
    // Numbers, fractions and exempt fields pass in either language.
    expect(
      wrongLanguage({ total: '1,000,000', code: 'unconfirmed_rule', title: 'IT導入補助金2025 公募要領', url: 'https://it-shien.smrj.go.jp/' }, 'en'),
    ).toEqual([]);
    expect(wrongLanguage({ rateText: '3/4 → 2/3', code: 'unconfirmed_rule' }, 'ja')).toEqual([]);
  });

  it('every string of every rule file: {ja, en} pairs per side, nothing English-only or Japanese-only outside them', () => {
    // The rule file is not per language: a string outside a pair must be neutral in both.
    for (const [name, file] of Object.entries(ruleFiles)) for (const lang of LANGS) expect(wrongLanguage(file, lang, `${name} (as ${lang})`)).toEqual([]);
  });

  for (const [label, endpoint, cases] of [
    ['estimate', '/v1/estimate', estimateCases],
    ['eligibility', '/v1/eligibility', eligibilityCases],
  ] as const) {
    it(`every string of every ${label} case answer in ja and en`, async () => {
      const found: Found[] = [];
      for (const [file, list] of Object.entries(cases))
        for (const c of list)
          for (const lang of LANGS)
            found.push(...wrongLanguage(await json(await postJson(`${endpoint}?lang=${lang}`, c.input)), lang, `${file} ${c.name} (${lang})`));
      expect(found).toEqual([]);
    });
  }

  it('every string of /v1/rounds, /v1/rounds/{id}, /v1/rounds/{id}/examples, /v1/deadlines and compare in ja and en', async () => {
    const found: Found[] = [];
    for (const lang of LANGS) {
      for (const asOf of ASOFS) {
        found.push(...wrongLanguage(await json(await api(`/v1/rounds?asOf=${asOf}&lang=${lang}`)), lang, `rounds ${asOf} ${lang}`));
        found.push(...wrongLanguage(await json(await api(`/v1/deadlines?asOf=${asOf}&lang=${lang}`)), lang, `deadlines ${asOf} ${lang}`));
      }
      for (const id of ROUNDS) {
        found.push(...wrongLanguage(await json(await api(`/v1/rounds/${id}?lang=${lang}`)), lang, `rounds/${id} ${lang}`));
        found.push(...wrongLanguage(await json(await api(`/v1/rounds/${id}/examples?lang=${lang}`)), lang, `rounds/${id}/examples ${lang}`));
        found.push(...wrongLanguage(await json(await postJson(`/v1/estimate/compare?lang=${lang}`, compareInput(id))), lang, `compare ${id} ${lang}`));
      }
    }
    expect(found).toEqual([]);
  });

  it('every string of the MCP tool results (content[].text and structuredContent), summary and full, in ja and en', async () => {
    const found: Found[] = [];
    const pick = <T>(list: T[]) => list.filter((_, i) => i % 6 === 0);
    const calls: [string, Record<string, unknown>][] = [
      ...ASOFS.flatMap((asOf) => [
        ['list_rounds', { asOf }] as [string, Record<string, unknown>],
        ['list_deadlines', { asOf }] as [string, Record<string, unknown>],
      ]),
      ...ROUNDS.map((round) => ['compare_types', compareInput(round)] as [string, Record<string, unknown>]),
      ...Object.values(estimateCases).flatMap((list) => pick(list).map((c) => ['estimate_subsidy', c.input] as [string, Record<string, unknown>])),
      ...Object.values(eligibilityCases).flatMap((list) => pick(list).map((c) => ['check_eligibility', c.input] as [string, Record<string, unknown>])),
    ];
    let n = 0;
    for (const [name, args] of calls)
      for (const lang of LANGS)
        for (const detail of ['summary', 'full']) {
          const result = await callTool(name, { ...args, lang, detail });
          const at = `${name} ${JSON.stringify(args).slice(0, 80)} (${lang}, ${detail})`;
          // content[0] is the summary text in `lang`; with detail "full", content[1] is the REST answer as JSON.
          found.push(...wrongLanguage(result.content[0]!.text, lang, `${at} content[0].text`));
          if (result.content[1]) found.push(...wrongLanguage(JSON.parse(result.content[1].text), lang, `${at} content[1]`));
          if (result.content[2]) throw new Error(`${at}: more content than the summary and the answer`);
          found.push(...wrongLanguage(result.structuredContent, lang, `${at} structuredContent`));
          n++;
        }
    expect(n).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });
});
