#!/usr/bin/env node
// npm run smoke: the bundle that ships, tested. Serves the built Worker script (`npm run build` →
// dist/index.js, the file `wrangler deploy` uploads) with raw `workerd serve` on loopback and
// checks what only the bundle can show (the zod stand-in src/lib/zod-lean, the Ajv stub, the
// dynamic import of the MCP server, the generated rules index): /health; every worked example of
// every round (/v1/rounds/{id}/examples) gives its expected subsidy, and every type of every round
// answers one estimate; a bad body answers problem+json; /openapi.json; /mcp initialize and
// tools/list; one .ics feed. Exit code 1 on any failure.
// Usage: node scripts/smoke.mjs [--build]   (--build runs `npm run build` first)
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const bundle = path.join(dist, 'index.js');

if (process.argv.includes('--build')) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (!fs.existsSync(bundle)) {
  console.error(`${path.relative(root, bundle)} is missing: run npm run build (or node scripts/smoke.mjs --build)`);
  process.exit(2);
}
const compatibilityDate = /compatibility_date\s*=\s*"([^"]+)"/.exec(fs.readFileSync(path.join(root, 'wrangler.toml'), 'utf8'))?.[1];
const config = path.join(dist, 'smoke.capnp');
fs.writeFileSync(
  config,
  `# Written by scripts/smoke.mjs: the built bundle alone, as workerd serves it.
using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "api", worker = (modules = [ (name = "index.js", esModule = embed "index.js") ], compatibilityDate = "${compatibilityDate}")) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "api") ],
);
`,
);

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const child = spawn(path.join(root, 'node_modules/.bin/workerd'), ['serve', config, `--socket-addr=http=127.0.0.1:${port}`], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
const stop = () =>
  new Promise((r) => {
    if (child.exitCode !== null) return r();
    child.once('exit', r);
    child.kill('SIGTERM');
  });

const failures = [];
let checks = 0;
const check = (ok, what) => {
  checks++;
  if (!ok) failures.push(what);
};
const get = async (p, init) => {
  const res = await fetch(`${base}${p}`, init);
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {}
  return { res, text, body };
};
const post = (p, body, headers = {}) => get(p, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

try {
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`workerd exited: ${stderr}`);
    try {
      await fetch(`${base}/health`);
      break;
    } catch {
      if (Date.now() - t0 > 20_000) throw new Error(`workerd did not answer within 20 s: ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const health = await get('/health');
  check(health.res.status === 200 && health.body?.status === 'ok', `/health → ${health.res.status} ${health.text.slice(0, 200)}`);

  const rounds = (await get('/v1/rounds')).body?.rounds ?? [];
  check(rounds.length > 0, '/v1/rounds lists no round');
  let estimates = 0;
  for (const r of rounds) {
    const id = r.id;
    const detail = (await get(`/v1/rounds/${id}`)).body;
    const types = (detail?.rules?.types ?? detail?.types ?? []).map((t) => t.id);
    check(types.length > 0, `/v1/rounds/${id} lists no type`);
    const examples = (await get(`/v1/rounds/${id}/examples`)).body?.examples ?? [];
    const covered = new Set();
    for (const ex of examples) {
      const { res, body, text } = await post('/v1/estimate', ex.input);
      estimates++;
      covered.add(ex.input.type);
      check(
        res.status === 200 && body?.subsidy === ex.expected.subsidy,
        `${id} example "${ex.name}": ${res.status} subsidy ${body?.subsidy} ≠ ${ex.expected.subsidy} ${res.status === 200 ? '' : text.slice(0, 300)}`,
      );
    }
    for (const type of types.filter((t) => !covered.has(t))) {
      const input = {
        round: id,
        type,
        applicant: { size: 'sme' },
        functions: ['accounting', 'ordering'],
        processes: 4,
        costs: { software: 1_000_000 },
        ...(type === 'multi-company'
          ? { group: { members: 10, analysis: 1_000_000, admin: 500_000, memberCosts: [{ software: 1_000_000 }] }, costs: undefined }
          : {}),
        ...(type === 'e-transaction' ? { accounts: { total: 10, sme: 8 } } : {}),
      };
      const { res, body, text } = await post('/v1/estimate', input);
      estimates++;
      check(res.status === 200 && Number.isInteger(body?.subsidy), `${id} ${type}: ${res.status} ${text.slice(0, 300)}`);
    }
  }

  const bad = await post('/v1/estimate?lang=en', { type: 'invoice', applicant: { size: 'sme' }, costs: { software: -1 } });
  check(
    bad.res.status === 400 && bad.res.headers.get('content-type')?.startsWith('application/problem+json') && bad.body?.errors?.[0]?.path === 'costs.software',
    `bad body → ${bad.res.status} ${bad.text.slice(0, 300)}`,
  );

  const openapi = await get('/openapi.json');
  check(
    openapi.res.status === 200 && openapi.body?.openapi?.startsWith('3.1') && Object.keys(openapi.body?.paths ?? {}).includes('/v1/estimate'),
    `/openapi.json → ${openapi.res.status}`,
  );

  const mcpHeaders = { Accept: 'application/json, text/event-stream', 'Mcp-Protocol-Version': '2025-06-18' };
  const init = await post(
    '/mcp',
    { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'smoke', version: '1' } } },
    mcpHeaders,
  );
  check(init.res.status === 200 && init.body?.result?.serverInfo?.name === 'it-hojo-api', `/mcp initialize → ${init.res.status} ${init.text.slice(0, 300)}`);
  const tools = await post('/mcp', { jsonrpc: '2.0', id: 2, method: 'tools/list', params: {} }, mcpHeaders);
  check(tools.res.status === 200 && (tools.body?.result?.tools?.length ?? 0) >= 4, `/mcp tools/list → ${tools.res.status} ${tools.text.slice(0, 300)}`);
  const call = await post(
    '/mcp',
    { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'list_deadlines', arguments: { round: 'r6', asOf: '2025-06-01' } } },
    mcpHeaders,
  );
  check(
    call.res.status === 200 && call.body?.result && !call.body.result.isError,
    `/mcp tools/call list_deadlines → ${call.res.status} ${call.text.slice(0, 300)}`,
  );

  const ics = await get('/v1/deadlines.ics');
  check(
    ics.res.status === 200 &&
      ics.res.headers.get('content-type') === 'text/calendar; charset=utf-8' &&
      ics.text.startsWith('BEGIN:VCALENDAR\r\n') &&
      ics.text.includes('BEGIN:VEVENT'),
    `/v1/deadlines.ics → ${ics.res.status}`,
  );
  // gzip as calendar apps ask for it: fetch decodes it to the same text.
  const gz = await get('/v1/deadlines.ics', { headers: { 'Accept-Encoding': 'gzip' } });
  check(
    gz.res.status === 200 && gz.res.headers.get('content-encoding') === 'gzip' && gz.text === ics.text,
    `/v1/deadlines.ics with Accept-Encoding: gzip → ${gz.res.status} ${gz.res.headers.get('content-encoding')}`,
  );

  console.log(
    `smoke: ${path.relative(root, bundle)} (${fs.statSync(bundle).size} bytes) under workerd ` +
      `serve: ${checks - failures.length}/${checks} checks passed (${estimates} estimates over ` +
      `${rounds.length} rounds)`,
  );
} catch (e) {
  failures.push(String(e?.stack ?? e));
} finally {
  await stop();
  fs.rmSync(config, { force: true });
}
if (failures.length) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
