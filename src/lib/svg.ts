/**
 * Draws a subsidy curve (src/engine/curve.ts) as a standalone SVG: eligible cost on x, subsidy on
 * y, axes in yen (万円 in Japanese, ¥…M in English), each rate segment labelled, the kinks (rate
 * change, cap, floor) marked with their exact yen, and the visitor's purchase when given.
 * Accessible as an image: role="img" with a <title> and a <desc> that states the same facts in text.
 * Kinks carry data-kind / data-cost / data-subsidy so machines can read them back.
 */
import type { Curve, CurvePoint } from '../engine/curve.ts';
import type { Lang } from './i18n.ts';
import { AROUND, LINE, placeLabels, segmentHits, textWidth, wrap, type Box, type Label, type Placed } from './label-layout.ts';

/** Default width; the height follows the width (5:8, at least 300 px) so phones get a taller chart. */
export const CURVE_WIDTH = 640;
export const CURVE_MIN_WIDTH = 240;
export const CURVE_MAX_WIDTH = 1280;
const FS = { tick: 12, label: 11, title: 14 };

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

/** About `count` ticks: a step of 1, 2, 2.5 or 5 × 10^k. */
const tickStep = (max: number, count = 5) => {
  const raw = max / Math.max(1, count);
  const p = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * p).find((s) => s >= raw)!;
};

const f = (n: number) => String(Math.round(n * 10) / 10);

const SIZE = {
  ja: { small: '小規模事業者', sme: '中小企業', large: '大企業等' },
  en: { small: 'small business', sme: 'SME', large: 'large company' },
} as const;

export interface CurveLabels {
  /** e.g. "2機能" / "2 functions", added to the title. */
  detail?: string | undefined;
}

const clampWidth = (w: number) => Math.min(CURVE_MAX_WIDTH, Math.max(CURVE_MIN_WIDTH, Math.round(w)));

/** A <text>: one line as plain content, more lines as <tspan>s under each other. */
const textEl = (p: Placed, size: number, attrs: string) => {
  const body =
    p.lines.length === 1 ? escapeXml(p.lines[0]!) : p.lines.map((l, i) => `<tspan x="${f(p.x)}"${i ? ` dy="${LINE}em"` : ''}>${escapeXml(l)}</tspan>`).join('');
  return `<text x="${f(p.x)}" y="${f(p.y)}" text-anchor="${p.anchor}" font-size="${size}"${attrs}>${body}</text>`;
};

/** A placed label: a white halo under the glyphs keeps it legible where the curve or a guide line crosses it. */
const labelEl = (p: Placed, size: number, attrs: string) =>
  textEl(p, size, `${attrs} stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`);

/** Fixed text (title, axis labels): lines centred or started at x, the first baseline at y. */
const fixedText = (lines: string[], x: number, y: number, anchor: 'start' | 'middle', size: number, attrs: string) =>
  textEl({ lines, x, y, anchor, box: { x: 0, y: 0, w: 0, h: 0 } }, size, attrs);

