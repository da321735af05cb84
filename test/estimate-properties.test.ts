/**
 * Properties of the estimate engine across every round and type in rules/ (fast-check, inside
 * workerd, against the real rule files): the subsidy is an integer, 0 ≤ subsidy ≤ the sum of the
 * caps that applied, ≤ eligible cost × the highest rate of the type, monotone non-decreasing in
 * each cost, selfPay = totalCost − subsidy ≥ 0, and deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registry } from '../src/rules/index.ts';
import { estimate, sumCosts, type EstimateInput } from '../src/engine/estimate/index.ts';
import { parseAsOf } from '../src/engine/time.ts';
import { maxOf, parseFraction, cmp, mul, yen } from '../src/engine/money.ts';
import type { TypeRule } from '../src/rules/schema.ts';

const RUNS = 300;
const amount = fc.oneof(
  fc.integer({ min: 0, max: 20_000_000 }),
  fc.constantFrom(0, 49_999, 50_000, 100_000, 666_666, 666_667, 2_999_999, 3_000_000, 9_000_000),
);
const monthly = fc.record({ monthly: fc.integer({ min: 0, max: 500_000 }), months: fc.integer({ min: 0, max: 120 }) });
const costs = fc.record({ software: amount, cloud: monthly, services: amount, pc: amount, register: amount, securityService: monthly }, { requiredKeys: [] });

const highestRate = (round: (typeof registry.rounds)[number], t: TypeRule) => {
  const rates = (t.lines ?? round.rules.types.find((o) => o.id === t.group?.memberLinesFrom)!.lines!).flatMap((l) =>
    l.rate.segments.flatMap((s) => s.choices.map((c) => parseFraction(c.rate))),
  );
  if (t.group) rates.push(parseFraction(t.group.analysis.rate), parseFraction(t.group.admin.rate));
  return maxOf(rates);
};

const inputFor = (t: TypeRule) =>
  fc
    .record({
      size: fc.constantFrom('small', 'sme', 'large' as const),
      nearMinimumWage: fc.boolean(),
      processes: fc.integer({ min: 0, max: 8 }),
      functions: fc.subarray(['accounting', 'ordering', 'payment', 'ec'] as const),
      costs,
      members: fc.integer({ min: 1, max: 20 }),
      analysis: amount,
      admin: amount,
      memberCosts: fc.array(fc.record({ software: amount, services: amount, pc: amount }), { maxLength: 4 }),
    })
    .map((x): EstimateInput => {
      const usesProcesses = t.lines?.some((l) => l.caps.some((c) => c.when?.minProcesses !== undefined));
      const base: EstimateInput = {
        type: t.id,
        applicant: { size: x.size as 'small' | 'sme' | 'large', nearMinimumWage: x.nearMinimumWage },
        costs: t.group ? undefined : x.costs,
      };
      if (t.functions || t.group) base.functions = [...x.functions];
      if (usesProcesses) base.processes = x.processes;
      if (t.group) base.group = { members: Math.max(x.members, x.memberCosts.length), analysis: x.analysis, admin: x.admin, memberCosts: x.memberCosts };
      return base;
    });

const asOf = (round: (typeof registry.rounds)[number]) => parseAsOf(round.rules.window.opensOn.value)!;

describe('estimate properties over every round and type', () => {
  for (const round of registry.rounds) {
    for (const t of round.rules.types) {
      it(`${round.id} ${t.id}: integer, 0 ≤ subsidy ≤ Σ caps, ≤ eligible × highest rate, selfPay = total − subsidy ≥ 0, deterministic`, () => {
        const top = highestRate(round, t);
        fc.assert(
          fc.property(inputFor(t), (input) => {
            const a = estimate(round, input, asOf(round));
            expect(Number.isInteger(a.subsidy)).toBe(true);
            expect(a.subsidy).toBeGreaterThanOrEqual(0);
            for (const l of a.lines) {
              expect(Number.isInteger(l.subsidy)).toBe(true);
              if (l.cap !== null && l.category !== 'it-tool' && l.category !== 'pc' && l.category !== 'register') expect(l.subsidy).toBeLessThanOrEqual(l.cap);
              if (l.cap !== null && !t.group) expect(l.subsidy).toBeLessThanOrEqual(l.capInclusive ? l.cap : l.cap - 1);
            }
            if (t.group)
              expect(a.lines.filter((l) => l.category !== 'admin').reduce((s, l) => s + l.subsidy, 0)).toBeLessThanOrEqual(t.group.combinedCap.value);
            expect(cmp(yen(a.subsidy), mul(yen(a.eligibleCost + 1), top))).toBeLessThanOrEqual(0);
            expect(a.selfPay).toBe(a.totalCost - a.subsidy);
            expect(a.selfPay).toBeGreaterThanOrEqual(0);
            const b = estimate(round, input, asOf(round));
            expect(b).toEqual(a);
            expect(b.round.rulesVersion).toBe(a.round.rulesVersion);
          }),
          { numRuns: RUNS, seed: 20261123 },
        );
      });

      it(
        `${round.id} ${t.id}: every yen sent is in exactly one line (Σ lines.cost = totalCost, ` +
          `cost = eligibleCost + ineligible), segments add up to their line`,
        () => {
          // Top-level costs also on 複数社連携 (there they are the not-covered line), and member costs of every kind.
          const withStray = fc.tuple(inputFor(t), costs).map(([input, stray]): EstimateInput => (t.group ? { ...input, costs: stray } : input));
          fc.assert(
            fc.property(withStray, (input) => {
              const a = estimate(round, input, asOf(round));
              const sent =
                sumCosts(input.costs) +
                (input.group
                  ? (input.group.analysis ?? 0) + (input.group.admin ?? 0) + (input.group.memberCosts ?? []).reduce((s, m) => s + sumCosts(m), 0)
                  : 0);
              expect(a.totalCost).toBe(sent);
              expect(a.lines.reduce((s, l) => s + l.cost, 0)).toBe(a.totalCost);
              for (const l of a.lines) {
                expect(l.eligibleCost + l.ineligible, `${l.category}`).toBe(l.cost);
                expect(l.ineligible).toBeGreaterThanOrEqual(0);
                expect(l.rateText).toBe(l.rates.join(l.segments.length || !t.group ? ' → ' : ' / '));
                if (l.segments.length) {
                  expect(
                    l.segments.reduce((s, x) => s + x.eligibleCost, 0),
                    `${l.category} Σ segments.eligibleCost`,
                  ).toBe(l.eligibleCost);
                  expect(
                    l.segments.reduce((s, x) => s + x.subsidy, 0),
                    `${l.category} Σ segments.subsidy`,
                  ).toBe(l.subsidy);
                  expect(l.segments.map((x) => x.rate)).toEqual(l.rates);
                }
              }
            }),
            { numRuns: RUNS, seed: 20261201 },
          );
        },
      );

      if (!t.group) {
        it(`${round.id} ${t.id}: monotone non-decreasing in each cost, except across a 補助下限 edge it only rises`, () => {
          fc.assert(
            fc.property(
              inputFor(t),
              fc.constantFrom('software', 'services', 'pc', 'register', 'cloud', 'securityService'),
              fc.integer({ min: 1, max: 3_000_000 }),
              (input, key, extra) => {
                const c = { ...(input.costs ?? {}) } as Record<string, any>;
                const more = { ...c };
                if (key === 'cloud' || key === 'securityService')
                  more[key] = { monthly: (c[key]?.monthly ?? 0) + Math.ceil(extra / 12), months: c[key]?.months ?? 12 };
                else more[key] = (c[key] ?? 0) + extra;
                if (key === 'cloud' || key === 'securityService') c[key] = { monthly: c[key]?.monthly ?? 0, months: c[key]?.months ?? 12 };
                const a = estimate(round, { ...input, costs: c }, asOf(round));
                const b = estimate(round, { ...input, costs: more }, asOf(round));
                expect(b.subsidy).toBeGreaterThanOrEqual(a.subsidy);
              },
            ),
            { numRuns: RUNS, seed: 20261123 },
          );
        });
      }
    }
  }
});
