#!/usr/bin/env node
// `npm run openapi` writes openapi.yaml (committed) as the Worker serves /openapi.yaml;
// `npm run openapi:check` fails when it is stale (drift). Both first run generateAll(), which
// renders the document from the zod routes into src/openapi.gen.ts (scripts/build-modules.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateAll } from './rules-index.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const mode = process.argv[2] ?? 'check';
if (!['write', 'check'].includes(mode)) throw new Error(`usage: node scripts/openapi.mjs write|check (got ${mode})`);
generateAll(root);
// Imported after generateAll wrote it. /openapi.yaml is derived from the same JSON text (src/app.ts).
const [{ OPENAPI_JSON }, { toYaml }] = await Promise.all([import(path.join(root, 'src/openapi.gen.ts')), import(path.join(root, 'src/lib/yaml.ts'))]);
const text = toYaml(JSON.parse(OPENAPI_JSON));
const file = path.join(root, 'openapi.yaml');
if (mode === 'write') {
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
