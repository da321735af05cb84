/**
 * The widget's amount reader (src/widget/amount.ts), case by case: every form a visitor types for
 * 1,200,000 yen reads as exactly 1,200,000; everything else is refused with its reason. The same
 * function is shipped in widget.js (the browser test types these forms into the widget).
 */
import { describe, expect, it } from 'vitest';
import { parseAmount, type AmountResult } from '../src/widget/amount.ts';
import { WIDGET_JS } from '../src/widget/widget.source.ts';
import { MAX_YEN } from '../src/routes/estimate/estimate.schemas.ts';

const yen = (n: number | null): AmountResult => ({ ok: true, yen: n });
const no = (code: 'negative' | 'decimal' | 'too_large' | 'invalid'): AmountResult => ({ ok: false, code });

/** [typed, reading, why] */
const CASES: [string, AmountResult, string][] = [
  ['1200000', yen(1_200_000), 'plain digits'],
  ['1,200,000', yen(1_200_000), 'commas every three digits'],
  ['1,200,000円', yen(1_200_000), '円 after the number'],
  ['¥1,200,000', yen(1_200_000), '¥ before the number'],
  ['￥１，２００，０００', yen(1_200_000), 'full-width ￥, digits and commas'],
  ['120万円', yen(1_200_000), '120 × 10,000'],
  ['120万', yen(1_200_000), '万 without 円'],
  ['１２０万', yen(1_200_000), 'full-width digits with 万'],
  ['1.2百万', yen(1_200_000), '1.2 × 1,000,000'],
  ['1200千円', yen(1_200_000), '1,200 × 1,000'],
  ['0.12千万', yen(1_200_000), '0.12 × 10,000,000'],
  [' 120 万 円 ', yen(1_200_000), 'spaces around the number, the unit and 円'],
  ['1 200 000', yen(1_200_000), 'spaces as thousands separators'],
  ['１２０　万円', yen(1_200_000), 'a full-width space'],
  ['120万0000', yen(1_200_000), '120万 then 0000 (less than 1万)'],
  ['1,200,000.0', yen(1_200_000), 'a zero fraction is a whole yen'],
  ['119万9999円', yen(1_199_999), '119 × 10,000 + 9,999'],
  ['1万2千円', yen(12_000), '10,000 + 2,000'],
  ['1億2000万', yen(120_000_000), '100,000,000 + 20,000,000'],
  ['1,000万', yen(10_000_000), 'commas inside a term with a unit'],
  ['0', yen(0), 'zero is an amount'],
  ['', yen(null), 'nothing typed'],
  ['   ', yen(null), 'only spaces: nothing typed'],
  ['100億', yen(MAX_YEN), 'exactly the largest amount (10,000,000,000)'],
  ['-5', no('negative'), 'a minus sign'],
  ['−5', no('negative'), 'U+2212 minus'],
  ['－５', no('negative'), 'a full-width minus'],
  ['ー5000', no('negative'), 'ー typed for minus'],
  ['▲5,000', no('negative'), '▲ (the accountant’s minus)'],
  ['¥-5', no('negative'), 'a minus after ¥'],
  ['1.5', no('decimal'), 'half a yen'],
  ['1200000.5', no('decimal'), 'a fraction of a yen'],
  ['1.23456万', no('decimal'), '12,345.6 yen'],
  ['100億1円', no('too_large'), 'one yen above 10,000,000,000'],
  ['99999999999', no('too_large'), '11 digits'],
  ['99999999999999999999', no('too_large'), '20 digits'],
  ['abc', no('invalid'), 'text'],
  ['百万円', no('invalid'), 'a unit without a number'],
  ['12,00', no('invalid'), 'a comma that is not a thousands separator'],
  ['1,2000', no('invalid'), 'four digits after a comma'],
  ['1.200.000', no('invalid'), 'periods as thousands separators are ambiguous'],
  ['12 34', no('invalid'), 'a space that is not a thousands separator'],
  ['1万20000', no('invalid'), 'a lower term of 1万 or more'],
  ['5000万1億', no('invalid'), 'units rising instead of falling'],
  ['1.5万2000', no('invalid'), 'a fraction in a term followed by more'],
  ['1e6', no('invalid'), 'exponent notation'],
  ['+5', no('invalid'), 'a plus sign'],
  ['120万円です', no('invalid'), 'words after the amount'],
  ['1200000 5', no('invalid'), 'two numbers'],
];

describe('parseAmount', () => {
  for (const [typed, expected, why] of CASES) {
    it(`${JSON.stringify(typed)} → ${expected.ok ? expected.yen : expected.code}: ${why}`, () => {
      expect(parseAmount(typed, MAX_YEN)).toEqual(expected);
    });
  }

  it('never answers a number other than the one written: every digits-only input reads as itself', () => {
    for (const n of [1, 9, 10, 999, 1000, 12_345, 1_200_000, 9_999_999_999]) {
      expect(parseAmount(String(n), MAX_YEN)).toEqual(yen(n));
      expect(parseAmount(n.toLocaleString('en'), MAX_YEN)).toEqual(yen(n));
    }
  });

  it('is shipped inside widget.js as the same function', () => {
    expect(WIDGET_JS).toContain(String(parseAmount).slice(0, 60));
  });
});
