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
export const bin = (name) => path.join(root, 'node_modules/.bin', name);

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

/** The endpoints measured; `floor` is the floor worker's request of the same shape; goals from the issue (ratio to the floor). */
export const TARGETS = [
  { name: 'GET /health', method: 'GET', path: '/health', goal: 0.9 },
  { name: 'POST /v1/estimate', method: 'POST', path: '/v1/estimate', body: ESTIMATE_BODY, goal: 0.8 },
  { name: 'POST /v1/eligibility', method: 'POST', path: '/v1/eligibility', body: ELIGIBILITY_BODY, goal: 0.75 },
  { name: 'GET /v1/deadlines', method: 'GET', path: '/v1/deadlines?round=r6&asOf=2025-06-01', goal: 0.75 },
  { name: 'GET /v1/deadlines.ics', method: 'GET', path: '/v1/deadlines.ics', goal: 0.5 },
  // As calendar apps ask for it (they send Accept-Encoding: gzip): the feed compressed once per isolate.
  { name: 'GET /v1/deadlines.ics (gzip)', method: 'GET', path: '/v1/deadlines.ics', headers: { 'Accept-Encoding': 'gzip' }, goal: 0.5 },
];

/** Goals of the per-request bounds (issue 14): CPU in-worker and answer size of every valid request. */
export const MAX_REQUEST_US = 5000;
export const MAX_ANSWER_BYTES = 256 * 1024;
/** First request on a fresh isolate for what is built lazily (OpenAPI document, MCP server). */
export const MAX_FIRST_US = 10_000;

const GROUP_MAX = 200;
const member = (i) => ({
  software: 1_000_000 + i,
  services: 200_000,
  pc: 100_000 + i,
  size: i % 3 ? 'sme' : 'small',
  functions: ['accounting', 'ordering', 'payment'],
});
/** The largest valid 複数社連携 estimate: the documented maximum group, every member with costs. */
const GROUP_BODY = {
  round: 'r6',
  asOf: '2025-06-01',
  type: 'multi-company',
  applicant: { size: 'sme' },
  functions: ['accounting', 'ordering'],
  group: { members: GROUP_MAX, analysis: 30_000_000, admin: 5_000_000, memberCosts: Array.from({ length: GROUP_MAX }, (_, i) => member(i)) },
};
/** The largest invalid body under the body limit: every member's every field wrong (the error list is truncated). */
const BAD_GROUP_BODY = {
  ...GROUP_BODY,
  group: {
    ...GROUP_BODY.group,
    memberCosts: Array.from({ length: GROUP_MAX }, () => ({
      software: -1,
      services: 'x',
      pc: 1.5,
      register: -2,
      size: 'huge',
      cloud: { monthly: -1, months: 999 },
    })),
  },
};
const mcp = (id, method, params) => ({ jsonrpc: '2.0', id, method, params });
const MCP_HEADERS = { Accept: 'application/json, text/event-stream', 'Mcp-Protocol-Version': '2025-06-18' };
const MCP_INIT = mcp(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } });

/**
 * The costliest requests known (found by attacking the service): timed in-worker on the first call
 * (cold) and on average, with the answer's size. Order matters: the lazily built ones come first,
 * while the cost worker's isolate has not built them yet.
 */
