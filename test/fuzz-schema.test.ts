/** The fuzz test's JSON-Schema validator must itself catch what it is there to catch. */
import { describe, expect, it } from 'vitest';
import { validate, type Spec } from './fuzz-schema.ts';

const spec: Spec = {
  paths: {},
  components: {
    schemas: {
      Money: {
        type: 'object',
        properties: { yen: { type: 'integer', minimum: 0 }, rate: { type: 'string', pattern: '^[1-9]\\d*/[1-9]\\d*$' } },
        required: ['yen'],
        additionalProperties: false,
      },
    },
  },
};
const ref = { $ref: '#/components/schemas/Money' };

const cases = [
  { name: 'a conforming value passes', value: { yen: 500000, rate: '3/4' }, valid: true },
  { name: 'a missing required field fails', value: { rate: '3/4' }, valid: false },
  { name: 'a float where an integer is required fails', value: { yen: 0.5 }, valid: false },
  { name: 'a value below the minimum fails', value: { yen: -1 }, valid: false },
  { name: 'a string that does not match the pattern fails', value: { yen: 1, rate: '0.75' }, valid: false },
  { name: 'an extra field fails when additionalProperties is false', value: { yen: 1, extra: true }, valid: false },
  { name: 'null fails where an object is required', value: null, valid: false },
];

describe('fuzz-schema validate()', () => {
  for (const c of cases) it(c.name, () => expect(validate(spec, ref, c.value).length === 0).toBe(c.valid));

  it('throws on a keyword it does not implement (never skips a constraint silently)', () => {
    expect(() => validate(spec, { type: 'array', contains: { type: 'string' } }, [])).toThrowError(/unsupported keyword "contains"/);
  });
});
