/**
 * MCP prompts for the common tasks: each is a user message, in the requested language, that
 * tells the model which tools to call in which order and what to tell the person. Arguments are
 * strings (MCP prompts/get); unknown or missing required arguments are refused (-32602).
 */
import type { Lang } from '../lib/i18n.ts';

interface PromptArg {
  name: string;
  description: string;
  required: boolean;
}

export interface PromptDef {
  name: string;
  title: string;
  description: string;
  arguments: PromptArg[];
  text: (args: Record<string, string>, lang: Lang) => string;
}

const LANG_ARG: PromptArg = { name: 'lang', description: 'ja (default) or en: the language of the conversation. 会話の言語（既定 ja）。', required: false };
const ROUND_ARG: PromptArg = {
  name: 'round',
  description: 'Round id (r3…r7) or year (2022…2026); default: the current round. 回（省略時は現在の回）。',
  required: false,
};
const L = (lang: Lang, ja: string, en: string) => (lang === 'ja' ? ja : en);
const roundText = (args: Record<string, string>, lang: Lang) =>
  args.round
    ? L(lang, `回は ${args.round} です。`, `The round is ${args.round}.`)
    : L(lang, '回が分からなければ list_rounds で現在の回を確かめてください。', 'If the round is not known, find the current one with list_rounds.');

export const PROMPTS: PromptDef[] = [
  {
    name: 'estimate_purchase',
    title: '購入の補助額を試算する · Estimate my purchase',
    description:
      'Estimate the subsidy for a planned IT purchase: find the best type with compare_types, then explain the amount line by line. 購入予定の ITツールの補助額を試算します。',
    arguments: [
      {
        name: 'purchase',
        description: 'What the business plans to buy, in the person’s words (e.g. "会計ソフト 100万円とPC 2台"). 購入予定の内容。',
        required: true,
      },
      ROUND_ARG,
      LANG_ARG,
    ],
    text: (a, lang) =>
      L(
        lang,
        `IT導入補助金（デジタル化・AI導入補助金）で、次の購入にいくら補助されるかを知りたいです: 「${a.purchase}」。${roundText(a, lang)}` +
          `金額は税抜の整数円として、費目（ソフトウェア・クラウド利用料・導入関連費・PC・レジなど）に分けてください。分からない点（事業者の規模、機能の数など）` +
          `は推測せずに私に尋ねてください。まず compare_types で類型を比べ、最も高い類型を estimate_subsidy で試算し、` +
          `補助額・自己負担額・補助率（区間ごと）・上限・次の締切と出典を短く伝えてください。回答は概算で、事務局の決定ではないことも添えてください。`,
        `I want to know how much of this purchase the IT Introduction Subsidy (IT導入補助金) would ` +
          `cover: "${a.purchase}". ${roundText(a, lang)} Treat amounts as integer yen excluding ` +
          `tax, split by cost category (software, cloud fees, services, PCs, registers…). Ask me ` +
          `rather than guess what you do not know (the size of the business, the number of ` +
          `functions…). First compare the types with compare_types, then estimate the best one ` +
          `with estimate_subsidy (lang "en"), and tell me briefly the subsidy, what I pay, the ` +
          `rates per segment, the cap, the next deadline and the sources. Say that it is an ` +
          `estimate, not a decision of the secretariat.`,
      ),
  },
  {
    name: 'can_i_apply',
    title: '申請できるか確かめる · Can my business apply?',
    description:
      'Check which types a business may apply for: call check_eligibility with what is known, ' +
      'ask its questions one at a time, call again with the answers. 事業者が申請できる類型を確かめます。',
    arguments: [
      {
        name: 'business',
        description: 'The business in the person’s words (form, industry, capital, employees…). 事業者の説明（業種・資本金・従業員数など）。',
        required: true,
      },
      ROUND_ARG,
      LANG_ARG,
    ],
    text: (a, lang) =>
      L(
        lang,
        `私の事業者が IT導入補助金に申請できるか確かめてください: 「${a.business}」。${roundText(a, lang)}分かっている事実だけを ` +
          `check_eligibility に渡し（推測で埋めないでください）、返ってきた質問を上から順に1つずつ私に尋ね、答えを加えてもう一度呼んでください。最後に類型ごとに ` +
          `申請可／不可／未確定 と、満たさない要件、次の締切を短く伝えてください。`,
        `Please check whether my business may apply for the IT Introduction Subsidy (IT導入補助金): "${a.business}` +
          `". ${roundText(a, lang)} Pass check_eligibility only the facts I gave (lang "en"; do ` +
          `not fill gaps by guessing), ask me its questions one at a time in the order given, and ` +
          `call it again with my answers. Finally tell me briefly, per type, yes / no / not ` +
          `settled, the requirements I fail and the next deadline.`,
      ),
  },
  {
    name: 'next_deadline',
    title: '次の締切を調べる · What is the next deadline?',
    description: 'Find the next application deadline (締切) for a type with list_deadlines, with its status, days left and source. 次の申請締切を調べます。',
    arguments: [
      {
        name: 'type',
        description: 'Type id (regular, invoice, e-transaction, security, multi-company…); default: every type. 類型（省略時はすべて）。',
        required: false,
      },
      ROUND_ARG,
      LANG_ARG,
    ],
    text: (a, lang) =>
      L(
        lang,
        `IT導入補助金の次の申請締切を教えてください${a.type ? `（類型 ${a.type}）` : '（類型ごとに）'}。${roundText(a, lang)}list` +
          `_deadlines で調べ、締切日時（日本時間）、第何次か、受付状況、残り日数、出典を短く伝えてください。公表されていない締切は推測しないでください。`,
        `Tell me the next application deadline of the IT Introduction Subsidy (IT導入補助金)${a.type ? ` for type ${a.type}` : ', per type'}` +
          `. ${roundText(a, lang)} Look it up with list_deadlines (lang "en") and tell me briefly ` +
          `the date and time (Japan time), which 次 it is, its status, the days left and the ` +
          `source. Do not guess a deadline that is not published.`,
      ),
  },
];

