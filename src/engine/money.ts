/**
 * Exact money arithmetic in safe Numbers: no BigInt, and no float rounding on the money path.
 * Yen amounts are integers; rates are fractions; every intermediate value is an exact rational.
 *
 * ROUNDING, stated once: {@link floorYen} is the only rounding — 1円未満切り捨て, applied once per
 * line (IT導入補助金2025 公募要領 2-3 「補助額の１円未満は切り捨てとする。」; recorded as `rounding`
 * in every rule file). Every other operation here is exact or throws; none rounds.
 *
 * REPRESENTATION. A value is `w + f/d` with `w` an integer (the floor of the value), `0 ≤ f < d`,
 * gcd(f, d) = 1, and `d = 1` when `f = 0`. Keeping the integer part apart is what lets yen amounts of
 * up to 2^52 meet denominators of up to ~10^8 (an account share of 10^7 accounts × a rate's 6)
 * without a numerator of 10^20.
 *
 * BOUNDS, and why every operation is exact (MAX = 2^53 − 1, the largest safe integer):
 * - (B1) |w| ≤ W_MAX = 2^52 for every value (checked: {@link RangeError} above it, never rounded).
 * - (B2) 1 ≤ d ≤ D_MAX = 94,906,265 = ⌊√MAX⌋ for every value (checked likewise), so for any two
 *   denominators d1·d2 ≤ D_MAX² = 9,007,199,136,250,225 ≤ MAX.
 * - add/sub: the common denominator l = lcm(d1, d2) ≤ d1·d2 ≤ MAX is checked against 2^52, so
 *   f1·(l/d1) < l, f2·(l/d2) < l and their sum < 2l ≤ 2^53 are exact; the integer parts'
 *   |w1 + w2 + 1| ≤ 2^53 + 1 is exact in a double, so checking it against W_MAX is exact too.
 * - cmp: f1·d2 < d1·d2 ≤ MAX and f2·d1 < d1·d2 ≤ MAX: exact products.
 * - mul: (w1 + f1/d1)(w2 + f2/d2) = w1·w2 + w1·f2/d2 + w2·f1/d1 + f1·f2/(d1·d2). w1·w2 is checked
 *   against W_MAX. For w·f/d: w = q·d + r (0 ≤ r < d, exact floor division, see divmod), so
 *   w·f/d = q·f + r·f/d with |q·f| ≤ |w|·f/d < |w| ≤ W_MAX and r·f < d² ≤ MAX. f1·f2 < d1·d2 ≤ MAX.
 *   The partial sums' denominators divide d1·d2 ≤ MAX (only the product's reduced one must meet B2).
 * - div: a / b = a · (d_b / (w_b·d_b + f_b)); |w_b·d_b + f_b| is checked against MAX, and the
 *   reciprocal's denominator against D_MAX (B2).
 * - divmod(n, d) for 1 ≤ d ≤ D_MAX and |n| + d ≤ MAX (callers: |n| ≤ W_MAX, or n = r·f ≤ (d − 1)²): q0 = ⌊fl(n/d)⌋ is off by at most one (the
 *   relative error of fl is ≤ 2^−53, so the absolute error is ≤ |n/d|·2^−53 < 1), |q0·d| ≤ |n| + d
 *   ≤ MAX is exact, and one correction step gives the true quotient and remainder.
 *
 * WHAT THE INPUTS GIVE (so the checks never fire on a valid request): amounts are integer yen
 * ≤ 10^10 per field (estimate schema MAX_YEN), cloud fees ≤ 10^10 × 120 months, at most
 * MAX_GROUP_MEMBERS (200) members with a handful of fields each: every sum stays below 10^15 < W_MAX.
 * Rate and multiplier fractions in rules/ have denominators ≤ 10 (test/money.test.ts checks the
 * rule files), and the only other denominator is an account share's total ≤ 10^7 (schema): a
 * line's denominators divide lcm(its rates' denominators and numerators) × total ≤ 6 × 10^7 < D_MAX.
 * test/money.test.ts checks random operations and these extremes against the former BigInt
 * implementation, kept as the test oracle in test/oracle/.
 */
