// In-worker cost: imports the built API bundle and calls it N times in-process (no sockets), so
// the time is routing + validation + computation + JSON, per request. workerd only advances
// Date.now() across I/O, so each measurement is bracketed by a 0 ms timer (an I/O event).
// The floor worker runs through the same harness: its time is what the harness itself costs
// (Request/Response objects, body read), so `us - floorUs` is what the app adds.
import app from './out/index.js';
import floor from './floor.js';
import { evaluate } from './out/evaluate.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

const ctx = { waitUntil() {}, passThroughOnException() {} };

const time = async (worker, n, make) => {
  const first = await worker.fetch(make(), {}, ctx);
  if (!first.ok) return { status: first.status };
  await tick();
  const t0 = Date.now();
  for (let i = 0; i < n; i++) {
    const res = await worker.fetch(make(), {}, ctx);
    await res.arrayBuffer();
  }
  await tick();
  return { status: 200, us: ((Date.now() - t0) * 1000) / n };
};

/** N estimate evaluations (bench/evaluate.ts: JSON.parse, zod, resolve, engine, JSON.stringify), µs each. */
const timeEvaluate = async (n, text) => {
  evaluate(text);
  await tick();
  const t0 = Date.now();
  for (let i = 0; i < n; i++) evaluate(text);
  await tick();
  return ((Date.now() - t0) * 1000) / n;
};

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.searchParams.has('evaluate')) {
      const n = Math.min(Number(url.searchParams.get('n') ?? 10000), 100000);
      return Response.json({ n, us: await timeEvaluate(n, await request.text()) });
    }
    const n = Math.min(Number(url.searchParams.get('n') ?? 10000), 100000);
    const target = url.searchParams.get('path') ?? '/health';
    const body = request.method === 'POST' ? await request.text() : undefined;
    // Content-Length as a real client sends it (else body-limit middleware must stream-count).
    const headers = body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(new TextEncoder().encode(body).length) };
    const make = () => new Request(`http://bench${target}`, body === undefined ? { headers } : { method: 'POST', headers, body });
    const measured = await time(app, n, make);
    const base = await time(floor, n, make);
    return Response.json({ n, path: target, ...measured, floorUs: base.us });
  },
};
