/**
 * Bundle-only stand-in for `zod` (wired by `[alias]` in wrangler.toml; never imported directly).
 * Same exports as `zod` except that `locales` holds only English. `@hono/zod-openapi` passes the
 * whole `z` namespace to `extendZodWithOpenApi(z)`, so esbuild keeps every export of zod, and with
 * them ~260 KB of error-message locales we never use (our messages are our own:
 * src/lib/problem.ts). external.ts mirrors zod/v4/classic/external.js with relative paths,
 * because the alias also matches `zod/*`.
 */
import * as z from './external.ts';

export * from './external.ts';
export { z, z as default };