export interface Ratio {
  /** The integer part: ⌊value⌋ (may be negative). */
  readonly w: number;
  /** The fraction's numerator: 0 ≤ f < d. */
  readonly f: number;
  /** The fraction's denominator: 1 ≤ d ≤ D_MAX, 1 when f = 0. */
  readonly d: number;
}

const MAX = Number.MAX_SAFE_INTEGER;
/** (B1) The largest integer part. */
export const W_MAX = 2 ** 52;
/** (B2) The largest denominator: ⌊√(2^53 − 1)⌋. */
export const D_MAX = 94_906_265;

const outOfRange = (what: string): never => {
  throw new RangeError(`exact money arithmetic out of range (${what})`);
};
const checkW = (w: number): number => (w <= W_MAX && w >= -W_MAX ? w : outOfRange(`integer part ${w}`));

const gcd = (a: number, b: number): number => {
  while (b) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a;
};

/** Exact floor division of an integer n by 1 ≤ d ≤ D_MAX, where |n| + d ≤ MAX (see the header). */
const divmod = (n: number, d: number): [q: number, r: number] => {
  let q = Math.floor(n / d);
  let r = n - q * d;
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  return [q, r];
};

/** w + f/d with 0 ≤ f < d, reduced; checks (B1), and (B2) unless `raw` (an intermediate of mul). */
const make = (w: number, f: number, d: number, raw = false): Ratio => {
  checkW(w);
  if (f === 0) return { w, f: 0, d: 1 };
  const g = gcd(f, d);
  if (g !== 1) {
    f /= g;
    d /= g;
  }
  if (d > D_MAX && !raw) outOfRange(`denominator ${d}`);
  return { w, f, d };
};

const toSafe = (x: bigint | number, what: string): number => {
  const n = Number(x);
  return Number.isSafeInteger(n) && (typeof x === 'number' || String(n) === String(x)) ? n : outOfRange(`${what} ${x}`);
};

/** n/d for integers n and d ≠ 0 (numbers, or bigints that are safe integers). */
export const ratio = (n: bigint | number, d: bigint | number = 1): Ratio => {
  let nn = toSafe(n, 'numerator');
  let dd = toSafe(d, 'denominator');
  if (dd === 0) throw new RangeError('division by zero');
  if (dd < 0) {
    nn = -nn;
    dd = -dd;
  }
  if (dd === 1) return { w: checkW(nn), f: 0, d: 1 };
  const g = gcd(Math.abs(nn), dd);
  if (g !== 1) {
    nn /= g;
    dd /= g;
  }
  if (dd > D_MAX) outOfRange(`denominator ${dd}`);
  checkW(nn);
  const [q, r] = divmod(nn, dd);
  return make(q, r, dd);
};

export const ZERO: Ratio = { w: 0, f: 0, d: 1 };

const parsed = new Map<string, Ratio>();

/** Parses "3/4" (the rule files' rate format); the few distinct rates are parsed once per isolate. */
export const parseFraction = (text: string): Ratio => {
  const hit = parsed.get(text);
  if (hit) return hit;
  const m = /^([1-9]\d{0,14})\/([1-9]\d{0,14})$/.exec(text);
  if (!m) throw new RangeError(`not a fraction: ${text}`);
  const r = ratio(Number(m[1]), Number(m[2]));
  if (parsed.size < 256) parsed.set(text, r);
  return r;
};

