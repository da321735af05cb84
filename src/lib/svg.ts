/**
 * Draws a subsidy curve (src/engine/curve.ts) as a standalone SVG: eligible cost on x, subsidy on
 * y, axes in yen (万円 in Japanese, ¥…M in English), each rate segment labelled, the kinks (rate
 * change, cap, floor) marked with their exact yen, and the visitor's purchase when given.
 * Accessible as an image: role="img" with a <title> and a <desc> that states the same facts in text.
 * Kinks carry data-kind / data-cost / data-subsidy so machines can read them back.
 */
import type { Curve, CurvePoint } from '../engine/curve.ts';
import type { Lang } from './i18n.ts';

const W = 640;
const H = 400;
const M = { left: 78, right: 28, top: 58, bottom: 58 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;

export const escapeXml = (s: string) => s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!);

const commas = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** Exact yen: 722,222円 / ¥722,222. */
export const yenText = (n: number, lang: Lang) => (lang === 'ja' ? `${commas(n)}円` : `¥${commas(n)}`);
/** Axis ticks: 350万円 / ¥3.5M. */
const tickText = (n: number, lang: Lang) => {
  if (n === 0) return lang === 'ja' ? '0円' : '¥0';
  if (lang === 'ja') return n % 10_000 === 0 ? `${commas(n / 10_000)}万円` : `${commas(n)}円`;
  return n >= 1_000_000 ? `¥${+(n / 1_000_000).toFixed(3)}M` : `¥${+(n / 1_000).toFixed(1)}k`;
};

/** About five ticks: a step of 1, 2, 2.5 or 5 × 10^k. */
const tickStep = (max: number) => {
  const raw = max / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
};

const f = (n: number) => String(Math.round(n * 10) / 10);

const SIZE = { ja: { small: '小規模事業者', sme: '中小企業', large: '大企業等' }, en: { small: 'small business', sme: 'SME', large: 'large company' } } as const;

export interface CurveLabels {
  /** e.g. "2機能" / "2 functions", added to the title. */
  detail?: string | undefined;
}

