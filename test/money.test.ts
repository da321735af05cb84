/**
 * src/engine/money.ts (exact arithmetic in safe Numbers) against the former BigInt rational
 * implementation (test/oracle/money-bigint.ts, the oracle) on random inputs within the documented
 * bounds (money.ts header): every operation gives the same exact value, and every chain the
 * engine forms (sums of amounts, account shares, rate segments, caps, 1円未満切り捨て) the same yen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as m from '../src/engine/money.ts';
import * as o from './oracle/money-bigint.ts';
import { registry } from '../src/rules/index.ts';

const RUNS = 2000;
/** The value of a money.ts ratio as the oracle's reduced n/d. */
const asOracle = (r: m.Ratio): o.Ratio => o.ratio(BigInt(r.w) * BigInt(r.d) + BigInt(r.f), BigInt(r.d));
const same = (r: m.Ratio, x: o.Ratio) => {
  const y = asOracle(r);
  expect(`${y.n}/${y.d}`).toBe(`${x.n}/${x.d}`);
  // The invariants of the representation: 0 ≤ f < d ≤ D_MAX, reduced.
  expect(r.f >= 0 && r.f < r.d && r.d <= m.D_MAX && (r.f !== 0 || r.d === 1)).toBe(true);
};

// The fractions the rule files hold, and the denominators the engine meets: rates, their
// reciprocals (div by a rate), account shares up to 10^7 accounts (the schema's maximum).
const RULE_RATES = ['1/10', '1/2', '2/3', '3/4', '4/5'];
const amount = fc.oneof(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom(0, 1, 49_999, 50_000, 666_667, 9_999_999_999, 10_000_000_000));
const rate = fc.constantFrom(...RULE_RATES);
const share = fc.integer({ min: 1, max: 10_000_000 }).chain((total) => fc.record({ total: fc.constant(total), sme: fc.integer({ min: 0, max: total }) }));
/** A value as the engine forms it: an amount, optionally × an account share, × a rate or ÷ a rate. */
const value = fc.record({ a: amount, s: fc.option(share), r: fc.option(rate), inverse: fc.boolean() }).map(({ a, s, r, inverse }) => {
  let x = m.yen(a);
  let y = o.yen(a);
  if (s) {
    x = m.mul(x, m.ratio(s.sme, s.total));
    y = o.mul(y, o.ratio(s.sme, s.total));
  }
  // A rate meets an account share only where its denominator × the total stays within D_MAX (a
  // line's rates: see the last test); 1/10 is a group multiplier, never on a shared line.
  if (r && (!s || s.total * Number(r.split('/')[1]) <= m.D_MAX)) {
    x = inverse ? m.div(x, m.parseFraction(r)) : m.mul(x, m.parseFraction(r));
    y = inverse ? o.div(y, o.parseFraction(r)) : o.mul(y, o.parseFraction(r));
  }
  return { x, y };
});

