import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
// @ts-expect-error plain ESM script without types
import { generateRulesIndex } from './scripts/rules-index.mjs';

// Tests load rules/ exactly as production does: through the generated index.
generateRulesIndex(new URL('./rules', import.meta.url).pathname, new URL('./src/rules/rules.gen.ts', import.meta.url).pathname);

export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    testTimeout: 30_000,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
