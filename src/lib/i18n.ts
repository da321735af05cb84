/** Language negotiation: Japanese by default, English with ?lang=en or Accept-Language: en. */
export type Lang = 'ja' | 'en';
export const LANGS = ['ja', 'en'] as const;

export interface Localized {
  ja: string;
  en: string;
}

/** `?lang=` wins; else the first of ja/en in Accept-Language by q-value; else ja. */
export const negotiateLang = (query: string | undefined, acceptLanguage: string | undefined): Lang => {
  if (query === 'en' || query === 'ja') return query;
  if (!acceptLanguage) return 'ja';
  const ranked = acceptLanguage
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const { tag } of ranked) {
    if (tag === 'ja' || tag.startsWith('ja-')) return 'ja';
    if (tag === 'en' || tag.startsWith('en-')) return 'en';
  }
  return 'ja';
};

export const pick = (text: Localized, lang: Lang): string => text[lang];
