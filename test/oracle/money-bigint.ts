/**
 * TEST ORACLE ONLY (not bundled): the former exact money arithmetic over BigInt rationals, kept
 * verbatim so test/money.test.ts can check src/engine/money.ts (safe-Number arithmetic) against it
 * on random inputs. The only rounding is floorYen (1円未満切り捨て).
 */
export interface Ratio {
  readonly n: bigint;
  /** Always positive. */
  readonly d: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) {
    const t = a % b;
    a = b;
    b = t;
  }
  return a || 1n;
};

export const ratio = (n: bigint | number, d: bigint | number = 1n): Ratio => {
  let nn = BigInt(n);
  let dd = BigInt(d);
  if (dd === 0n) throw new RangeError('division by zero');
  if (dd < 0n) [nn, dd] = [-nn, -dd];
  const g = gcd(nn, dd);
  return { n: nn / g, d: dd / g };
};

export const ZERO = ratio(0);

const parsed = new Map<string, Ratio>();

/** Parses "3/4" (the rule files' rate format); the few distinct rates are parsed once per isolate. */
export const parseFraction = (text: string): Ratio => {
  const hit = parsed.get(text);
  if (hit) return hit;
  const r = parseFractionUncached(text);
  if (parsed.size < 256) parsed.set(text, r);
  return r;
};

const parseFractionUncached = (text: string): Ratio => {
  const m = /^([1-9]\d*)\/([1-9]\d*)$/.exec(text);
  if (!m) throw new RangeError(`not a fraction: ${text}`);
  return ratio(BigInt(m[1]!), BigInt(m[2]!));
};

export const formatFraction = (r: Ratio): string => `${r.n}/${r.d}`;

export const add = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.n, a.d * b.d);
export const div = (a: Ratio, b: Ratio): Ratio => ratio(a.n * b.d, a.d * b.n);
export const cmp = (a: Ratio, b: Ratio): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
export const min = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) <= 0 ? a : b);
export const max = (a: Ratio, b: Ratio): Ratio => (cmp(a, b) >= 0 ? a : b);
export const yen = (amount: number): Ratio => ratio(BigInt(amount));

/** 1円未満切り捨て: the largest integer yen not above the exact amount (amounts are ≥ 0). */
export const floorYen = (r: Ratio): number => {
  const q = r.n / r.d; // BigInt division truncates toward zero; amounts here are never negative
  return Number(r.n < 0n && r.n % r.d !== 0n ? q - 1n : q);
};

/** Largest of a list of fractions. */
export const maxOf = (list: readonly Ratio[]): Ratio => list.reduce((a, b) => max(a, b), ZERO);