describe('money.ts = the BigInt oracle, exactly', () => {
  it('ratio(n, d) for random integers', () =>
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), fc.integer({ min: 1, max: 90_000_000 }), fc.boolean(), (n, d, neg) => {
        const dd = neg ? -d : d;
        // Denominators that do not reduce below D_MAX are refused (RangeError), never rounded.
        const oracle = o.ratio(BigInt(n), BigInt(dd));
        if (oracle.d > BigInt(m.D_MAX)) expect(() => m.ratio(n, dd)).toThrow(RangeError);
        else same(m.ratio(n, dd), oracle);
      }),
      { numRuns: RUNS },
    ));

  for (const [name, f, g] of [
    ['add', m.add, o.add],
    ['sub', m.sub, o.sub],
    ['mul', m.mul, o.mul],
  ] as const) {
    it(`${name} of two engine values`, () =>
      fc.assert(
        fc.property(value, value, (a, b) => {
          // Two account shares of different totals never meet in one line (there is one accounts
          // object per request); keep to pairs whose exact denominator fits the bound.
          const want = g(a.y, b.y);
          // An integer part beyond W_MAX (amount × amount: no engine product) is refused too.
          const whole = want.n / want.d;
          if (want.d > BigInt(m.D_MAX) || whole > BigInt(m.W_MAX) || whole < -BigInt(m.W_MAX)) expect(() => f(a.x, b.x)).toThrow(RangeError);
          else same(f(a.x, b.x), want);
        }),
        { numRuns: RUNS },
      ));
  }

  it('div by a rate, cmp, min, max and floorYen', () =>
    fc.assert(
      fc.property(value, value, rate, (a, b, r) => {
        const q = o.div(a.y, o.parseFraction(r));
        if (q.d > BigInt(m.D_MAX)) expect(() => m.div(a.x, m.parseFraction(r))).toThrow(RangeError);
        else same(m.div(a.x, m.parseFraction(r)), q);
        expect(m.cmp(a.x, b.x)).toBe(o.cmp(a.y, b.y));
        same(m.min(a.x, b.x), o.min(a.y, b.y));
        same(m.max(a.x, b.x), o.max(a.y, b.y));
        expect(m.floorYen(a.x)).toBe(o.floorYen(a.y));
        expect(m.ceilYen(a.x)).toBe(Number((a.y.n + a.y.d - 1n) / a.y.d));
        const oy = o.ratio(a.y.n, a.y.d);
        expect(m.formatFraction(a.x)).toBe(oy.d === 1n ? String(oy.n) : `${oy.n}/${oy.d}`);
      }),
      { numRuns: RUNS },
    ));

  it('an electronic-transaction line at the extremes: 10^10 yen per field, 9,999,991 accounts (prime), rates 2/3 and 1/2 with a cap', () => {
    const total = 9_999_991;
    for (const sme of [1, 2, 3_333_331, 6_666_661, 9_999_990]) {
      for (const costs of [
        [10_000_000_000, 10_000_000_000, 240_000_000_000],
        [1, 0, 3],
        [123_456_789, 987_654_321, 555_555_555],
      ]) {
        let x = m.ZERO;
        let y = o.ZERO;
        for (const c of costs) {
          x = m.add(x, m.yen(c));
          y = o.add(y, o.yen(c));
        }
        x = m.mul(x, m.ratio(sme, total));
        y = o.mul(y, o.ratio(sme, total));
        // Two segments: up to 3,500,000 yen of subsidy at 2/3, the rest at 1/2, capped at 4,500,000 (as engine/estimate.ts forms them).
        const segs: [string, number | null][] = [
          ['2/3', 3_500_000],
          ['1/2', null],
        ];
        let [ax, ay, rx, ry] = [m.ZERO, o.ZERO, x, y];
        for (const [r, upTo] of segs) {
          const [fx, fy] = [m.parseFraction(r), o.parseFraction(r)];
          let [px, py] = [rx, ry];
          if (upTo !== null) {
            px = m.min(rx, m.div(m.sub(m.yen(upTo), ax), fx));
            py = o.min(ry, o.div(o.sub(o.yen(upTo), ay), fy));
          }
          ax = m.add(ax, m.mul(px, fx));
          ay = o.add(ay, o.mul(py, fy));
          rx = m.sub(rx, px);
          ry = o.sub(ry, py);
        }
        same(ax, ay);
        expect(m.floorYen(m.min(ax, m.yen(4_500_000)))).toBe(o.floorYen(o.min(ay, o.yen(4_500_000))));
        expect(m.floorYen(x)).toBe(o.floorYen(y));
      }
    }
  });

  it('cmpDecimal: a percentage as typed against a rule fraction × 100, as the BigInt decimal reading did', () =>
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: 0, max: 100, noNaN: true }),
          fc.integer({ min: 0, max: 100 }),
          fc.constantFrom(50, 66.66666666666667, 66.66666666666666, 49.99999999999999, 1e-7, 5e-324),
        ),
        rate,
        (pct, r) => {
          const text = String(pct);
          // The oracle: the numeral's exact decimal value (the former decimalRatio, extended to exponents).
          const [mant, exp] = text.split('e');
          const [i, fr = ''] = mant!.split('.');
          let n = BigInt(i! + fr);
          let d = 10n ** BigInt(fr.length);
          const e = Number(exp ?? 0);
          if (e > 0) n *= 10n ** BigInt(e);
          else d *= 10n ** BigInt(-e);
          const want = o.cmp(o.ratio(n, d), o.mul(o.ratio(100n), o.parseFraction(r)));
          expect(m.cmpDecimal(text, m.mul(m.ratio(100), m.parseFraction(r)))).toBe(want);
        },
      ),
      { numRuns: RUNS },
    ));

  it('refuses, never rounds, outside the bounds', () => {
    expect(() => m.yen(2 ** 53)).toThrow(RangeError);
    expect(() => m.yen(0.5)).toThrow(RangeError);
    expect(() => m.mul(m.yen(2 ** 30), m.yen(2 ** 30))).toThrow(RangeError);
    expect(() => m.ratio(1, 94_906_267)).toThrow(RangeError); // prime above D_MAX
    expect(() => m.div(m.yen(1), m.ZERO)).toThrow(RangeError);
  });

  it('every rate, multiplier and threshold fraction in rules/ has a denominator ≤ 10 (the bound money.ts relies on)', () => {
    const fractions: string[] = [];
    const walk = (x: unknown) => {
      if (typeof x === 'string' && /^[1-9]\d*\/[1-9]\d*$/.test(x)) fractions.push(x);
      else if (x && typeof x === 'object') for (const v of Object.values(x)) walk(v);
    };
    for (const round of registry.rounds) walk(round.rules);
    expect(fractions.length).toBeGreaterThan(0);
    for (const f of fractions) expect(m.parseFraction(f).d <= 10 && Number(f.split('/')[1]) <= 10, f).toBe(true);
  });

  it('a line with an account share: lcm of its rates’ numerators and denominators × 10^7 accounts ≤ D_MAX', () => {
    const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
    let shared = 0;
    for (const round of registry.rounds) {
      for (const t of round.rules.types) {
        for (const line of t.lines ?? []) {
          if (!line.accountShare) continue;
          shared++;
          const parts = line.rate.segments.flatMap((s) => s.choices.flatMap((c) => c.rate.split('/').map(Number)));
          const l = parts.reduce((a, b) => (a / gcd(a, b)) * b, 1);
          expect(l * 10_000_000, `${round.id} ${t.id} ${line.category}`).toBeLessThanOrEqual(m.D_MAX);
        }
      }
    }
    expect(shared).toBeGreaterThan(0);
  });
});
