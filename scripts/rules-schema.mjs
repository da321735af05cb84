#!/usr/bin/env node
// Writes rules/rules.schema.json (JSON Schema of a rule file) from src/rules/schema.ts.
// `--check` fails when the committed file is stale. A workerd test checks the same.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { ruleFileJsonSchema } = await import(path.join(root, 'src/rules/json-schema.ts'));
const text = JSON.stringify(ruleFileJsonSchema(), null, 2) + '\n';
const file = path.join(root, 'rules/rules.schema.json');
if (process.argv.includes('--check')) {
  if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
    console.error('rules/rules.schema.json is stale: run `npm run rules:schema`.');
    process.exit(1);
  }
  console.log('rules/rules.schema.json is up to date');
} else {
  fs.writeFileSync(file, text);
  console.log(`rules/rules.schema.json written (${text.length} bytes)`);
}