/** Decimal digits of the non-negative integer a·b + c (a, b, c safe), without BigInt: for display only. */
const productDigits = (a: number, b: number, c: number): string => {
  const p = a * b + c;
  if (p <= MAX) return String(p);
  // Schoolbook multiplication in base 10^7 limbs (limb products < 10^14, sums < 2^53).
  const limbs = (x: number) => {
    const out: number[] = [];
    do {
      out.push(x % 1e7);
      x = Math.floor(x / 1e7);
    } while (x > 0);
    return out;
  };
  const la = limbs(a);
  const lb = limbs(b);
  const acc = new Array<number>(la.length + lb.length + 1).fill(0);
  acc[0] = c;
  for (let i = 0; i < la.length; i++) for (let j = 0; j < lb.length; j++) acc[i + j] = acc[i + j]! + la[i]! * lb[j]!;
  for (let i = 0; i < acc.length - 1; i++) {
    const carry = Math.floor(acc[i]! / 1e7);
    acc[i] = acc[i]! % 1e7;
    acc[i + 1] = acc[i + 1]! + carry;
  }
  while (acc.length > 1 && acc[acc.length - 1] === 0) acc.pop();
  return acc
    .reverse()
    .map((x, i) => (i === 0 ? String(x) : String(x).padStart(7, '0')))
    .join('');
};

/** "n/d" (or "n" for an integer), exact. */
export const formatFraction = (r: Ratio): string => {
  if (r.f === 0) return String(r.w);
  if (r.w >= 0) return `${productDigits(r.w, r.d, r.f)}/${r.d}`;
  // w + f/d < 0: −(|w|·d − f)/d = −((|w| − 1)·d + (d − f))/d
  return `-${productDigits(-r.w - 1, r.d, r.d - r.f)}/${r.d}`;
};

/** a + b; `raw`: an intermediate whose denominator may exceed D_MAX (only l ≤ 2^52 is needed here). */
const sum = (a: Ratio, b: Ratio, raw: boolean): Ratio => {
  if (a.d === b.d) {
    if (a.d === 1) return { w: checkW(a.w + b.w), f: 0, d: 1 };
    const f = a.f + b.f;
    return f >= a.d ? make(a.w + b.w + 1, f - a.d, a.d, raw) : make(a.w + b.w, f, a.d, raw);
  }
  const g = gcd(a.d, b.d);
  const l = (a.d / g) * b.d;
  if (l > W_MAX) outOfRange(`denominator ${l}`);
  const f = a.f * (l / a.d) + b.f * (l / b.d);
  return f >= l ? make(a.w + b.w + 1, f - l, l, raw) : make(a.w + b.w, f, l, raw);
};

export const add = (a: Ratio, b: Ratio): Ratio => sum(a, b, false);

export const sub = (a: Ratio, b: Ratio): Ratio => {
  if (b.f === 0) return a.f === 0 ? { w: checkW(a.w - b.w), f: 0, d: 1 } : make(a.w - b.w, a.f, a.d);
  // −b = (−w − 1) + (d − f)/d
  return sum(a, { w: -b.w - 1, f: b.d - b.f, d: b.d }, false);
};

/** w·(f/d) exactly, for an integer w and 0 ≤ f < d ≤ D_MAX (see the header: r·f < d²). */
const scale = (w: number, f: number, d: number): Ratio => {
  if (f === 0 || w === 0) return ZERO;
  const [q, r] = divmod(w, d);
  const [q2, r2] = divmod(r * f, d);
  return make(checkW(q * f) + q2, r2, d);
};

export const mul = (a: Ratio, b: Ratio): Ratio => {
  const whole = a.w * b.w;
  if (whole > W_MAX || whole < -W_MAX) outOfRange(`product ${a.w}·${b.w}`);
  if (a.f === 0 && b.f === 0) return { w: whole, f: 0, d: 1 };
  if (a.f === 0) return whole === 0 ? scale(a.w, b.f, b.d) : sum(scale(a.w, b.f, b.d), { w: whole, f: 0, d: 1 }, false);
  if (b.f === 0) return whole === 0 ? scale(b.w, a.f, a.d) : sum(scale(b.w, a.f, a.d), { w: whole, f: 0, d: 1 }, false);
  // Intermediates may have a denominator above D_MAX (it divides d1·d2 ≤ MAX); the exact
  // product's reduced denominator must meet (B2), which the last sum checks.
  const g1 = gcd(a.f, b.d);
  const g2 = gcd(b.f, a.d);
  const cross: Ratio = { w: 0, f: (a.f / g1) * (b.f / g2), d: (a.d / g2) * (b.d / g1) }; // f < d ≤ d1·d2 ≤ MAX
  const out = sum(sum(scale(a.w, b.f, b.d), scale(b.w, a.f, a.d), true), cross, true);
  return sum(out, { w: whole, f: 0, d: 1 }, false);
};

