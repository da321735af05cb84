/**
 * JSON numbers read exactly, or refused (issue 15). `JSON.parse` reads `9999999999.9999999999` as
 * 10000000000 and `9007199254740993` as 9007199254740992: a money field would take a number the
 * user never sent. The rule, for every number of every request (JSON body and numeric query text):
 *
 * - a number whose written value is an integer is read as that integer: `1000000`, and also
 *   `1000000.0` and `1e6`, which are exactly the same number — when it is a safe integer
 *   (|n| ≤ 2^53 − 1, where every integer is exact); a larger integer is refused (`inexact_number`);
 * - a number whose written value is not an integer (`1.5`) is read as usual; fields that take
 *   integers (all money, counts and months) refuse it by their own integer check;
 * - a non-integer that would be read as an integer (`9999999999.9999999999`, `1.0000000000000001`:
 *   more digits than a double holds) is refused (`inexact_number`), never rounded.
 */

export type NumberReading = { exact: true; value: number } | { exact: false; value: number };

const NUMBER_TEXT = /^-?(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a JSON number's source text. `exact: false` when the text names a number this API will not
 * read (see the module comment); `undefined` when the text is not a JSON-style number.
 */
export const readNumber = (text: string): NumberReading | undefined => {
  const m = NUMBER_TEXT.exec(text);
  if (!m) return undefined;
  const value = Number(text);
  const intDigits = m[1]!;
  const fracDigits = m[2] ?? '';
  const exponent = m[3] === undefined ? 0 : Number(m[3]);
  // The written value is an integer when every digit after the (shifted) decimal point is 0.
  const digits = intDigits + fracDigits;
  const point = intDigits.length + exponent;
  const writtenInteger = point >= digits.length || /^0*$/.test(digits.slice(Math.max(0, point)));
  if (writtenInteger) return { exact: Number.isSafeInteger(value), value };
  return { exact: !Number.isInteger(value), value };
};

/** Quick test: could `text` (a JSON document) hold a number {@link readNumber} would not take as read? */
export const MAY_HOLD_INEXACT = /(?:^|[:[,])\s*-?(?:\d{16}|\d+[.eE])/;

export interface InexactNumber {
  /** Dotted path in the parsed value (`costs.software`, `group.memberCosts.0.pc`). */
  path: string;
  /** The number as written. */
  text: string;
  /** What JSON.parse would have read. */
  read: number;
}

/**
 * Parses JSON text (throws as `JSON.parse` does) and lists every number that is not read exactly.
 * Uses the reviver's source text (ES2025 JSON.parse source text access); bodies without a
 * fraction, exponent or a 16-digit run skip the reviver.
 */
export const parseJsonExact = (text: string): { value: unknown; inexact: InexactNumber[] } => {
  if (!MAY_HOLD_INEXACT.test(text)) return { value: JSON.parse(text), inexact: [] };
  const bad = new Map<object, Map<string, { text: string; read: number }>>();
  const value = JSON.parse(text, function (this: object, key: string, v: unknown, context?: { source?: string }) {
    if (typeof v === 'number' && context?.source !== undefined) {
      const reading = readNumber(context.source);
      if (reading && !reading.exact) {
        const keys = bad.get(this) ?? new Map();
        keys.set(key, { text: context.source, read: v });
        bad.set(this, keys);
      }
    }
    return v;
  } as (this: unknown, key: string, value: unknown) => unknown);
  const inexact: InexactNumber[] = [];
  const visited = new Set<object>();
  const walk = (node: unknown, path: string[]) => {
    if (!node || typeof node !== 'object') return;
    visited.add(node);
    const here = bad.get(node);
    for (const [k, sub] of Object.entries(node)) {
      const entry = here?.get(k);
      if (entry) inexact.push({ path: [...path, k].join('.'), ...entry });
      else walk(sub, [...path, k]);
    }
  };
  if (!bad.size) return { value, inexact };
  walk(value, []);
  // The one holder never reached is JSON.parse's wrapper of a top-level number.
  for (const [holder, keys] of bad) if (!visited.has(holder)) for (const entry of keys.values()) inexact.push({ path: '', ...entry });
  return { value, inexact };
};
