// Shared by scripts/bench.mjs and scripts/load.mjs: build the Worker bundle, serve it with
// `workerd serve` on loopback (bench/workerd.capnp), probe endpoints, drive `wrk`, parse output.
// Never `wrangler dev`: that adds a proxy and live-reload machinery to every request.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const benchDir = path.join(root, 'bench');
export const outDir = path.join(benchDir, 'out');
const bin = (name) => path.join(root, 'node_modules/.bin', name);

export const PORTS = { api: 8911, floor: 8912, cost: 8913, single: 8914 };
export const url = (service, p = '/') => `http://127.0.0.1:${PORTS[service]}${p}`;

/** A realistic r6 インボイス枠（インボイス対応類型） purchase: accounting + ordering software, 2 years of cloud, services, a PC. */
export const ESTIMATE_BODY = {
  round: 'r6',
  asOf: '2025-06-01',
  type: 'invoice',
  applicant: { size: 'sme', nearMinimumWage: false },
  functions: ['accounting', 'ordering'],
  costs: { software: 600000, cloud: { monthly: 15000, months: 24 }, services: 200000, pc: 150000, register: 0 },
};
export const ELIGIBILITY_BODY = {
  round: 'r6',
  asOf: '2025-06-01',
  types: ['invoice', 'regular'],
  business: { form: 'company', industry: 'retail', capital: 30000000, employees: 60, deemedLarge: false, operatesInJapan: true },
  status: { gbizIdPrime: true, securityAction: 'one-star', contractedBeforeDecision: false, minimumWageCompliant: true, priorGrants: [] },
};

/** The endpoints measured; `floor` is the floor worker's request of the same shape. */
export const TARGETS = [
  { name: 'GET /health', method: 'GET', path: '/health' },
  { name: 'POST /v1/estimate', method: 'POST', path: '/v1/estimate', body: ESTIMATE_BODY, goal: 0.8 },
  { name: 'POST /v1/eligibility', method: 'POST', path: '/v1/eligibility', body: ELIGIBILITY_BODY, goal: 0.75 },
  { name: 'GET /v1/deadlines', method: 'GET', path: '/v1/deadlines?round=r6&asOf=2025-06-01' },
];

export const requireWrk = () => {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (e) {
    if (e.code === 'ENOENT') {
      console.error('wrk is not installed: apt-get install -y wrk');
      process.exit(2);
    }
  }
};

/**
 * `wrangler deploy --dry-run --outdir bench/out`; returns the bundle's raw and gzip size. Also
 * bundles bench/evaluate.ts (one estimate without HTTP) to bench/out/evaluate.js with esbuild,
 * zod swapped for src/lib/zod-lean as wrangler.toml does.
 */
export const build = () => {
  execFileSync(bin('wrangler'), ['deploy', '--dry-run', '--outdir', outDir], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync(bin('esbuild'), [path.join(benchDir, 'evaluate.ts'), '--bundle', '--minify', '--format=esm', '--platform=neutral', '--main-fields=module,main', '--conditions=workerd,worker,browser', '--alias:zod=./src/lib/zod-lean/index.ts', `--outfile=${path.join(outDir, 'evaluate.js')}`, '--log-level=warning'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = fs.readFileSync(path.join(outDir, 'index.js'));
  return { raw: code.length, gzip: zlib.gzipSync(code, { level: 9 }).length };
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts `workerd serve bench/workerd.capnp <config>`; resolves once `probeUrl` answers. */
export const serve = async (config, probeUrl, timeoutMs = 15000) => {
  const t0 = performance.now();
  const child = spawn(bin('workerd'), ['serve', path.join(benchDir, 'workerd.capnp'), config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  for (let i = 0; performance.now() - t0 < timeoutMs; i++) {
    if (child.exitCode !== null) throw new Error(`workerd exited: ${stderr}`);
    try {
      const res = await fetch(probeUrl);
      await res.arrayBuffer();
      return { child, firstResponseMs: performance.now() - t0, stop: () => stopChild(child) };
    } catch {
      await sleep(2);
    }
  }
  stopChild(child);
  throw new Error(`workerd did not answer ${probeUrl} within ${timeoutMs} ms: ${stderr}`);
};

const stopChild = (child) =>
  new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

/** One request; `{status, code}` (code = problem code, if any). */
export const probe = async (service, target) => {
  const res = await fetch(url(service, target.path), target.body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(target.body) } : {});
  const text = await res.text();
  let code;
  try {
    code = JSON.parse(text).code;
  } catch {}
  return { status: res.status, code, text };
};

/** Writes a wrk Lua script for one target (POST with its JSON body) and returns its path. */
export const wrkScript = (name, requests) => {
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.lua`);
  const lua = [
    '-- Built in init(): wrk.format adds the Host header only once wrk.headers has it.',
    'local reqs = {}',
    'init = function(args)',
    ...requests.map((t) => `  table.insert(reqs, wrk.format(${JSON.stringify(t.method)}, ${JSON.stringify(t.path)}, ${t.body ? '{["Content-Type"] = "application/json"}' : '{}'}, ${t.body ? luaString(JSON.stringify(t.body)) : 'nil'}))`),
    'end',
    'local i = 0',
    'request = function() i = i % #reqs + 1; return reqs[i] end',
  ].join('\n');
  fs.writeFileSync(file, `${lua}\n`);
  return file;
};
const luaString = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[^\x20-\x7e]/g, (ch) => [...Buffer.from(ch)].map((b) => `\\${b}`).join(''))}"`;

/** Runs wrk and parses requests/s, p50/p99 (ms), non-2xx and socket errors. */
export const wrk = ({ target, script, connections, seconds, threads = 1 }) => {
  const out = execFileSync('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--latency', '-s', script, target], { encoding: 'utf8' });
  const ms = (label) => {
    const m = out.match(new RegExp(`^\\s*${label}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm'));
    if (!m) return NaN;
    return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]];
  };
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    rps: Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? NaN),
    requests: Number(out.match(/(\d+) requests in/)?.[1] ?? NaN),
    p50: ms('50'),
    p99: ms('99'),
    non2xx: Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    socketErrors: socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0,
    raw: out,
  };
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
