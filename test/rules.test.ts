/**
 * The rule files: every file in rules/ parses against the strict schema (as the build does), the
 * committed JSON Schema is current, a broken file names its file and JSON path, windows and
 * deadlines are ordered, and every cited value carries a source.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRegistry, parseRuleFile } from '../src/rules/parse.ts';
import { RuleFileError } from '../src/rules/registry.ts';
import { ruleFiles, ruleHashes } from '../src/rules/rules.gen.ts';
import { ruleFileJsonSchema } from '../src/rules/json-schema.ts';
import committedSchema from '../rules/rules.schema.json';
import { registry } from '../src/rules/index.ts';
import r6 from '../rules/r6.json';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('rule files', () => {
  it('the generated index holds r3…r7, one file per budget round', () => {
    expect(Object.keys(ruleFiles).sort()).toEqual(['r3.json', 'r4.json', 'r5.json', 'r6.json', 'r7.json']);
  });

  it('the production registry (validated at build time) is the one validating every file now would build', () => {
    const now = createRegistry(ruleFiles, ruleHashes);
    expect(registry.version).toBe(now.version);
    expect(registry.names).toEqual(now.names);
    expect(registry.rounds.map((r) => [r.id, r.fileName, r.rulesVersion])).toEqual(now.rounds.map((r) => [r.id, r.fileName, r.rulesVersion]));
    for (const [i, round] of registry.rounds.entries()) {
      // The same content, key order included (answers serialise these objects as they are).
      expect(JSON.stringify(round.file)).toBe(JSON.stringify(now.rounds[i]!.file));
      expect(JSON.stringify(round.rules)).toBe(JSON.stringify(now.rounds[i]!.rules));
    }
  });

  it('every file parses; round ids and programme-year aliases resolve (r3=2022 … r7=2026)', () => {
    const pairs = [
      ['r3', '2022'],
      ['r4', '2023'],
      ['r5', '2024'],
      ['r6', '2025'],
      ['r7', '2026'],
    ];
    for (const [id, alias] of pairs) {
      expect(registry.byName(id!)?.id).toBe(id);
      expect(registry.byName(alias!)?.id).toBe(id);
    }
  });

  it('rules/rules.schema.json is what src/rules/schema.ts generates (run npm run rules:schema)', () => {
    expect(committedSchema).toEqual(JSON.parse(JSON.stringify(ruleFileJsonSchema())));
  });

  it('a misplaced key fails with the file name and the JSON path', () => {
    const broken = clone(r6) as any;
    broken.types[1].lines[0].capz = 1;
    expect(() => parseRuleFile('r6.json', broken)).toThrowError(RuleFileError);
    try {
      parseRuleFile('r6.json', broken);
    } catch (e) {
      const err = e as RuleFileError;
      expect(err.fileName).toBe('r6.json');
      expect(err.issues.map((i) => i.path)).toContain('types[1].lines[0]');
      expect(err.message).toContain('rules/r6.json');
    }
  });

  it('a rate that is not a fraction (0.75) is rejected at its JSON path', () => {
    const broken = clone(r6) as any;
    broken.types[1].lines[0].rate.segments[0].choices[1].rate = '0.75';
    try {
      parseRuleFile('r6.json', broken);
      expect.unreachable();
    } catch (e) {
      expect((e as RuleFileError).issues[0]!.path).toBe('types[1].lines[0].rate.segments[0].choices[1].rate');
    }
  });

  it('an id that does not match the file name is rejected', () => {
    expect(() => parseRuleFile('r9.json', clone(r6))).toThrowError(/must match the file name/);
  });

  it('two files claiming the same alias are rejected', () => {
    const other = clone(r6) as any;
    other.id = 'r9';
    expect(() => createRegistry({ ...ruleFiles, 'r9.json': other })).toThrowError(/already used/);
  });

  it('windows are ordered: each round opens after the previous one opened, and closes after it opens', () => {
    const rounds = registry.rounds;
    for (let i = 0; i < rounds.length; i++) {
      const w = rounds[i]!.rules.window;
      if (w.closesOn) expect(w.closesOn.value >= w.opensOn.value).toBe(true);
      if (i > 0) expect(w.opensOn.value > rounds[i - 1]!.rules.window.opensOn.value).toBe(true);
      if (i > 0 && rounds[i - 1]!.rules.window.closesOn) expect(rounds[i - 1]!.rules.window.closesOn!.value < w.opensOn.value).toBe(true);
    }
  });

  it('every deadline is 17:00 JST unless its source says otherwise, and deadlines within an entry are ordered', () => {
    for (const round of registry.rounds) {
      for (const entry of round.rules.schedule) {
        let prev = '';
        for (const d of entry.deadlines) {
          expect(d.closesAt.endsWith('T17:00:00+09:00')).toBe(true);
          expect(d.closesAt > prev).toBe(true);
          prev = d.closesAt;
        }
      }
    }
  });

  it('every object with a value or a rate in every file carries a source', () => {
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (Array.isArray(node)) {
        node.forEach((x, i) => {
          walk(x, `${path}[${i}]`);
        });
        return;
      }
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      if (
        ('value' in o || typeof o.rate === 'string' || 'max' in o || 'closesAt' in o || 'capitalMax' in o || 'employeesMax' in o) &&
        !(o.source && typeof (o.source as { doc?: unknown }).doc === 'string')
      )
        missing.push(path);
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    for (const [name, file] of Object.entries(ruleFiles)) walk(file, name);
    expect(missing).toEqual([]);
  });

  it('the schema rejects unknown keys everywhere (strict), e.g. at the top level', () => {
    const result = z.safeParse(z.object({}).strict(), { a: 1 });
    expect(result.success).toBe(false);
    const broken = { ...clone(r6), extra: true };
    expect(() => parseRuleFile('r6.json', broken)).toThrowError(/\(root\)|extra/);
  });
});
