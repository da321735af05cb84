/**
 * Reads an amount of yen as people type it, or says why not — never a silent guess.
 *
 * Accepted: plain digits (`1200000`), thousands separated by commas or spaces (`1,200,000`,
 * `1 200 000`), 円 after or ¥ before (`1,200,000円`, `¥1,200,000`), the units 千 / 万 / 百万 /
 * 千万 / 億 (`120万円`, `1200千円`, `1.2百万`), terms of falling units (`120万5000円`, `1億2000万`),
 * full-width digits and signs (`１２０万`, `￥１，２００，０００`) and spaces anywhere around them.
 * Refused, each with its own code: a minus sign or ▲/△ (`negative`), a fraction of a yen
 * (`1.5`, `1.23456万` → `decimal`), more than `max` (`too_large`), anything else (`invalid`: text,
 * `12,00`, `1.200.000`, `1万20000`, `1e6`).
 *
 * The widget (src/widget/widget.source.ts) ships this very function: its source text is put into
 * widget.js with `Function.prototype.toString`, so it must stay self-contained (no imports, no
 * outer names) and plain JavaScript a browser runs (no template literals).
 */
export type AmountRefusal = 'negative' | 'decimal' | 'too_large' | 'invalid';
/** `yen: null` — nothing typed (an empty field is not an error). */
export type AmountResult = { ok: true; yen: number | null } | { ok: false; code: AmountRefusal };

export function parseAmount(text: string, max: number): AmountResult {
  var UNITS: Record<string, number> = { 千: 3, 万: 4, 百万: 6, 千万: 7, 億: 8 };
  // Full-width ASCII (digits, comma, period, signs) to half-width; ￥ to ¥; dashes and ー to '-'.
  var s = String(text)
    .replace(/[\uff01-\uff5e]/g, function (c) {
      return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
    })
    .replace(/\uffe5/g, '\u00a5')
    .replace(/[\u2010-\u2015\u2212\u30fc\uff70]/g, '-')
    .trim();
  if (s === '') return { ok: true, yen: null };
  if (/^(\u00a5\s*)?[-\u25b2\u25b3]/.test(s)) return { ok: false, code: 'negative' };
  s = s.replace(/^\u00a5/, '').replace(/円$/, '');
  // A space between two digits separates thousands like a comma; any other space goes.
  s = s.replace(/(\d)\s+(?=\d)/g, '$1,').replace(/\s+/g, '');
  var term = /^(\d[\d,]*)(?:\.(\d+))?(千万|百万|億|万|千)?/;
  var total = 0;
  var previous = Infinity;
  var terms = 0;
  var fraction = false;
  var refusal: 'decimal' | 'too_large' | null = null;
  while (s !== '') {
    var m = term.exec(s);
    if (!m) return { ok: false, code: 'invalid' };
    s = s.slice(m[0].length);
    terms++;
    var whole = m[1]!;
    if (!/^\d+$/.test(whole) && !/^\d{1,3}(,\d{3})+$/.test(whole)) return { ok: false, code: 'invalid' };
    var power = m[3] ? UNITS[m[3]]! : 0;
    var frac = (m[2] || '').replace(/0+$/, '');
    if (m[2] !== undefined) fraction = true;
    // A unit only after a larger one (120万5000, not 1万20000); nothing after a bare number.
    if (power >= previous) return { ok: false, code: 'invalid' };
    if (frac.length > power) refusal = refusal || 'decimal';
    var digits = (whole.replace(/,/g, '') + frac + '0'.repeat(Math.max(0, power - frac.length))).replace(/^0+(?=\d)/, '');
    if (digits.length > 16) refusal = refusal || 'too_large';
    var value = Number(digits);
    if (previous !== Infinity && value >= Math.pow(10, previous)) return { ok: false, code: 'invalid' };
    total += value;
    previous = power;
  }
  // 1.5万2000 mixes a fraction with more terms: refused as unclear.
  if (fraction && terms > 1) return { ok: false, code: 'invalid' };
  // Only a well-formed amount is refused for what it says (a fraction of a yen, too large).
  if (refusal) return { ok: false, code: refusal };
  if (total > max) return { ok: false, code: 'too_large' };
  return { ok: true, yen: total };
}
