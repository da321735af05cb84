#!/usr/bin/env node
// Lint rule the formatter cannot enforce on its own: no line of source longer than 160 characters
// (strings and comments included). Prints each finding as path:line:column and exits 1 if any.
// Usage: node scripts/line-length.mjs [--max N] [paths…]   (default: src test scripts bench)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const maxAt = args.indexOf('--max');
const MAX = maxAt >= 0 ? Number(args.splice(maxAt, 2)[1]) : 160;
const roots = args.length ? args : ['src', 'test', 'scripts', 'bench'];
const EXT = /\.(ts|mts|mjs|js)$/;
/** Generated or vendored files: not written by hand, not linted. */
const SKIP = [
  /\.gen\.ts$/,
  /^src\/lib\/zod-lean\/(core|external|locales)\.ts$/,
  /^test\/client\/api\.d\.ts$/,
  /(^|\/)node_modules\//,
  /^dist\//,
  /^bench\/out(-prof)?\//, // build output of npm run bench and bench/profile.mjs
  /^test\/fixtures\//,
];

const files = [];
const walk = (rel) => {
  const abs = path.join(root, rel);
  if (!fs.existsSync(abs)) return;
  if (fs.statSync(abs).isDirectory()) for (const e of fs.readdirSync(abs).sort()) walk(path.posix.join(rel, e));
  else if (EXT.test(rel) && !SKIP.some((r) => r.test(rel))) files.push(rel);
};
roots.forEach(walk);

let findings = 0;
for (const rel of files) {
  const lines = fs.readFileSync(path.join(root, rel), 'utf8').split('\n');
  lines.forEach((line, i) => {
    const length = [...line].length; // code points, so a Japanese sentence counts its characters
    if (length > MAX) {
      findings++;
      console.log(`${rel}:${i + 1}:${MAX + 1} line is ${length} characters (max ${MAX})`);
    }
  });
}
if (findings) {
  console.log(`${findings} line(s) longer than ${MAX} characters in ${files.length} files`);
  process.exit(1);
}
console.log(`line length: ${files.length} files, no line longer than ${MAX} characters`);
