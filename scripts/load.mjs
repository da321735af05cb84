#!/usr/bin/env node
// npm run load: 60 s at 64 connections (wrk -t2) against the served bundle, requests rotating over
// every built endpoint. Fails (exit 1) on any non-2xx response or socket error.
// Env: LOAD_SECONDS (default 60), LOAD_CONNECTIONS (default 64).
import { build, kib, probe, requireWrk, serve, TARGETS, url, wrk, wrkScript } from './bench-lib.mjs';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64);

requireWrk();
const size = build();
console.log(`bundle: raw ${kib(size.raw)}, gzip ${kib(size.gzip)}`);
const server = await serve('all', url('api', '/health'));
let result;
const mix = [];
try {
  for (const t of TARGETS) {
    const p = await probe('api', t);
    if (p.status >= 200 && p.status < 300) mix.push(t);
    else console.log(`notice: ${t.name} left out of the mix (answers ${p.status} ${p.code ?? ''})`);
  }
  mix.push({ name: 'GET /v1/rounds', method: 'GET', path: '/v1/rounds' }, { name: 'GET /v1/rounds/r6', method: 'GET', path: '/v1/rounds/r6' });
  console.log(`load: wrk -t2 -c${CONNECTIONS} -d${SECONDS}s over ${mix.map((t) => t.name).join(', ')}`);
  result = wrk({ target: url('api', '/'), script: wrkScript('load mix', mix), connections: CONNECTIONS, seconds: SECONDS, threads: 2 });
} finally {
  await server.stop();
}
console.log(result.raw.trim());
console.log(
  `\nsummary: ${result.requests} requests, ${result.rps.toFixed(0)} req/s, p50 ${result.p50}` +
    ` ms, p99 ${result.p99} ms, non-2xx ${result.non2xx}, socket errors ${result.socketErrors}`,
);
if (result.non2xx > 0 || result.socketErrors > 0 || !(result.requests > 0)) {
  console.error('FAIL: every response must be 2xx with no socket errors');
  process.exit(1);
}
console.log('PASS: 0 non-2xx, 0 socket errors');