export function curveSvg(curve: Curve, lang: Lang, labels: CurveLabels = {}, width: number = CURVE_WIDTH): string {
  const ja = lang === 'ja';
  const W = clampWidth(width);
  const H = Math.max(300, Math.round(W * 0.625));
  const out: string[] = [];
  const title =
    `${curve.type.name[lang]} — ${ja ? '補助率・補助上限額の関係' : 'subsidy rate and cap'} (${SIZE[lang][curve.size]}` +
    `${labels.detail ? `, ${labels.detail}` : ''})`;

  const desc: string[] = [];
  for (const k of curve.kinks) {
    if (k.kind === 'rate')
      desc.push(
        ja
          ? `補助額${yenText(k.subsidy, lang)}（経費${yenText(k.cost, lang)}）まで${k.from}、超える部分は${k.to}`
          : `${k.from} up to a subsidy of ${yenText(k.subsidy, lang)} (cost ${yenText(k.cost, lang)}), ${k.to} above`,
      );
    if (k.kind === 'cap')
      desc.push(
        ja
          ? `経費${yenText(k.cost, lang)}で上限${yenText(k.subsidy, lang)}に達する`
          : `the cap of ${yenText(k.subsidy, lang)} is reached at a cost of ${yenText(k.cost, lang)}`,
      );
    if (k.kind === 'floor')
      desc.push(
        ja
          ? `補助額が下限${yenText(k.subsidy, lang)}未満（経費${yenText(k.cost, lang)}未満）は0円`
          : `below the minimum subsidy of ${yenText(k.subsidy, lang)} (cost under ${yenText(k.cost, lang)}) nothing is granted`,
      );
  }
  if (curve.segments.length === 1 && curve.eligible) desc.unshift(ja ? `補助率${curve.segments[0]!.rate}` : `rate ${curve.segments[0]!.rate}`);
  if (curve.mark)
    desc.push(
      ja
        ? `ご購入: 経費${yenText(curve.mark.cost, lang)} → 補助額${yenText(curve.mark.subsidy, lang)}`
        : `your purchase: cost ${yenText(curve.mark.cost, lang)} → subsidy ${yenText(curve.mark.subsidy, lang)}`,
    );
  if (!curve.eligible) desc.push(...curve.warnings.map((w) => w.message[lang]));

  // Margins from the text they hold: the title's lines, the widest y tick, the x ticks and the x label.
  const titleLines = wrap(title, W - 16, FS.title, true);
  const top = 14 + titleLines.length * Math.ceil(FS.title * LINE) + 14;
  const yCount = Math.max(2, Math.min(6, Math.floor((H - 140) / 36)));
  const ys = tickStep(curve.yMax, yCount);
  const yTicks: number[] = [];
  for (let v = 0; v <= curve.yMax + 1e-6; v += ys) yTicks.push(v);
  const left = Math.ceil(Math.max(...yTicks.map((v) => textWidth(tickText(v, lang), FS.tick))) + 34);
  const xWidest = (step: number) => {
    let m = 0;
    for (let v = 0; v <= curve.xMax + 1e-6; v += step) m = Math.max(m, textWidth(tickText(v, lang), FS.tick));
    return m;
  };
  let right = 16;
  let xs = tickStep(curve.xMax);
  for (let count = 6; count >= 1; count--) {
    xs = tickStep(curve.xMax, count);
    right = Math.max(16, Math.ceil(textWidth(tickText(Math.floor(curve.xMax / xs) * xs, lang), FS.tick) / 2 + 6));
    const spacing = ((W - left - right) * xs) / curve.xMax;
    if (spacing >= xWidest(xs) + 12) break;
  }
  const PW = W - left - right;
  const xLabel = ja ? `補助対象経費（円）— ${curve.line.name.ja}` : `Eligible cost (yen) — ${curve.line.name.en}`;
  const xCentre = left + PW / 2;
  const xLabelLines = wrap(xLabel, 2 * Math.min(xCentre, W - xCentre) - 12, FS.tick, true);
  const bottom = 24 + xLabelLines.length * Math.ceil(FS.tick * LINE) + 10;
  const PH = H - top - bottom;
  const M = { left, top };
  const x = (cost: number) => M.left + (Math.min(cost, curve.xMax) / curve.xMax) * PW;
  const y = (subsidy: number) => M.top + PH - (Math.min(subsidy, curve.yMax) / curve.yMax) * PH;

  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}` +
      `" role="img" aria-labelledby="curve-title curve-desc" font-family="system-ui, ` +
      `-apple-system, 'Hiragino Sans', 'Noto Sans JP', sans-serif" font-size="12" ` +
      `fill="#1f2328" data-round="${escapeXml(curve.round)}" data-type="${escapeXml(curve.type.id)}">`,
    `<title id="curve-title">${escapeXml(title)}</title>`,
    `<desc id="curve-desc">${escapeXml(desc.join(ja ? '。' : '; ') + (ja ? '。' : '.'))}</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    fixedText(titleLines, 8, 14 + FS.title, 'start', FS.title, ' class="title" font-weight="600"'),
  );

  // Grid and ticks.
  const grid: string[] = [];
  for (let v = 0; v <= curve.xMax + 1e-6; v += xs) {
    grid.push(`<line x1="${f(x(v))}" y1="${M.top}" x2="${f(x(v))}" y2="${M.top + PH}" stroke="#eaeef2"/>`);
    grid.push(`<text x="${f(x(v))}" y="${M.top + PH + 18}" text-anchor="middle">${escapeXml(tickText(v, lang))}</text>`);
  }
  for (const v of yTicks) {
    grid.push(`<line x1="${M.left}" y1="${f(y(v))}" x2="${M.left + PW}" y2="${f(y(v))}" stroke="#eaeef2"/>`);
    grid.push(`<text x="${M.left - 8}" y="${f(y(v) + 4)}" text-anchor="end">${escapeXml(tickText(v, lang))}</text>`);
  }
  out.push(`<g class="grid" fill="#57606a">${grid.join('')}</g>`);
  out.push(
    `<g class="axes" stroke="#57606a"><line x1="${M.left}" y1="${M.top + PH}" x2="${M.left + PW}` +
      `" y2="${M.top + PH}"/><line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${M.top + PH}"/></g>`,
    fixedText(xLabelLines, xCentre, M.top + PH + 24 + FS.tick + 4, 'middle', FS.tick, ' class="x-label" font-weight="600"'),
    `<text class="y-label" transform="translate(16 ${f(M.top + PH / 2)}) rotate(-90)" ` +
      `text-anchor="middle" font-weight="600">${escapeXml(ja ? '補助額（円）' : 'Subsidy (yen)')}</text>`,
  );

  // The curve, with the area below it.
  const px = curve.points.map((p) => ({ x: x(p.cost), y: y(p.subsidy) }));
  const pts = px.map((p) => `${f(p.x)},${f(p.y)}`).join(' ');
  const last = curve.points[curve.points.length - 1]!;
  out.push(
    `<polygon class="area" points="${f(x(0))},${f(y(0))} ${pts} ${f(x(last.cost))},${f(y(0))}" fill="#0b5fff" fill-opacity="0.08"/>`,
    `<polyline class="curve" points="${pts}" fill="none" stroke="#0b5fff" stroke-width="2.5" stroke-linejoin="round"/>`,
  );

  // Labels, most important first: the purchase, the cap, rate changes, the floor, then the rates.
  const half = M.left + PW * 0.55;
  const around = (gap: number, px: number) => {
    const list = AROUND(gap);
    // Right of centre: try the left side first, so labels grow towards the open side.
    return px > half ? list.map((o) => ({ dx: -o.dx, dy: o.dy })) : list;
  };
  const labelList: Label[] = [];
  const kinds: ('mark' | 'kink' | 'rate')[] = [];
  const markers: Box[] = [];
  const markLabel = curve.mark && {
    parts: [ja ? 'ご購入' : 'your purchase', yenText(curve.mark.cost, lang), `→ ${yenText(curve.mark.subsidy, lang)}`],
    joiner: ' ',
  };
  if (curve.mark && markLabel) {
    const at = { x: x(curve.mark.cost), y: y(curve.mark.subsidy) };
    markers.push({ x: at.x - 8, y: at.y - 8, w: 16, h: 16 });
    labelList.push({ ...markLabel, at, size: FS.tick, bold: true, offsets: around(12, at.x) });
    kinds.push('mark');
  }
  const kinkText = (k: Curve['kinks'][number]): { parts: string[]; joiner: string } =>
    k.kind === 'cap'
      ? ja
        ? { parts: [`上限 ${yenText(k.subsidy, lang)}`, `（経費 ${yenText(k.cost, lang)}）`], joiner: '' }
        : { parts: [`cap ${yenText(k.subsidy, lang)}`, `(cost ${yenText(k.cost, lang)})`], joiner: ' ' }
      : k.kind === 'rate'
        ? ja
          ? { parts: [`${k.from}→${k.to}:`, `補助額 ${yenText(k.subsidy, lang)}`, `／経費 ${yenText(k.cost, lang)}`], joiner: ' ' }
          : { parts: [`${k.from}→${k.to}:`, `subsidy ${yenText(k.subsidy, lang)}`, `at cost ${yenText(k.cost, lang)}`], joiner: ' ' }
        : { parts: [ja ? `下限 ${yenText(k.subsidy, lang)}` : `minimum ${yenText(k.subsidy, lang)}`], joiner: '' };
  const kinkOrder = [...curve.kinks.keys()].sort(
    (a, b) => ['cap', 'rate', 'floor'].indexOf(curve.kinks[a]!.kind) - ['cap', 'rate', 'floor'].indexOf(curve.kinks[b]!.kind),
  );
  for (const i of kinkOrder) {
    const k = curve.kinks[i]!;
    const at = { x: x(k.cost), y: y(k.subsidy) };
    markers.push({ x: at.x - 6, y: at.y - 6, w: 12, h: 12 });
    labelList.push({ ...kinkText(k), at, size: FS.label, offsets: around(8, at.x) });
    kinds.push('kink');
  }
  // Rate labels at the middle of each sloped stretch, above-left of the line first.
  const rateLabels: { text: string; at: { x: number; y: number } }[] = [];
  if (curve.eligible) {
    const bounds: CurvePoint[] = [{ cost: 0, subsidy: 0 }, ...curve.kinks.filter((k) => k.kind !== 'floor')];
    const rates = curve.segments.map((s) => s.rate);
    bounds.slice(0, -1).forEach((a, i) => {
      const b = bounds[i + 1]!;
      if (rates[i]) rateLabels.push({ text: rates[i]!, at: { x: x((a.cost + b.cost) / 2), y: y((a.subsidy + b.subsidy) / 2) } });
    });
    if (bounds.length === 1 && rates[0]) {
      const p = curve.points[Math.floor(curve.points.length / 2)]!;
      rateLabels.push({ text: rates[0], at: { x: x(p.cost), y: y(p.subsidy) } });
    }
  }
  for (const r of rateLabels) {
    labelList.push({ parts: [r.text], joiner: '', at: r.at, size: FS.tick, bold: true, offsets: [{ dx: -8, dy: -8 }, { dx: 8, dy: 16 }, ...AROUND(8)] });
    kinds.push('rate');
  }
  const area: Box = { x: M.left + 3, y: M.top + 1, w: W - M.left - 5, h: PH - 3 };
  const soft = (b: Box) => px.some((p, i) => i > 0 && segmentHits(px[i - 1]!, p, b));
  const placed = placeLabels(labelList, area, markers, soft);

  const rateTexts = placed
    .map((p, i) => (kinds[i] === 'rate' && p ? labelEl(p, FS.tick, ' class="rate" fill="#0b5fff" font-weight="700"') : ''))
    .filter(Boolean);
  out.push(...rateTexts);

  // Kinks, in the curve's order.
  curve.kinks.forEach((k, i) => {
    const p = placed[(curve.mark ? 1 : 0) + kinkOrder.indexOf(i)];
    out.push(
      `<g class="kink" data-kind="${k.kind}" data-cost="${k.cost}" data-subsidy="${k.subsidy}" data-exact-cost="${escapeXml(k.exactCost)}">` +
        `<circle cx="${f(x(k.cost))}" cy="${f(y(k.subsidy))}" r="4" fill="#fff" stroke="#0b5fff" stroke-width="2"/>` +
        (p ? labelEl(p, FS.label, '') : '') +
        '</g>',
    );
  });

  if (curve.mark) {
    const { cost, subsidy } = curve.mark;
    const cx = x(cost);
    const cy = y(subsidy);
    const p = placed[0];
    out.push(
      `<g class="mark" data-cost="${cost}" data-subsidy="${subsidy}">` +
        `<path d="M${f(cx)} ${M.top + PH}V${f(cy)}H${M.left}" fill="none" stroke="#cf222e" stroke-dasharray="4 3"/>` +
        `<circle cx="${f(cx)}" cy="${f(cy)}" r="6" fill="#cf222e"/>` +
        (p ? labelEl(p, FS.tick, ' fill="#cf222e" font-weight="700"') : '') +
        '</g>',
    );
  }

  if (!curve.eligible) {
    const raw = curve.warnings.length
      ? curve.warnings.map((w) => w.message[lang])
      : [ja ? 'この条件では補助はありません' : 'No subsidy under these conditions'];
    const lines = raw.flatMap((l) => wrap(l, PW - 16, FS.tick));
    out.push(`<g class="note" fill="#9a6700">${fixedText(lines, M.left + PW / 2, M.top + PH / 2 - 20, 'middle', FS.tick, '')}</g>`);
  }
  out.push('</svg>');
  return out.join('\n');
}