/** The exact inverse 1/b. */
const inverse = (b: Ratio): Ratio => {
  const n = b.w * b.d + b.f; // b = n/d
  if (n > MAX || n < -MAX) outOfRange(`numerator of ${b.w}+${b.f}/${b.d}`);
  if (n === 0) throw new RangeError('division by zero');
  return ratio(b.d, n);
};

export const div = (a: Ratio, b: Ratio): Ratio => (b.f === 0 && b.w === 1 ? a : mul(a, inverse(b)));

export const cmp = (a: Ratio, b: Ratio): number => {
  if (a.w !== b.w) return a.w < b.w ? -1 : 1;
  const x = a.d === b.d ? a.f - b.f : a.f * b.d - b.f * a.d;
  return x < 0 ? -1 : x > 0 ? 1 : 0;
};
export const min = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) >= 0 ? a : b);

/** An integer yen amount (a safe integer; anything else is a programming error). */
export const yen = (amount: number): Ratio => {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`not an integer amount: ${amount}`);
  return { w: checkW(amount), f: 0, d: 1 };
};

/** 1円未満切り捨て — the one rounding rule: the largest integer yen not above the exact amount. */
export const floorYen = (r: Ratio): number => r.w;

/** The smallest integer not below the exact value (a cost that reaches an amount; not a subsidy rounding). */
export const ceilYen = (r: Ratio): number => (r.f === 0 ? r.w : r.w + 1);

/** Largest of a list of fractions. */
export const maxOf = (list: readonly Ratio[]): Ratio => list.reduce((a, b) => max(a, b), ZERO);

/**
 * Compares a decimal numeral (as `String(x)` writes a non-negative number: `66.67`, `1e-7`) with
 * a ratio, exactly, digit by digit (the numeral may carry more digits than a safe integer).
 */
export const cmpDecimal = (text: string, r: Ratio): number => {
  const plain = expandExponent(text);
  const m = /^(\d+)(?:\.(\d+))?$/.exec(plain);
  if (!m) throw new RangeError(`not a decimal numeral: ${text}`);
  const intPart = m[1]!.replace(/^0+(?=\d)/, '');
  const w = String(r.w);
  if (r.w < 0) return 1;
  if (intPart.length !== w.length) return intPart.length < w.length ? -1 : 1;
  if (intPart !== w) return intPart < w ? -1 : 1;
  const digits = m[2] ?? '';
  let rest = r.f; // the fraction's digits by long division: rest·10 < 10·D_MAX
  for (let i = 0; i < digits.length; i++) {
    if (rest === 0) return /[1-9]/.test(digits.slice(i)) ? 1 : 0;
    const digit = Math.floor((rest * 10) / r.d);
    rest = rest * 10 - digit * r.d;
    const mine = digits.charCodeAt(i) - 48;
    if (mine !== digit) return mine < digit ? -1 : 1;
  }
  return rest === 0 ? 0 : -1;
};

/** `1.5e-7` → `0.00000015`, `2e+21` → `2000000000000000000000` (plain numerals pass through). */
const expandExponent = (text: string): string => {
  const m = /^(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(text);
  if (!m) return text;
  const digits = m[1]! + (m[2] ?? '');
  const point = m[1]!.length + Number(m[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
};
