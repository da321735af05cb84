#!/usr/bin/env node
// `npm run client:gen` writes test/client/api.d.ts (the typed client's types) from openapi.yaml
// with openapi-typescript; `npm run client:check` fails when it is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const spec = path.join(root, 'openapi.yaml');
const file = path.join(root, 'test/client/api.d.ts');
const banner = '// Generated from openapi.yaml by `npm run client:gen` (openapi-typescript). Do not edit.\n\n';
const text = banner + astToString(await openapiTS(fs.readFileSync(spec, 'utf8')));
if (process.argv[2] === 'write') {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`test/client/api.d.ts written (${text.length} bytes)`);
} else {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== text) {
    console.error('test/client/api.d.ts is stale: run `npm run client:gen` and commit it.');
    process.exit(1);
  }
  console.log('test/client/api.d.ts is up to date');
}
