// Node test (run by `npm test` before the workerd suite): a new rules/*.json is picked up by the
// generated index with no code change — the build step that wrangler runs before every deploy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateRulesIndex } from './rules-index.mjs';

test('an extra rule file appears in the generated index; rules.schema.json and non-JSON files do not', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rules-'));
  const rules = path.join(dir, 'rules');
  fs.mkdirSync(rules);
  for (const f of ['r6.json', 'r8.json', 'rules.schema.json', 'README.md']) fs.writeFileSync(path.join(rules, f), '{}');
  fs.mkdirSync(path.join(dir, 'src'));
  const out = path.join(dir, 'src', 'rules.gen.ts');
  const files = generateRulesIndex(rules, out);
  assert.deepEqual(files, ['r6.json', 'r8.json']);
  const text = fs.readFileSync(out, 'utf8');
  assert.match(text, /import rule1 from '\.\.\/rules\/r8\.json' with \{ type: 'json' \};/);
  assert.match(text, /'r8\.json': rule1,/);
  assert.doesNotMatch(text, /rules\.schema\.json/);
});
