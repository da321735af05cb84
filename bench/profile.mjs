#!/usr/bin/env node
// A V8 CPU profile of one endpoint, by function: `node bench/profile.mjs [path] [GET|POST] [n]`.
// Builds the Worker unminified (wrangler --dry-run, bench/out-prof/), runs it in Node (same JS; the
// Request/Response are Node's, so the runtime's own costs differ from workerd's: for those, compare
// built bundles under workerd with bench/ab-cpu.mjs), n requests under --cpu-prof, and prints the
// self and inclusive share of the top functions. Bodies: ESTIMATE_BODY / ELIGIBILITY_BODY of
// scripts/bench-lib.mjs, or BODY='{"…":…}'.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'bench', 'out-prof');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const [target = '/v1/estimate', method = target === '/v1/eligibility' || target === '/v1/estimate' ? 'POST' : 'GET', n = '5000'] = process.argv.slice(2);

if (process.env.PROFILE_CHILD) {
  const { default: app } = await import(path.join(out, 'index.js'));
  const lib = await import(path.join(root, 'scripts', 'bench-lib.mjs'));
  const body =
    method === 'POST' ? (process.env.BODY ?? JSON.stringify(target.startsWith('/v1/eligibility') ? lib.ELIGIBILITY_BODY : lib.ESTIMATE_BODY)) : undefined;
  const headers = body ? { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } : {};
  const ctx = { waitUntil() {}, passThroughOnException() {} };
  const once = async () => (await app.fetch(new Request(`http://bench${target}`, { method, headers, body }), {}, ctx)).arrayBuffer();
  for (let i = 0; i < 300; i++) await once();
  const t0 = performance.now();
  for (let i = 0; i < Number(n); i++) await once();
  console.log(`${method} ${target}: ${(((performance.now() - t0) * 1000) / Number(n)).toFixed(1)} µs/request in Node (${n} requests)`);
  process.exit(0);
}

execFileSync(bin('wrangler'), ['deploy', '--dry-run', '--outdir', out, '--minify', 'false'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
const dir = fs.mkdtempSync(path.join(out, 'cpu-'));
execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, '--cpu-prof-interval', '50', import.meta.filename, target, method, n], {
  env: { ...process.env, PROFILE_CHILD: '1' },
  stdio: 'inherit',
});
const profile = JSON.parse(fs.readFileSync(path.join(dir, fs.readdirSync(dir)[0]), 'utf8'));
fs.rmSync(dir, { recursive: true });
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const ours = (url) => url.endsWith('/index.js');
const key = (f) => `${f.functionName || '(anonymous)'} ${ours(f.url) ? `index.js:${f.lineNumber + 1}` : path.basename(f.url) || '(native)'}`;
const self = new Map();
const inclusive = new Map();
for (const sample of profile.samples) {
  const k = key(nodes.get(sample).callFrame);
  self.set(k, (self.get(k) ?? 0) + 1);
  const seen = new Set();
  for (let id = sample; id !== undefined; id = parent.get(id)) {
    const name = key(nodes.get(id).callFrame);
    if (!seen.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    seen.add(name);
  }
}
const total = profile.samples.length;
const top = (map, k) =>
  [...map]
    .filter(([name]) => name.includes('index.js:') || name.startsWith('(garbage'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([name, count]) => `${((100 * count) / total).toFixed(1).padStart(5)} %  ${name}`)
    .join('\n');
console.log(`\n${total} samples; the Worker's functions (bench/out-prof/index.js lines), share of all samples`);
console.log(`-- self --\n${top(self, 25)}\n-- inclusive --\n${top(inclusive, 40)}`);
