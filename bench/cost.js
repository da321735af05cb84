// In-worker cost: imports the built API bundle and calls it N times in-process (no sockets), so
// the time is routing + validation + computation + JSON, per request. workerd only advances
// Date.now() across I/O, so each measurement is bracketed by a 0 ms timer (an I/O event).
// The floor worker runs through the same harness: its time is what the harness itself costs
// (Request/Response objects, body read), so `us - floorUs` is what the app adds.
import app from './out/index.js';
import floor from './floor.js';
import { chain, evaluate, stages } from './out/evaluate.js';

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

/** Per stage of one estimate (bench/evaluate.ts `stages`), µs each: each stage looped n times on its own input. */
const timeStages = async (n, all) => {
  const out = {};
  for (const [name, run] of Object.entries(all)) {
    run();
    await tick();
    const t0 = Date.now();
    for (let i = 0; i < n; i++) run();
    await tick();
    out[name] = ((Date.now() - t0) * 1000) / n;
  }
  return out;
};

/**
 * One costly request ({ method, path, body?, headers? }) run n times in-process; the host
 * (scripts/bench.mjs) reads this process's CPU time around the call. Returns the first answer's
 * status and size.
 */
const runRequest = async (r, n) => {
  const body = r.body === undefined ? undefined : typeof r.body === 'string' ? r.body : JSON.stringify(r.body);
  // Content-Type and Content-Length as a real client sends them.
  const sent = body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(new TextEncoder().encode(body).length) };
  const headers = { ...sent, ...(r.headers ?? {}) };
  const make = () => new Request(`http://bench${r.path}`, { method: r.method ?? 'GET', headers, body });
  let status = 0;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const res = await app.fetch(make(), {}, ctx);
    const size = (await res.arrayBuffer()).byteLength;
    if (i === 0) [status, bytes] = [res.status, size];
  }
  return { status, bytes, requestBytes: body === undefined ? r.path.length : body.length };
};

/**
 * The floor worker answering what the app answers: the app's status, headers and body bytes of one
 * request, replayed (a POST body is still read and parsed, as the floor does). Its cost is what the
 * answer itself costs the runtime (its headers and bytes); the app minus it is the app's own work.
 */
const mirrorOf = async (make) => {
  const first = await app.fetch(make(), {}, ctx);
  const status = first.status;
  const headers = new Headers(first.headers);
  const bytes = new Uint8Array(await first.arrayBuffer());
  const init = { status, headers, ...(headers.has('content-encoding') ? { encodeBody: 'manual' } : {}) };
  return {
    async fetch(request) {
      if (request.method === 'POST') await request.json();
      return new Response(bytes, init);
    },
  };
};

/**
 * The first `k` estimate stages (bench/evaluate.ts `chain`) inside the floor's harness, n times: a
 * new Request with the body, its text read, the stages run on it, a Response of the floor's small
 * answer — or, with `answer`, of the stages' result (the serialised answer) — read. Differences
 * between consecutive k are what each stage costs where it runs in a real request, the CPU's caches
 * shared with the runtime's own work between requests (a stage alone in a loop stays warm).
 */
const runChain = async (text, k, n, answer) => {
  const headers = { 'Content-Type': 'application/json', 'Content-Length': String(new TextEncoder().encode(text).length) };
  const answerHeaders = { 'Content-Type': 'application/json; charset=utf-8' };
  for (let i = 0; i < n; i++) {
    const body = await new Request('http://bench/v1/estimate', { method: 'POST', headers, body: text }).text();
    const out = chain.run(body, k);
    const res = new Response(answer ? out : '{"ok":true,"keys":6}', { headers: answerHeaders });
    await res.arrayBuffer();
  }
};

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.searchParams.has('chain')) {
      const n = Math.min(Number(url.searchParams.get('n') ?? 1), 100000);
      if (n === 0) return Response.json(chain.names);
      await runChain(await request.text(), Number(url.searchParams.get('upto') ?? 0), n, url.searchParams.has('answer'));
      return Response.json({ n });
    }
    if (url.searchParams.has('run')) return Response.json(await runRequest(await request.json(), Math.min(Number(url.searchParams.get('n') ?? 1), 10000)));
    if (url.searchParams.has('stages')) {
      const n = Math.min(Number(url.searchParams.get('n') ?? 10000), 100000);
      const only = url.searchParams.get('only');
      const all = stages(await request.text());
      if (only === null) return Response.json(await timeStages(n, all));
      // One stage n times (the host reads this process's CPU time around the call); an unknown name: the names.
      if (!(only in all)) return Response.json(Object.keys(all));
      for (let i = 0; i < n; i++) all[only]();
      return Response.json({ n, stage: only });
    }
    if (url.searchParams.has('evaluate')) {
      const n = Math.min(Number(url.searchParams.get('n') ?? 10000), 100000);
      return Response.json({ n, us: await timeEvaluate(n, await request.text()) });
    }
    const n = Math.min(Number(url.searchParams.get('n') ?? 10000), 100000);
    const target = url.searchParams.get('path') ?? '/health';
    const body = request.method === 'POST' ? await request.text() : undefined;
    // Content-Length as a real client sends it (else body-limit middleware must stream-count).
    const headers = {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(new TextEncoder().encode(body).length) }),
      ...JSON.parse(url.searchParams.get('headers') ?? '{}'),
    };
    const make = () => new Request(`http://bench${target}`, body === undefined ? { headers } : { method: 'POST', headers, body });
    const side = url.searchParams.get('side'); // app | floor | mirror: only that worker (the host reads CPU time around the call)
    if (side === 'app') return Response.json({ n, path: target, ...(await time(app, n, make)) });
    if (side === 'floor') return Response.json({ n, path: target, ...(await time(floor, n, make)) });
    if (side === 'mirror') return Response.json({ n, path: target, ...(await time(await mirrorOf(make), n, make)) });
    const measured = await time(app, n, make);
    const base = await time(floor, n, make);
    return Response.json({ n, path: target, ...measured, floorUs: base.us });
  },
};
