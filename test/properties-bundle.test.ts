/**
 * The Worker bundle swaps `zod` for src/lib/zod-lean (wrangler.toml `[alias]`, issue 7: ~260 KB of
 * unused locales). The stand-in must export exactly what zod exports except what it drops on
 * purpose (scripts/stand-ins.mjs: `compile` needs `new Function`, which workerd forbids, and
 * `fromJSONSchema` is never used), so a zod upgrade that adds or moves an export fails here rather
 * than in production.
 */
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as lean from '../src/lib/zod-lean/index.ts';

describe('the bundle-only zod stand-in matches zod', () => {
  it('has the same export names as zod, minus the compiler and fromJSONSchema', () => {
    // Tests import the real zod (the alias applies to the wrangler build only): all its locales.
    expect(Object.keys(zod.locales).length).toBeGreaterThan(1);
    const dropped = ['INVALID', 'ZodCompileAsyncError', 'ZodCompileUnsupportedError', 'compile', 'fromJSONSchema', 'withParser'];
    for (const name of dropped) expect(Object.keys(zod), name).toContain(name);
    expect(Object.keys(lean).sort()).toEqual(
      Object.keys(zod)
        .filter((k) => !dropped.includes(k))
        .sort(),
    );
  });

  it('shares zod’s classes (one zod in the bundle, not two) and keeps English messages', () => {
    expect(lean.ZodObject).toBe(zod.ZodObject);
    expect(lean.z.core.$ZodType).toBe(zod.z.core.$ZodType);
    expect(Object.keys(lean.locales)).toEqual(['en']);
  });
});