export type PromptResult = { ok: true; description: string; text: string } | { ok: false; message: string };

/** The prompt's message, or why the arguments are refused. */
export const getPrompt = (name: string, args: Record<string, string>, fallbackLang: Lang): PromptResult => {
  const lang: Lang = args.lang === 'en' ? 'en' : args.lang === 'ja' ? 'ja' : fallbackLang;
  const prompt = PROMPTS.find((p) => p.name === name);
  if (!prompt)
    return {
      ok: false,
      message: L(
        lang,
        `プロンプト ${name} はありません。使えるもの: ${PROMPTS.map((p) => p.name).join(', ')}`,
        `No prompt ${name}; prompts: ${PROMPTS.map((p) => p.name).join(', ')}`,
      ),
    };
  const known = new Set(prompt.arguments.map((a) => a.name));
  const unknown = Object.keys(args).filter((k) => !known.has(k));
  if (unknown.length)
    return {
      ok: false,
      message: L(
        lang,
        `${name} に引数 ${unknown.join(', ')} はありません。使える引数: ${[...known].join(', ')}`,
        `${name} has no argument ${unknown.join(', ')}; its arguments: ${[...known].join(', ')}`,
      ),
    };
  if (args.lang !== undefined && args.lang !== 'ja' && args.lang !== 'en')
    return { ok: false, message: L(lang, 'lang は ja か en です', 'lang must be ja or en') };
  const missing = prompt.arguments.filter((a) => a.required && !args[a.name]?.trim()).map((a) => a.name);
  if (missing.length)
    return { ok: false, message: L(lang, `${name} には引数 ${missing.join(', ')} が必要です`, `${name} needs the argument ${missing.join(', ')}`) };
  return { ok: true, description: prompt.description, text: prompt.text(args, lang) };
};