export function curveSvg(curve: Curve, lang: Lang, labels: CurveLabels = {}): string {
  const ja = lang === 'ja';
  const x = (cost: number) => M.left + (Math.min(cost, curve.xMax) / curve.xMax) * PW;
  const y = (subsidy: number) => M.top + PH - (Math.min(subsidy, curve.yMax) / curve.yMax) * PH;
  const out: string[] = [];
  const title = `${curve.type.name[lang]} — ${ja ? '補助率・補助上限額の関係' : 'subsidy rate and cap'} (${SIZE[lang][curve.size]}${labels.detail ? `, ${labels.detail}` : ''})`;

  const desc: string[] = [];
  for (const k of curve.kinks) {
    if (k.kind === 'rate') desc.push(ja ? `補助額${yenText(k.subsidy, lang)}（経費${yenText(k.cost, lang)}）まで${k.from}、超える部分は${k.to}` : `${k.from} up to a subsidy of ${yenText(k.subsidy, lang)} (cost ${yenText(k.cost, lang)}), ${k.to} above`);
    if (k.kind === 'cap') desc.push(ja ? `経費${yenText(k.cost, lang)}で上限${yenText(k.subsidy, lang)}に達する` : `the cap of ${yenText(k.subsidy, lang)} is reached at a cost of ${yenText(k.cost, lang)}`);
    if (k.kind === 'floor') desc.push(ja ? `補助額が下限${yenText(k.subsidy, lang)}未満（経費${yenText(k.cost, lang)}未満）は0円` : `below the minimum subsidy of ${yenText(k.subsidy, lang)} (cost under ${yenText(k.cost, lang)}) nothing is granted`);
  }
  if (curve.segments.length === 1 && curve.eligible) desc.unshift(ja ? `補助率${curve.segments[0]!.rate}` : `rate ${curve.segments[0]!.rate}`);
  if (curve.mark) desc.push(ja ? `ご購入: 経費${yenText(curve.mark.cost, lang)} → 補助額${yenText(curve.mark.subsidy, lang)}` : `your purchase: cost ${yenText(curve.mark.cost, lang)} → subsidy ${yenText(curve.mark.subsidy, lang)}`);
  if (!curve.eligible) desc.push(...curve.warnings.map((w) => w.message[lang]));

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="curve-title curve-desc" font-family="system-ui, -apple-system, 'Hiragino Sans', 'Noto Sans JP', sans-serif" font-size="12" fill="#1f2328" data-round="${escapeXml(curve.round)}" data-type="${escapeXml(curve.type.id)}">`,
    `<title id="curve-title">${escapeXml(title)}</title>`,
    `<desc id="curve-desc">${escapeXml(desc.join(ja ? '。' : '; ') + (ja ? '。' : '.'))}</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${M.left}" y="24" font-size="14" font-weight="600">${escapeXml(title)}</text>`,
  );

  // Grid and ticks.
  const grid: string[] = [];
  const xs = tickStep(curve.xMax);
  for (let v = 0; v <= curve.xMax + 1e-6; v += xs) {
    grid.push(`<line x1="${f(x(v))}" y1="${M.top}" x2="${f(x(v))}" y2="${M.top + PH}" stroke="#eaeef2"/>`);
    grid.push(`<text x="${f(x(v))}" y="${M.top + PH + 18}" text-anchor="middle">${escapeXml(tickText(v, lang))}</text>`);
  }
  const ys = tickStep(curve.yMax);
  for (let v = 0; v <= curve.yMax + 1e-6; v += ys) {
    grid.push(`<line x1="${M.left}" y1="${f(y(v))}" x2="${M.left + PW}" y2="${f(y(v))}" stroke="#eaeef2"/>`);
    grid.push(`<text x="${M.left - 8}" y="${f(y(v) + 4)}" text-anchor="end">${escapeXml(tickText(v, lang))}</text>`);
  }
  out.push(`<g class="grid" fill="#57606a">${grid.join('')}</g>`);
  out.push(
    `<g class="axes" stroke="#57606a"><line x1="${M.left}" y1="${M.top + PH}" x2="${M.left + PW}" y2="${M.top + PH}"/><line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${M.top + PH}"/></g>`,
    `<text class="x-label" x="${M.left + PW / 2}" y="${H - 14}" text-anchor="middle" font-weight="600">${escapeXml(ja ? `補助対象経費（円）— ${curve.line.name.ja}` : `Eligible cost (yen) — ${curve.line.name.en}`)}</text>`,
    `<text class="y-label" transform="translate(16 ${M.top + PH / 2}) rotate(-90)" text-anchor="middle" font-weight="600">${escapeXml(ja ? '補助額（円）' : 'Subsidy (yen)')}</text>`,
  );

  // The curve, with the area below it.
  const pts = curve.points.map((p) => `${f(x(p.cost))},${f(y(p.subsidy))}`).join(' ');
  const last = curve.points[curve.points.length - 1]!;
  out.push(
    `<polygon class="area" points="${f(x(0))},${f(y(0))} ${pts} ${f(x(last.cost))},${f(y(0))}" fill="#0b5fff" fill-opacity="0.08"/>`,
    `<polyline class="curve" points="${pts}" fill="none" stroke="#0b5fff" stroke-width="2.5" stroke-linejoin="round"/>`,
  );

  // Rate labels at the middle of each sloped stretch.
  if (curve.eligible) {
    const bounds: CurvePoint[] = [{ cost: 0, subsidy: 0 }, ...curve.kinks.filter((k) => k.kind !== 'floor')];
    const rates = curve.segments.map((s) => s.rate);
    bounds.slice(0, -1).forEach((a, i) => {
      const b = bounds[i + 1]!;
      const rate = rates[i];
      if (!rate) return;
      const mx = x((a.cost + b.cost) / 2);
      const my = y((a.subsidy + b.subsidy) / 2);
      out.push(`<text class="rate" x="${f(mx - 8)}" y="${f(my - 8)}" text-anchor="end" fill="#0b5fff" font-weight="700">${escapeXml(rate)}</text>`);
    });
    if (bounds.length === 1 && rates[0]) {
      const p = curve.points[Math.floor(curve.points.length / 2)]!;
      out.push(`<text class="rate" x="${f(x(p.cost) - 8)}" y="${f(y(p.subsidy) - 8)}" text-anchor="end" fill="#0b5fff" font-weight="700">${escapeXml(rates[0])}</text>`);
    }
  }

  // Kinks.
  for (const k of curve.kinks) {
    const cx = x(k.cost);
    const cy = y(k.subsidy);
    const text =
      k.kind === 'cap'
        ? ja ? `上限 ${yenText(k.subsidy, lang)}（経費 ${yenText(k.cost, lang)}）` : `cap ${yenText(k.subsidy, lang)} (cost ${yenText(k.cost, lang)})`
        : k.kind === 'rate'
          ? ja ? `${k.from}→${k.to}: 補助額 ${yenText(k.subsidy, lang)}／経費 ${yenText(k.cost, lang)}` : `${k.from}→${k.to}: subsidy ${yenText(k.subsidy, lang)} at cost ${yenText(k.cost, lang)}`
          : ja ? `下限 ${yenText(k.subsidy, lang)}` : `minimum ${yenText(k.subsidy, lang)}`;
    const right = cx > M.left + PW * 0.55;
    const ty = k.kind === 'cap' ? cy - 12 : k.kind === 'floor' ? cy - 10 : cy + 18;
    out.push(
      `<g class="kink" data-kind="${k.kind}" data-cost="${k.cost}" data-subsidy="${k.subsidy}" data-exact-cost="${escapeXml(k.exactCost)}">` +
        `<circle cx="${f(cx)}" cy="${f(cy)}" r="4" fill="#fff" stroke="#0b5fff" stroke-width="2"/>` +
        `<text x="${f(right ? cx - 6 : cx + 6)}" y="${f(ty)}" text-anchor="${right ? 'end' : 'start'}" font-size="11">${escapeXml(text)}</text></g>`,
    );
  }

  if (curve.mark) {
    const { cost, subsidy } = curve.mark;
    const cx = x(cost);
    const cy = y(subsidy);
    const right = cx > M.left + PW * 0.55;
    const text = ja ? `ご購入 ${yenText(cost, lang)} → ${yenText(subsidy, lang)}` : `your purchase ${yenText(cost, lang)} → ${yenText(subsidy, lang)}`;
    out.push(
      `<g class="mark" data-cost="${cost}" data-subsidy="${subsidy}">` +
        `<path d="M${f(cx)} ${M.top + PH}V${f(cy)}H${M.left}" fill="none" stroke="#cf222e" stroke-dasharray="4 3"/>` +
        `<circle cx="${f(cx)}" cy="${f(cy)}" r="6" fill="#cf222e"/>` +
        `<text x="${f(right ? cx - 10 : cx + 10)}" y="${f(Math.max(cy - 24, M.top + 12))}" text-anchor="${right ? 'end' : 'start'}" fill="#cf222e" font-weight="700">${escapeXml(text)}</text></g>`,
    );
  }

  if (!curve.eligible) {
    const lines = curve.warnings.length ? curve.warnings.map((w) => w.message[lang]) : [ja ? 'この条件では補助はありません' : 'No subsidy under these conditions'];
    out.push(
      `<g class="note" fill="#9a6700" text-anchor="middle">${lines.map((l, i) => `<text x="${M.left + PW / 2}" y="${M.top + PH / 2 - 20 + i * 18}">${escapeXml(l)}</text>`).join('')}</g>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}
