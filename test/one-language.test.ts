/**
 * One language per message: every `ja` text is Japanese and every `en` text English. Programme terms
 * in Japanese may stand inside English text; an English sentence inside a Japanese text may not.
 */
import { describe, expect, it } from 'vitest';
import { ruleFiles } from '../src/rules/rules.gen.ts';
import { api, json, postJson } from './helpers.ts';

/** A run of three or more ASCII words, or an English status word, inside a Japanese text. */
const ENGLISH_RUN = /[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}|\bUNCONFIRMED\b|\bis (?:not )?\w+ed\b/;
/**
 * A Japanese sentence as an English text: no English sentence in it and more Japanese than English
 * letters outside 「quotes」 (programme terms and quoted 公募要領 text inside English are fine).
 */
const japaneseSentence = (text: string) => {
  const s = text.replace(/「[^」]*」/g, '');
  const japanese = s.match(/[\u3040-\u30ff\u4e00-\u9fff]/g)?.length ?? 0;
  return japanese > (s.match(/[A-Za-z]/g)?.length ?? 0) && !/[A-Za-z]{2,}(?: [A-Za-z]{2,}){2,}/.test(s);
};

/** Keys whose values are identifiers, addresses or document names, not messages. */
const NOT_MESSAGE =
  /^(url|href|code|id|doc|type|types|round|field|pointer|instance|authority|confidence|status|rulesVersion|title|publisher|date|locator|in|kind|unit|lang)$/;

interface Found {
  path: string;
  text: string;
}
/** Strings of a value that break the rule for `lang`; `{ja, en}` pairs are checked per side. */
const wrongLanguage = (value: unknown, lang: 'ja' | 'en' | null, path = ''): Found[] => {
  if (typeof value === 'string') {
    if (!lang) return [];
    const bad = lang === 'ja' ? /[\u3040-\u30ff\u4e00-\u9fff]/.test(value) && ENGLISH_RUN.test(value) : japaneseSentence(value);
    return bad ? [{ path, text: value }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => wrongLanguage(v, lang, `${path}[${i}]`));
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    if (NOT_MESSAGE.test(k)) return [];
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

describe('one language per message', () => {
  it('the detector can fail', () => {
    expect(wrongLanguage({ ja: '8次 交付決定日 is UNCONFIRMED' }, null)).toHaveLength(1);
    expect(wrongLanguage({ ja: '締切は the round window end です' }, null)).toHaveLength(1);
    expect(wrongLanguage({ en: '締切は確認できていません。' }, null)).toHaveLength(1);
    expect(wrongLanguage({ ja: '補助率 1/2、上限 450万円（IT導入補助金2025）', en: 'rate 1/2; 1円未満切り捨て per line' }, null)).toEqual([]);
  });

  it('every {ja, en} text in every rule file', () => {
    for (const [name, file] of Object.entries(ruleFiles)) expect(wrongLanguage(file, null, name)).toEqual([]);
  });

  for (const [label, endpoint, cases] of [
    ['estimate', '/v1/estimate', estimateCases],
    ['eligibility', '/v1/eligibility', eligibilityCases],
  ] as const) {
    it(`every ${label} case answer in ja and en`, async () => {
      const found: Found[] = [];
      for (const [file, list] of Object.entries(cases))
        for (const c of list)
          for (const lang of ['ja', 'en'] as const)
            found.push(...wrongLanguage(await json(await postJson(`${endpoint}?lang=${lang}`, c.input)), lang, `${file} ${c.name} (${lang})`));
      expect(found).toEqual([]);
    });
  }

  it('/v1/rounds and /v1/deadlines in ja and en', async () => {
    const found: Found[] = [];
    for (const lang of ['ja', 'en'] as const) {
      for (const asOf of ['2022-01-01', '2025-12-01', '2026-12-01']) {
        // These answers are not per language: their {ja, en} texts are checked side by side.
        found.push(...wrongLanguage(await json(await api(`/v1/rounds?asOf=${asOf}&lang=${lang}`)), null, `rounds ${asOf} ${lang}`));
        found.push(...wrongLanguage(await json(await api(`/v1/deadlines?asOf=${asOf}&lang=${lang}`)), null, `deadlines ${asOf} ${lang}`));
      }
    }
    expect(found).toEqual([]);
  });
});
