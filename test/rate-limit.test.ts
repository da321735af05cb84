/**
 * POST throttling by client IP (src/lib/rate-limit.ts). The 429 path runs with a fake limiter
 * passed as the Worker's env (Hono's `app.request(path, init, env)`), so nothing here depends on
 * the real binding's counters, and the rest of the suite is never throttled.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { registry } from '../src/rules/index.ts';
import { expectProblem } from './helpers.ts';

const app = createApp(registry);
const body = JSON.stringify({ round: 'r6', asOf: '2025-06-01' });
const post = (headers: Record<string, string>, env?: object) =>
  app.request('/v1/eligibility', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body }, env);

/** A limiter that allows `budget` calls per key, recording the keys it saw. */
const fakeLimiter = (budget: number) => {
  const seen = new Map<string, number>();
  return {
    seen,
    limit: async ({ key }: { key: string }) => {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return { success: seen.get(key)! <= budget };
    },
  };
};

describe('rate limiting of POST endpoints by client IP', () => {
  it('answers 429 rate_limited problem+json with Retry-After once an IP is over its budget', async () => {
    const limiter = fakeLimiter(2);
    const env = { RATE_LIMITER: limiter };
    for (let i = 0; i < 2; i++) expect((await post({ 'CF-Connecting-IP': '203.0.113.7' }, env)).status).not.toBe(429);
    const res = await post({ 'CF-Connecting-IP': '203.0.113.7' }, env);
    const problem = await expectProblem(res, 429, 'rate_limited');
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(problem.retryAfter).toBe(Number(res.headers.get('retry-after')));
    expect(limiter.seen.get('post:203.0.113.7')).toBe(3);
  });

  it('counts each IP separately (another client is not throttled)', async () => {
    const env = { RATE_LIMITER: fakeLimiter(1) };
    await post({ 'CF-Connecting-IP': '203.0.113.7' }, env);
    expect((await post({ 'CF-Connecting-IP': '203.0.113.7' }, env)).status).toBe(429);
    expect((await post({ 'CF-Connecting-IP': '198.51.100.1' }, env)).status).not.toBe(429);
  });

  it('does not throttle GET requests', async () => {
    const env = { RATE_LIMITER: fakeLimiter(0) };
    expect((await app.request('/v1/rounds', { headers: { 'CF-Connecting-IP': '203.0.113.7' } }, env)).status).toBe(200);
  });

  it('is a no-op without the binding (npm start, workerd serve) or without CF-Connecting-IP (tests, local)', async () => {
    expect((await post({ 'CF-Connecting-IP': '203.0.113.7' }, {})).status).not.toBe(429);
    expect((await post({}, { RATE_LIMITER: fakeLimiter(0) })).status).not.toBe(429);
  });

  it('lets the request through when the limiter itself fails (availability over strictness)', async () => {
    const env = { RATE_LIMITER: { limit: async () => { throw new Error('binding unavailable'); } } };
    expect((await post({ 'CF-Connecting-IP': '203.0.113.7' }, env)).status).not.toBe(429);
  });
});
