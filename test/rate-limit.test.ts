/**
 * Rate limits (src/lib/rate-limit.ts): the bound case runs with fake limiters passed as the
 * Worker's env (Hono's `app.request(url, init, env)`) for a request as Cloudflare's edge delivers
 * it (a public host, `CF-Connecting-IP`); the local case with the same limiters for a loopback
 * host, as `npm start` delivers it. Nothing depends on the real bindings' counters, and the rest of
 * the suite is never throttled.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { RATE_CLASSES, costClassOf } from '../src/lib/rate-limit.ts';
import { registry } from '../src/rules/index.ts';
import { expectProblem, fakeLimiter } from './helpers.ts';

const app = createApp(registry);
const EDGE = 'https://api.example.jp';
const LOCAL = 'http://127.0.0.1:8787';
const ESTIMATE = JSON.stringify({
  round: 'r6',
  asOf: '2025-06-01',
  type: 'invoice',
  applicant: { size: 'sme' },
  functions: ['accounting', 'ordering'],
  costs: { software: 1_000_000 },
});
const ip = (addr = '203.0.113.7') => ({ 'CF-Connecting-IP': addr });
const postAt = (origin: string, path: string, body: string, headers: Record<string, string>, env?: object) =>
  app.request(`${origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }, env);

/** The three bindings, each with `budget` calls per key. */
const bindings = (budget: number) => ({
  RATE_LIMIT_LIGHT: fakeLimiter(budget),
  RATE_LIMIT_STANDARD: fakeLimiter(budget),
  RATE_LIMIT_HEAVY: fakeLimiter(budget),
});

describe('every endpoint has a cost class', () => {
  it.each([
    ['GET', '/health', 'light'],
    ['GET', '/openapi.json', 'light'],
    ['GET', '/docs', 'light'],
    ['GET', '/widget.js', 'light'],
    ['GET', '/v1/rounds', 'light'],
    ['POST', '/mcp', 'light'],
    ['POST', '/v1/estimate', 'standard'],
    ['GET', '/v1/estimate', 'standard'],
    ['HEAD', '/v1/estimate', 'standard'],
    ['GET', '/v1/estimate/print', 'standard'],
    ['GET', '/v1/rounds/r6', 'standard'],
    ['GET', '/v1/rounds/r6/examples', 'standard'],
    ['GET', '/v1/deadlines', 'standard'],
    ['GET', '/v1/deadlines.ics', 'standard'],
    ['POST', '/v1/estimate/compare', 'heavy'],
    ['POST', '/v1/eligibility', 'heavy'],
    ['GET', '/v1/rounds/r6/types/invoice/curve.svg', 'heavy'],
  ])('%s %s → %s', (method, path, cls) => {
    expect(costClassOf(method, path)).toBe(cls);
  });

  it('the quotas fall as the cost rises (light > standard > heavy)', () => {
    expect(RATE_CLASSES.light.limit).toBeGreaterThan(RATE_CLASSES.standard.limit);
    expect(RATE_CLASSES.standard.limit).toBeGreaterThan(RATE_CLASSES.heavy.limit);
  });
});

