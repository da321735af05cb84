/** The demo page GET /widget: the widget embedded, with the copy-paste snippet (ja/en). */
import type { Lang } from '../../lib/i18n.ts';
import { escapeXml as esc } from '../../lib/svg.ts';

export const snippet = (origin: string, lang: Lang) =>
  `<script src="${origin}/widget.js" async></script>\n<it-hojo-estimate type="invoice" lang="${lang}"></it-hojo-estimate>`;

const TEXT = {
  ja: {
    title: '補助額シミュレーター ウィジェット — IT導入補助金 API',
    h1: '補助額シミュレーター（埋め込みウィジェット）',
    intro:
      'どのサイトにも、<script> 1つと要素 1つで貼り付けられる試算フォームです。類型・規模・機能・経費を入れると、補助額・自己負担額・内訳・次の締切と、補助率・補助上限額のグラフを表示します。',
    snippet: '貼り付け用コード',
    attrs: '属性',
    theme: 'テーマ（CSS カスタムプロパティ）',
    themed: 'テーマを変えた例（English）',
    other: 'English',
    otherHref: '?lang=en',
    rows: [
      ['api-base', 'API の URL（省略時: widget.js を読み込んだオリジン）'],
      ['round', '回（r3…r7 または 2022…2026）。省略時: API が今日の回とする回（GET /v1/rounds の current）。過去の回を固定しないでください'],
      ['type', '最初に選ぶ類型（regular, invoice, e-transaction, security …）'],
      ['lang', 'ja または en（省略時: ページの <html lang>）'],
    ],
    image: '同じグラフを画像として: ',
  },
  en: {
    title: 'Subsidy estimate widget — IT導入補助金 API',
    h1: 'Subsidy estimate (embeddable widget)',
    intro:
      'An estimate form any site can embed with one <script> and one element. Pick a type, ' +
      'size, functions and costs; it shows the subsidy, what you pay, the line breakdown, the ' +
      'next deadline and the subsidy-rate/cap curve.',
    snippet: 'Copy-paste snippet',
    attrs: 'Attributes',
    theme: 'Theme (CSS custom properties)',
    themed: 'A themed instance (日本語)',
    other: '日本語',
    otherHref: '?lang=ja',
    rows: [
      ['api-base', 'API base URL (default: the origin widget.js was loaded from)'],
      ['round', 'Round (r3…r7 or 2022…2026); default: the round the API calls current (GET /v1/rounds → current). Leave it out so the embed follows time'],
      ['type', 'Type selected first (regular, invoice, e-transaction, security …)'],
      ['lang', 'ja or en (default: the page’s <html lang>)'],
    ],
    image: 'The same curve as an image: ',
  },
} as const;

const THEME = `it-hojo-estimate.themed {
  --ithojo-accent: #1a7f37;      /* buttons, subsidy, focus ring */
  --ithojo-on-accent: #fff;
  --ithojo-fg: #1f2328;
  --ithojo-bg: #f6f8fa;
  --ithojo-muted: #57606a;
  --ithojo-border: #d0d7de;
  --ithojo-error: #cf222e;
  --ithojo-radius: 4px;
  --ithojo-font: Georgia, serif;
  --ithojo-font-size: 15px;
}`;

/** `round`: the round the API calls current today, for the sample curve link. */
export const demoPage = (origin: string, lang: Lang, round: string) => {
  const t = TEXT[lang];
  const other = lang === 'ja' ? 'en' : 'ja';
  const curve = `/v1/rounds/${encodeURIComponent(round)}/types/invoice/curve.svg?size=sme&functions=accounting&functions=ordering&mark=1000000&lang=${lang}`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(t.title)}</title>
<style>
body { font: 16px/1.6 system-ui, -apple-system, "Hiragino Sans", "Noto Sans JP", sans-serif; max-width: 48rem; margin: 2rem auto; \
padding: 0 .75rem; color: #1f2328; overflow-wrap: anywhere; }
pre { background: #f6f8fa; padding: .75rem 1rem; border-radius: 8px; overflow-x: auto; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: .2rem .6rem; border-bottom: 1px solid \
#d0d7de; vertical-align: top; } th { white-space: nowrap; }
a { display: inline-block; min-height: 44px; line-height: 44px; }
it-hojo-estimate { margin: 1.5rem 0; }
${THEME}
</style>
</head>
<body>
<p><a href="${t.otherHref}" lang="${other}">${esc(t.other)}</a> · <a href="/docs">API docs</a></p>
<h1>${esc(t.h1)}</h1>
<p>${esc(t.intro)}</p>
<it-hojo-estimate type="invoice" lang="${lang}"></it-hojo-estimate>
<h2>${esc(t.snippet)}</h2>
<pre><code>${esc(snippet(origin, lang))}</code></pre>
<h2>${esc(t.attrs)}</h2>
<table>${t.rows.map(([k, v]) => `<tr><th><code>${k}</code></th><td>${esc(v)}</td></tr>`).join('')}</table>
<h2>${esc(t.theme)}</h2>
<pre><code>${esc(THEME)}</code></pre>
<h3>${esc(t.themed)}</h3>
<it-hojo-estimate class="themed" type="regular" lang="${other}"></it-hojo-estimate>
<p>${esc(t.image)}<a href="${esc(curve)}"><code>${esc(curve)}</code></a></p>
<script src="/widget.js" async></script>
</body>
</html>
`;
};
