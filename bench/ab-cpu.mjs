#!/usr/bin/env node
// A/B of two built Worker bundles by the CPU time of their workerd process (/proc schedstat), so a
// loaded machine distorts it less than wall-clock time: each bundle runs in the cost worker of
// bench/workerd.capnp (bench/cost.js `?run`: n in-process requests), twice, alternating; the lower
// of the two runs is printed. Usage (after a build such as `npm run bench` or wrangler --outdir):
//   node bench/ab-cpu.mjs <A index.js> [<B index.js>, default bench/out/index.js]
// A may be bench/floor.js (the floor worker) to see what the runtime itself costs. Env: N (2000).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { COSTLY, ELIGIBILITY_BODY, ESTIMATE_BODY, bin, costlyCpu } from '../scripts/bench-lib.mjs';

const bench = import.meta.dirname;
const n = Number(process.env.N ?? 2000);
const sides = { A: process.argv[2], B: process.argv[3] ?? path.join(bench, 'out', 'index.js') };
const targets = [
  ['GET /health', { path: '/health' }],
  ['POST /v1/estimate', { method: 'POST', path: '/v1/estimate', body: ESTIMATE_BODY }],
  ['POST /v1/eligibility', { method: 'POST', path: '/v1/eligibility', body: ELIGIBILITY_BODY }],
  ['GET /v1/deadlines', { path: '/v1/deadlines?round=r6&asOf=2025-06-01' }],
  ['GET /v1/deadlines.ics', { path: '/v1/deadlines.ics' }],
];
// COSTLY=1: also the costly requests of scripts/bench-lib.mjs that are not first-of-isolate ones (n: N/100).
if (process.env.COSTLY) for (const c of COSTLY) if (!c.first) targets.push([c.name, c]);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const measure = async (side) => {
  const dir = fs.mkdtempSync(`/tmp/ab-cpu-${side}-`);
  fs.mkdirSync(path.join(dir, 'out'));
  for (const f of ['cost.js', 'floor.js', 'workerd.capnp']) fs.copyFileSync(path.join(bench, f), path.join(dir, f));
  fs.copyFileSync(path.join(bench, 'out', 'evaluate.js'), path.join(dir, 'out', 'evaluate.js'));
  fs.copyFileSync(sides[side], path.join(dir, 'out', 'index.js'));
  const child = spawn(bin('workerd'), ['serve', path.join(dir, 'workerd.capnp'), 'all'], { stdio: 'ignore' });
  try {
    for (let i = 0; i < 100; i++) {
      try {
        await fetch('http://127.0.0.1:8913/?n=1');
        break;
      } catch {
        await sleep(100);
      }
    }
    const out = {};
    for (const [name, r] of targets) {
      const k = r.n ? Math.max(1, Math.round(n / 100)) : n; // a costly request: 1/100 as many
      await costlyCpu(child.pid, r, Math.min(k, 200)); // warm-up
      out[name] = await costlyCpu(child.pid, r, k);
    }
    return out;
  } finally {
    child.kill();
    await sleep(300);
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

const runs = [];
for (let i = 0; i < Number(process.env.ROUNDS ?? 2); i++) for (const side of ['A', 'B']) runs.push([side, await measure(side)]);
console.log(`CPU µs per request (workerd process), ${n} in-process requests, best of ${process.env.ROUNDS ?? 2} alternating runs`);
for (const [name] of targets) {
  const best = (side) => Math.min(...runs.filter(([s]) => s === side).map(([, r]) => r[name].us));
  const [a, b] = [best('A'), best('B')];
  const { status, bytes } = runs[1][1][name];
  console.log(`${name.padEnd(40)} A ${a.toFixed(1).padStart(8)}  B ${b.toFixed(1).padStart(8)}  B/A ${(b / a).toFixed(2)}  (B: ${status}, ${bytes} B)`);
}