describe('bound (on Cloudflare): limited per client IP and class, with the draft RateLimit headers', () => {
  it('a POST estimate over its budget → 429 rate_limited with Retry-After, RateLimit-Policy and RateLimit r=0', async () => {
    const env = bindings(2);
    for (let i = 0; i < 2; i++) {
      const ok = await postAt(EDGE, '/v1/estimate', ESTIMATE, ip(), env);
      expect(ok.status).toBe(200);
      expect(ok.headers.get('ratelimit-policy')).toBe(`"standard";q=${RATE_CLASSES.standard.limit};w=60`);
      expect(ok.headers.get('ratelimit')).toBeNull(); // the binding does not say what remains
    }
    const res = await postAt(EDGE, '/v1/estimate', ESTIMATE, ip(), env);
    const problem = await expectProblem(res, 429, 'rate_limited');
    expect(Number(res.headers.get('retry-after'))).toBe(60);
    expect(res.headers.get('ratelimit')).toBe('"standard";r=0;t=60');
    expect(res.headers.get('ratelimit-policy')).toBe(`"standard";q=${RATE_CLASSES.standard.limit};w=60`);
    expect(problem).toMatchObject({ retryAfter: 60, policy: 'standard' });
    expect(env.RATE_LIMIT_STANDARD.seen.get('standard:203.0.113.7')).toBe(3);
  });

  it('GETs are limited too: the curve is heavy, the rounds list light, each in its own binding', async () => {
    const env = bindings(0);
    const curve = await app.request(`${EDGE}/v1/rounds/r6/types/invoice/curve.svg`, { headers: ip() }, env);
    await expectProblem(curve, 429, 'rate_limited');
    expect(curve.headers.get('ratelimit')).toBe('"heavy";r=0;t=60');
    await expectProblem(await app.request(`${EDGE}/v1/rounds`, { headers: ip() }, env), 429, 'rate_limited');
    expect([...env.RATE_LIMIT_HEAVY.seen.keys()]).toEqual(['heavy:203.0.113.7']);
    expect([...env.RATE_LIMIT_LIGHT.seen.keys()]).toEqual(['light:203.0.113.7']);
    expect(env.RATE_LIMIT_STANDARD.seen.size).toBe(0);
  });

  it('counts each IP separately (another client is not throttled)', async () => {
    const env = bindings(1);
    await postAt(EDGE, '/v1/estimate', ESTIMATE, ip(), env);
    expect((await postAt(EDGE, '/v1/estimate', ESTIMATE, ip(), env)).status).toBe(429);
    expect((await postAt(EDGE, '/v1/estimate', ESTIMATE, ip('198.51.100.1'), env)).status).toBe(200);
  });

  it('an MCP tool call counts POST /mcp as light and the operation it runs in its own class', async () => {
    const env = bindings(5);
    const call = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'compare_types', arguments: { round: 'r6', asOf: '2025-06-01', applicant: { size: 'sme' }, costs: { software: 1_000_000 } } },
    });
    const res = await postAt(EDGE, '/mcp', call, { ...ip(), Accept: 'application/json' }, env);
    expect(res.status).toBe(200);
    expect(env.RATE_LIMIT_LIGHT.seen.get('light:203.0.113.7')).toBeGreaterThanOrEqual(1);
    expect(env.RATE_LIMIT_HEAVY.seen.get('heavy:203.0.113.7')).toBe(1);
  });

  it('an MCP tool call over the operation’s budget → a tool result isError rate_limited', async () => {
    const env = { ...bindings(5), RATE_LIMIT_HEAVY: fakeLimiter(0) };
    const call = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'check_eligibility', arguments: { round: 'r6' } } });
    const body = (await (await postAt(EDGE, '/mcp', call, { ...ip(), Accept: 'application/json' }, env)).json()) as {
      result: { isError: boolean; content: { text: string }[] };
    };
    expect(body.result.isError).toBe(true);
    expect(JSON.parse(body.result.content[1]!.text)).toMatchObject({ status: 429, code: 'rate_limited' });
  });

  it('lets the request through when a binding is absent or the limiter itself fails (availability over strictness)', async () => {
    expect((await postAt(EDGE, '/v1/estimate', ESTIMATE, ip(), {})).status).toBe(200);
    const failing = {
      RATE_LIMIT_STANDARD: {
        limit: async () => {
          throw new Error('binding unavailable');
        },
      },
    };
    expect((await postAt(EDGE, '/v1/estimate', ESTIMATE, ip(), failing)).status).toBe(200);
  });

  it('without CF-Connecting-IP (not from the edge) nothing is limited', async () => {
    expect((await postAt(EDGE, '/v1/estimate', ESTIMATE, {}, bindings(0))).status).toBe(200);
  });
});

describe('local (npm start, wrangler dev): unthrottled unless asked', () => {
  it('a loopback host with the bindings and a client address is not limited and names no policy', async () => {
    const env = bindings(0);
    for (const origin of [LOCAL, 'http://localhost:8787', 'http://[::1]:8787']) {
      const res = await postAt(origin, '/v1/estimate', ESTIMATE, ip('127.0.0.1'), env);
      expect(res.status, origin).toBe(200);
      expect(res.headers.get('ratelimit-policy'), origin).toBeNull();
    }
    expect(env.RATE_LIMIT_STANDARD.seen.size).toBe(0);
  });

  it('RATE_LIMIT_LOCAL=on (RATE_LIMIT_LOCAL=on npm start) limits a local run as on Cloudflare', async () => {
    const env = { ...bindings(1), RATE_LIMIT_LOCAL: 'on' };
    expect((await postAt(LOCAL, '/v1/estimate', ESTIMATE, ip('127.0.0.1'), env)).status).toBe(200);
    await expectProblem(await postAt(LOCAL, '/v1/estimate', ESTIMATE, ip('127.0.0.1'), env), 429, 'rate_limited');
  });
});
