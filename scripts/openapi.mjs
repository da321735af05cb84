#!/usr/bin/env node
// `npm run openapi` writes openapi.yaml from the zod routes; `npm run openapi:check` fails on drift.
// Node ≥ 22.18 runs the TypeScript sources directly (type stripping).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll } from './rules-index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
generateAll(root);
const { default: app } = await import(path.join(root, 'src/index.ts'));
const res = await app.request('/openapi.yaml');
if (res.status !== 200) throw new Error(`GET /openapi.yaml answered ${res.status}`);
const text = await res.text();
const file = path.join(root, 'openapi.yaml');
if (process.argv[2] === 'write') {
  fs.writeFileSync(file, text);
  console.log(`openapi.yaml written (${text.length} bytes)`);
} else {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error('openapi.yaml is stale: run `npm run openapi` and commit it.');
    process.exit(1);
  }
  console.log('openapi.yaml is up to date');
}
