/**
 * Where the text of a chart goes so that no two labels overlap: each label's box is estimated from
 * its characters (CJK and other wide characters 1 em, the rest about 0.65 em, the font's full
 * ascent and descent as a browser's getBBox reports them), then labels are placed greedily in
 * priority order at the first candidate position whose box stays inside the allowed area and meets
 * no box placed before it, trying fewer lines first. A label with no free place is left out (the
 * SVG's <desc> still says everything). The estimates are deliberately generous; the browser test
 * measures the real boxes (getBBox) over a grid of marks around every kink.
 */

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Font metrics as a browser measures text: Noto Sans CJK's ascent/descent, the larger of the usual fallbacks. */
const ASCENT = 1.17;
const DESCENT = 0.31;
export const LINE = 1.25;
const PAD = 1.5;

const wide = (code: number) => code >= 0x2000 || (code >= 0x1100 && code <= 0x11ff);

/** Estimated advance width of a text in px. */
export const textWidth = (text: string, size: number, bold = false): number => {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    em += wide(code) ? 1 : ch === ' ' ? 0.34 : bold ? 0.7 : 0.65;
  }
  return em * size;
};

export const intersects = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, area: Box) => a.x >= area.x && a.y >= area.y && a.x + a.w <= area.x + area.w && a.y + a.h <= area.y + area.h;

export type Anchor = 'start' | 'middle' | 'end';

/** A text's box: `x` the anchor point, `y` the first baseline, one line per entry. */
export const textBox = (lines: string[], x: number, y: number, anchor: Anchor, size: number, bold = false): Box => {
  const w = Math.max(...lines.map((l) => textWidth(l, size, bold)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x: left - PAD, y: y - ASCENT * size - PAD, w: w + 2 * PAD, h: (ASCENT + DESCENT + (lines.length - 1) * LINE) * size + 2 * PAD };
};

/** Splits a text into lines no wider than `max` px: at spaces or after punctuation when it can, anywhere between wide characters. */
export const wrap = (text: string, max: number, size: number, bold = false): string[] => {
  if (textWidth(text, size, bold) <= max) return [text];
  const lines: string[] = [];
  let line = '';
  // Break opportunities: after a space, after a wide character, before a wide character.
  const tokens = text.match(/[^\s\u2000-\uffff]+\s*|[\u2000-\uffff]\s*/g) ?? [text];
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), size, bold) > max) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
};

export interface Label {
  /** The label as parts: one line is the parts joined by `joiner`; the fallbacks put parts on lines of their own. */
  parts: string[];
  joiner: string;
  /** The point the label describes. */
  at: { x: number; y: number };
  size: number;
  bold?: boolean;
  /** Candidate offsets from the point, best first: dx > 0 starts right of it, dx < 0 ends left of it, dx = 0 centres it. */
  offsets: { dx: number; dy: number }[];
}

export interface Placed {
  lines: string[];
  x: number;
  y: number;
  anchor: Anchor;
  box: Box;
}

/** Offsets around a point: above and below, right and left, stepping away. */
export const AROUND = (gap: number): { dx: number; dy: number }[] => {
  const out: { dx: number; dy: number }[] = [];
  for (const d of [0, 14, 28, 44, 62, 84]) {
    out.push({ dx: gap, dy: -gap - d }, { dx: -gap, dy: -gap - d }, { dx: gap, dy: gap + 12 + d }, { dx: -gap, dy: gap + 12 + d });
  }
  out.push({ dx: 0, dy: -gap - 8 }, { dx: 0, dy: gap + 20 });
  return out;
};

/** The line layouts of a label, fewest lines first. */
const layouts = (l: Label): string[][] => {
  const one = [l.parts.join(l.joiner)];
  if (l.parts.length < 2) return [one];
  const two = [l.parts[0]!, l.parts.slice(1).join(l.joiner)];
  const all = l.parts.length > 2 ? [[l.parts.slice(0, -1).join(l.joiner), l.parts.at(-1)!], l.parts] : [];
  return [one, two, ...all];
};

/**
 * Places labels in order (the first is the most important) inside `area`, avoiding `obstacles`
 * and each other; `soft` boxes (e.g. the curve's own stretches) are avoided when a place without
 * them exists. Returns one entry per label: where it goes, or null when it did not fit.
 */
export const placeLabels = (labels: Label[], area: Box, obstacles: Box[], soft: (b: Box) => boolean = () => false): (Placed | null)[] => {
  const taken = [...obstacles];
  return labels.map((l) => {
    let fallback: Placed | null = null;
    for (const lines of layouts(l)) {
      for (const { dx, dy } of l.offsets) {
        const anchor: Anchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
        const x = l.at.x + dx;
        // dy < 0: the label's last line sits above the point; dy > 0: its first line below.
        const y = dy < 0 ? l.at.y + dy - (lines.length - 1) * LINE * l.size : l.at.y + dy;
        const box = textBox(lines, x, y, anchor, l.size, l.bold);
        if (!inside(box, area) || taken.some((t) => intersects(t, box))) continue;
        const p = { lines, x, y, anchor, box };
        if (!soft(box)) {
          taken.push(box);
          return p;
        }
        fallback ??= p;
      }
      if (fallback) break;
    }
    if (fallback) taken.push(fallback.box);
    return fallback;
  });
};

/** Whether the segment from a to b crosses the box (Liang–Barsky clipping). */
export const segmentHits = (a: { x: number; y: number }, b: { x: number; y: number }, r: Box): boolean => {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const checks: [number, number][] = [
    [-dx, a.x - r.x],
    [dx, r.x + r.w - a.x],
    [-dy, a.y - r.y],
    [dy, r.y + r.h - a.y],
  ];
  for (const [p, q] of checks) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
};