export const COSTLY = [
  { name: 'GET /openapi.json (first: builds it)', path: '/openapi.json', n: 20, first: true },
  { name: 'POST /mcp initialize (first: loads MCP)', method: 'POST', path: '/mcp', body: MCP_INIT, headers: MCP_HEADERS, n: 50, first: true },
  { name: 'POST /mcp tools/list', method: 'POST', path: '/mcp', body: mcp(2, 'tools/list', {}), headers: MCP_HEADERS, n: 50 },
  { name: `POST /v1/estimate group ${GROUP_MAX} members`, method: 'POST', path: '/v1/estimate', body: GROUP_BODY, n: 20 },
  { name: `POST /v1/estimate group ${GROUP_MAX} (en)`, method: 'POST', path: '/v1/estimate?lang=en', body: GROUP_BODY, n: 20 },
  {
    name: `POST /mcp estimate_subsidy ${GROUP_MAX} members`,
    method: 'POST',
    path: '/mcp',
    body: mcp(3, 'tools/call', { name: 'estimate_subsidy', arguments: GROUP_BODY }),
    headers: MCP_HEADERS,
    n: 20,
  },
  {
    name: `GET /v1/estimate memberCosts.${GROUP_MAX - 1}`,
    path:
      `/v1/estimate?round=r6&asOf=2025-06-01&type=multi-company&applicant.size=sme&group.member` +
      `s=${GROUP_MAX}&group.memberCosts.${GROUP_MAX - 1}.software=1`,
    n: 50,
  },
  { name: `POST /v1/estimate ${GROUP_MAX} bad members (400)`, method: 'POST', path: '/v1/estimate', body: BAD_GROUP_BODY, n: 20, invalid: true },
  {
    name: 'POST /v1/estimate/compare r6 all types',
    method: 'POST',
    path: '/v1/estimate/compare',
    body: {
      round: 'r6',
      asOf: '2025-06-01',
      applicant: { size: 'sme' },
      functions: ['accounting', 'ordering'],
      costs: { software: 2_000_000, cloud: { monthly: 30_000, months: 24 }, services: 500_000, pc: 200_000 },
      group: { members: 10 },
    },
    n: 50,
  },
  { name: 'POST /v1/eligibility every type', method: 'POST', path: '/v1/eligibility', body: { ...ELIGIBILITY_BODY, types: undefined }, n: 100 },
  { name: 'GET /v1/deadlines (all rounds)', path: '/v1/deadlines?asOf=2025-06-01', n: 100 },
  { name: 'GET /v1/deadlines.ics?lang=en (all)', path: '/v1/deadlines.ics?lang=en', n: 100 },
  { name: 'GET /v1/deadlines.ics status=open', path: '/v1/deadlines.ics?status=open&asOf=2025-06-01', n: 100 },
  { name: 'GET /v1/rounds/r6', path: '/v1/rounds/r6', n: 100 },
  { name: 'GET /v1/rounds/r6/…/curve.svg', path: '/v1/rounds/r6/types/invoice/curve.svg', n: 50 },
  { name: 'GET /openapi.yaml', path: '/openapi.yaml', n: 50 },
  { name: 'GET /docs', path: '/docs', n: 50 },
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
  execFileSync(
    bin('esbuild'),
    [
      path.join(benchDir, 'evaluate.ts'),
      '--bundle',
      '--minify',
      '--format=esm',
      '--platform=neutral',
      '--main-fields=module,main',
      '--conditions=workerd,worker,browser',
      '--alias:zod=./src/lib/zod-lean/index.ts',
      `--outfile=${path.join(outDir, 'evaluate.js')}`,
      '--log-level=warning',
    ],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
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
  while (performance.now() - t0 < timeoutMs) {
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
  const res = await fetch(
    url(service, target.path),
    target.body ? { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(target.body) } : {},
  );
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
    ...requests.map(
      (t) =>
        `  table.insert(reqs, wrk.format(${JSON.stringify(t.method)}, ${JSON.stringify(t.path)}, ` +
        `{${Object.entries({ ...(t.body ? { 'Content-Type': 'application/json' } : {}), ...(t.headers ?? {}) })
          .map(([k, v]) => `[${luaString(k)}] = ${luaString(v)}`)
          .join(', ')}}, ${t.body ? luaString(JSON.stringify(t.body)) : 'nil'}))`,
    ),
    'end',
    'local i = 0',
    'request = function() i = i % #reqs + 1; return reqs[i] end',
  ].join('\n');
  fs.writeFileSync(file, `${lua}\n`);
  return file;
};
const luaString = (s) =>
  `"${s
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[^\x20-\x7e]/g, (ch) => [...Buffer.from(ch)].map((b) => `\\${b}`).join(''))}"`;

/** Runs wrk and parses requests/s, p50/p99 (ms), non-2xx and socket errors. */
export const wrk = ({ target, script, connections, seconds, threads = 1 }) => {
  const out = execFileSync('wrk', ['-t', String(threads), '-c', String(connections), '-d', `${seconds}s`, '--latency', '-s', script, target], {
    encoding: 'utf8',
  });
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

/**
 * fetch with retries on a failed connection: workerd closes idle keep-alive sockets (the wrk runs
 * leave the host's socket idle for minutes), and reusing one fails with EPIPE before the request is
 * sent, so a retry is safe.
 */
export const fetchRetry = async (input, init) => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fetch(input, init);
    } catch (e) {
      if (attempt >= 3) throw e;
      await sleep(50);
    }
  }
};

/**
 * CPU time of a process in ns: the sum over its threads of /proc/<pid>/task/<tid>/schedstat's
 * first field (time on a CPU, ns). What a request costs in CPU whatever else the machine runs —
 * unlike wall-clock µs, which a loaded machine inflates.
 */
export const cpuNs = (pid) => {
  let total = 0;
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      total += Number(fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    } catch {}
  }
  return total;
};

/**
 * CPU µs per run of one costly request in the cost worker of the `all` workerd (pid): n runs, minus
 * the CPU of an empty call of the same shape (the host's request to the cost worker).
 */
/** One call to the cost worker (`?<query>`) of the workerd process `pid`: its JSON answer and the process's CPU µs during it. */
export const cpuCall = async (pid, query, init = {}) => {
  const before = cpuNs(pid);
  const out = await (await fetchRetry(`${url('cost', '/')}?${query}`, init)).json();
  return { ...out, cpuUs: (cpuNs(pid) - before) / 1000 };
};

export const costlyCpu = async (pid, request, n) => {
  const call = async (k) => {
    const { cpuUs, ...out } = await cpuCall(pid, `run&n=${k}`, { method: 'POST', body: JSON.stringify(request) });
    return { ...out, ns: cpuUs * 1000 };
  };
  const first = await call(1);
  const steady = n > 0 ? await call(n) : undefined;
  return { ...first, firstUs: first.ns / 1000, us: steady ? steady.ns / 1000 / n : NaN };
};

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
