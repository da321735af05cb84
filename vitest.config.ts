import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM script without types
import { generateAll } from './scripts/rules-index.mjs';

// Tests load rules/ exactly as production does: through the generated index (and the examples
// generated from the cases), so `npx vitest run` works on a fresh clone right after install.
generateAll(new URL('.', import.meta.url).pathname);

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
