#!/usr/bin/env node
// `npm start`: serves the API on workerd via wrangler dev, offline, with no account, no
// telemetry and no prompt. PORT=NNNN picks another port (default 8787). Not rate limited unless
// RATE_LIMIT_LOCAL=on (then as on Cloudflare, with wrangler's local simulation of the bindings).
import { spawn } from 'node:child_process';
import { generateAll } from './rules-index.mjs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
generateAll(root);
const port = process.env.PORT || '8787';
const ip = process.env.HOST || '127.0.0.1';
const child = spawn(
  process.execPath,
  [
    path.join(root, 'node_modules/wrangler/bin/wrangler.js'),
    'dev',
    '--ip',
    ip,
    '--port',
    port,
    '--show-interactive-dev-session=false',
    '--log-level',
    process.env.WRANGLER_LOG ?? 'info',
    ...(process.env.RATE_LIMIT_LOCAL === 'on' ? ['--var', 'RATE_LIMIT_LOCAL:on'] : []),
  ],
  {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false', CI: process.env.CI ?? 'true', NO_D1_WARNING: 'true' },
  },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
