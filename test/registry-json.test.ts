/**
 * The production registry (src/rules/index.ts: `registryFromJson` over the build's JSON text,
 * resolved in place) equals the registry built from the same files by `registryOf` (which copies):
 * same rounds, rules, files as written, versions and names; sources interned the same way.
 */
import { describe, expect, it } from 'vitest';
import { registry } from '../src/rules/index.ts';
import { type ParsedRuleFile, registryOf } from '../src/rules/registry.ts';
import { PARSED_RULE_FILES_JSON } from '../src/rules/rules.parsed.gen.ts';

const copied = registryOf(JSON.parse(PARSED_RULE_FILES_JSON) as ParsedRuleFile[]);

/** Every source object reachable from a value, in order. */
const sources = (x: unknown, out: unknown[] = []): unknown[] => {
  if (Array.isArray(x)) for (const v of x) sources(v, out);
  else if (x && typeof x === 'object') {
    for (const [k, v] of Object.entries(x)) {
      if (k === 'source') out.push(v);
      else if (k === 'alsoIn' && Array.isArray(v)) out.push(...v);
      else if (k !== 'documents') sources(v, out);
    }
  }
  return out;
};

describe('registryFromJson (production) = registryOf (copying)', () => {
  it('the same rounds in the same order, with the same versions, names and registry version', () => {
    expect(registry.rounds.map((r) => [r.id, r.fileName, r.rulesVersion])).toEqual(copied.rounds.map((r) => [r.id, r.fileName, r.rulesVersion]));
    expect(registry.names).toEqual(copied.names);
    expect(registry.version).toBe(copied.version);
  });

  it('every round: the same resolved rules and the same file as written, which keeps its references', () => {
    registry.rounds.forEach((round, i) => {
      expect(round.rules).toEqual(copied.rounds[i]!.rules);
      expect(round.file).toEqual(copied.rounds[i]!.file);
      expect(JSON.stringify(round.file)).toBe(JSON.stringify(copied.rounds[i]!.file));
      expect(sources(round.file).every((s) => Object.keys(s as object).join() === 'doc,locator' || Object.keys(s as object).join() === 'doc')).toBe(true);
    });
  });

  it('sources are interned per file: equal references are one frozen object', () => {
    for (const round of registry.rounds) {
      const all = sources(round.rules);
      expect(all.length).toBeGreaterThan(0);
      const byKey = new Map<string, unknown>();
      for (const s of all as { doc: string; locator: string | null }[]) {
        expect(Object.isFrozen(s)).toBe(true);
        const key = `${s.doc}\u0000${s.locator ?? ''}`;
        if (byKey.has(key)) expect(byKey.get(key)).toBe(s);
        else byKey.set(key, s);
      }
    }
  });
});
