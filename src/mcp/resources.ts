/**
 * MCP resources: each round's rule file and its worked examples, read through the REST routes
 * (GET /v1/rounds/{id}, GET /v1/rounds/{id}/examples), so a model can read the rules an answer
 * rests on:
 *   ithojo://rounds/r7            the whole rule file of r7 (application/json)
 *   ithojo://rounds/r7/examples   its worked examples, the hand-derived cases the tests check
 */
import type { Lang } from '../lib/i18n.ts';
import type { Dispatch } from './server.ts';

type Json = Record<string, unknown>;

export const RESOURCE_SCHEME = 'ithojo://';
const URI = /^ithojo:\/\/rounds\/([a-z0-9-]+)(\/examples)?$/;

export interface ResourceEntry {
  uri: string;
  name: string;
  title: string;
  description: string;
  mimeType: 'application/json';
}

const L = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);
const pick = (v: unknown, lang: Lang) => (v && typeof v === 'object' ? String((v as Json)[lang] ?? '') : String(v ?? ''));

/** Two resources per round of GET /v1/rounds, newest first. */
export const listResources = async (dispatch: Dispatch, lang: Lang): Promise<ResourceEntry[]> => {
  const body = (await (await dispatch(`/v1/rounds?lang=${lang}`)).json()) as { rounds?: Json[] };
  const rounds = [...(body.rounds ?? [])].reverse();
  return rounds.flatMap((r) => {
    const id = String(r.id);
    const name = pick(r.name, lang);
    return [
      {
        uri: `${RESOURCE_SCHEME}rounds/${id}`,
        name: `${id}-rules`,
        title: L(lang, `${name} のルールファイル`, `${name}: rule file`),
        description: L(
          lang,
          `${id} の全ルール（類型・補助率・上限・下限・締切・要件）と出典`,
          `Every rule of ${id} (types, rates, caps, floors, deadlines, requirements) with its sources`,
        ),
        mimeType: 'application/json' as const,
      },
      {
        uri: `${RESOURCE_SCHEME}rounds/${id}/examples`,
        name: `${id}-examples`,
        title: L(lang, `${name} の計算例`, `${name}: worked examples`),
        description: L(
          lang,
          `${id} の計算例（手計算の根拠付き。テストが同じ値を検証します）`,
          `Worked examples of ${id}, with the arithmetic by hand (the tests check the same values)`,
        ),
        mimeType: 'application/json' as const,
      },
    ];
  });
};

export type ReadResult = { ok: true; contents: { uri: string; mimeType: 'application/json'; text: string }[] } | { ok: false; message: string };

export const readResource = async (uri: string, dispatch: Dispatch, lang: Lang): Promise<ReadResult> => {
  const m = URI.exec(uri);
  if (!m)
    return {
      ok: false,
      message: L(
        lang,
        `リソース ${uri} はありません。resources/list の URI（例 ithojo://rounds/r7）を使ってください`,
        `No resource ${uri}: use a URI from resources/list, such as ithojo://rounds/r7`,
      ),
    };
  const res = await dispatch(`/v1/rounds/${encodeURIComponent(m[1]!)}${m[2] ?? ''}?lang=${lang}`);
  if (!res.ok) return { ok: false, message: L(lang, `リソース ${uri} はありません（回 ${m[1]} が見つかりません）`, `No resource ${uri} (no round ${m[1]})`) };
  return { ok: true, contents: [{ uri, mimeType: 'application/json', text: await res.text() }] };
};
