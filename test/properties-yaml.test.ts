/**
 * The small YAML emitter behind /openapi.yaml (src/lib/yaml.ts, which replaced the `yaml` package
 * in the bundle) must emit YAML that a full YAML 1.2 parser reads back as the same JSON value.
 */
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { bytesHash } from '../src/rules/content-hash.js';
import { toYaml } from '../src/lib/yaml.ts';
import { api } from './helpers.ts';

const key = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('yes', 'no', 'null', 'true', '~', '1', '1e3', '-', '? x', 'a: b', '#c', '$ref', '/v1/rounds/{id}', '200', 'x-enumDescriptions', '  ', ''),
);
const leafString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    'yes',
    'No',
    'NULL',
    '0x1F',
    '1_000',
    '.inf',
    '- a',
    '| x',
    '> y',
    'a\nb',
    '"q"',
    "'s'",
    '@x',
    '`x`',
    '%x',
    '!tag',
    '&a',
    '*a',
    'IT導入補助金 · 回',
    '\u2028',
  ),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), tie('arr'), tie('obj')),
  leaf: fc.oneof(leafString, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)),
  arr: fc.array(tie('node'), { maxLength: 4 }),
  obj: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).node;

describe('toYaml emits YAML equal to its JSON input', () => {
  it('round-trips arbitrary JSON objects through a YAML 1.2 parser', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (obj) => {
        const json = JSON.parse(JSON.stringify(obj));
        expect(parse(toYaml(json))).toEqual(json);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('/openapi.yaml parses to exactly /openapi.json', async () => {
    const yamlText = new TextDecoder().decode(await (await api('/openapi.yaml')).arrayBuffer());
    const json = await (await api('/openapi.json')).json();
    expect(parse(yamlText)).toEqual(json);
  });

  it('/openapi.yaml carries the entity tag of its own bytes (computed at build time)', async () => {
    const res = await api('/openapi.yaml');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('etag')).toBe(`"${bytesHash(bytes)}"`);
  });
});
