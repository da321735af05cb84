#!/usr/bin/env node
// Copies the docs UI (the pinned @scalar/api-reference's self-contained browser bundle) from
// node_modules into public/docs/, the Workers static assets directory ([assets] in wrangler.toml).
// Runs before every build, dev server and test run (generateAll() in scripts/rules-index.mjs), so
// the file served at /docs/scalar-api-reference.js is always the one package-lock.json pins; it is
// generated, never committed (.gitignore).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DOCS_UI_FILE = 'scalar-api-reference.js';

export function copyDocsAssets(outDir = path.join(root, 'public/docs')) {
  // The package's `exports` hide package.json and dist/browser/: locate it from its main entry.
  const require = createRequire(path.join(root, 'package.json'));
  let entry;
  try {
    entry = require.resolve('@scalar/api-reference');
  } catch {
    // An install from before the docs UI was a dependency: everything but /docs still works.
    fs.mkdirSync(outDir, { recursive: true });
    console.warn('docs UI: @scalar/api-reference is not installed (run npm ci); /docs will not render');
    return { version: null, target: null };
  }
  let pkgDir = path.dirname(entry);
  while (!fs.existsSync(path.join(pkgDir, 'package.json'))) pkgDir = path.dirname(pkgDir);
  const { version } = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  const source = path.join(pkgDir, 'dist/browser/standalone.js');
  const target = path.join(outDir, DOCS_UI_FILE);
  // The bundle's trailing `//# sourceMappingURL=` would make devtools ask for a map we do not ship.
  // Its built-in @font-face rules point at fonts.scalar.com (loaded even with withDefaultFonts:
  // false); /docs loads nothing from another origin, so they are dropped and system fonts used.
  const text = fs
    .readFileSync(source, 'utf8')
    .replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n')
    .replace(/@font-face \{[^}]*?https:\/\/fonts\.scalar\.com\/[^}]*\}/g, '');
  if (text.includes('fonts.scalar.com')) throw new Error('docs UI: a fonts.scalar.com reference survived; update scripts/docs-assets.mjs');
  const banner = `/*! @scalar/api-reference ${version} (MIT), dist/browser/standalone.js, copied by scripts/docs-assets.mjs */\n`;
  fs.mkdirSync(outDir, { recursive: true });
  if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== banner + text) fs.writeFileSync(target, banner + text);
  return { version, target };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { version, target } = copyDocsAssets();
  console.log(`docs UI @scalar/api-reference ${version} → ${path.relative(root, target)}`);
}
