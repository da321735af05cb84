/**
 * The Worker bundle swaps `zod` for src/lib/zod-lean (wrangler.toml `[alias]`, issue 7: ~260 KB of
 * unused locales). The stand-in must export exactly what zod exports, so a zod upgrade that adds
 * or moves an export fails here rather than in production.
 */
import { describe, expect, it } from 'vitest';
import * as zod from 'zod';
import * as lean from '../src/lib/zod-lean/index.ts';

describe('the bundle-only zod stand-in matches zod', () => {
  it('has the same export names as zod', () => {
    // Tests import the real zod (the alias applies to the wrangler build only): all its locales.
    expect(Object.keys(zod.locales).length).toBeGreaterThan(1);
    expect(Object.keys(lean).sort()).toEqual(Object.keys(zod).sort());
  });

  it('shares zod’s classes (one zod in the bundle, not two) and keeps English messages', () => {
    expect(lean.ZodObject).toBe(zod.ZodObject);
    expect(lean.z.core.$ZodType).toBe(zod.z.core.$ZodType);
    expect(Object.keys(lean.locales)).toEqual(['en']);
  });
});
