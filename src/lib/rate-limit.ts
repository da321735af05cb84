/**
 * Per-client-IP throttle for POST requests, on the Workers Rate Limiting binding
 * (`[[ratelimits]]` RATE_LIMITER in wrangler.toml: a count per key per 60 s, per Cloudflare location).
 *
 * A no-op when the binding is absent (plain `workerd serve`, benchmarks) or when the request has
 * no `CF-Connecting-IP` (Cloudflare's edge always sets it; locally and in tests nothing does), so
 * neither `npm start` nor the test suite is ever throttled. A limiter that fails lets the request
 * through: availability over strictness for a free public API.
 */
import type { Context, Next } from 'hono';
import { ProblemError } from './problem.ts';

/** The shape of the binding (`RateLimit` in @cloudflare/workers-types). */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** Seconds a throttled client should wait: the binding's period (it does not report the reset time). */
export const RETRY_AFTER_SECONDS = 60;

const limiterOf = (c: Context): RateLimiter | undefined => {
  const binding = (c.env as { RATE_LIMITER?: unknown } | undefined)?.RATE_LIMITER as RateLimiter | undefined;
  return typeof binding?.limit === 'function' ? binding : undefined;
};

const allowed = async (limiter: RateLimiter, key: string): Promise<boolean> => {
  try {
    return (await limiter.limit({ key })).success;
  } catch {
    return true;
  }
};

/** Middleware: 429 `rate_limited` with `Retry-After` once a client IP exceeds the POST budget. */
export const rateLimit = async (c: Context, next: Next) => {
  if (c.req.method !== 'POST') return next();
  const limiter = limiterOf(c);
  const ip = c.req.header('cf-connecting-ip');
  if (!limiter || !ip) return next();
  if (await allowed(limiter, `post:${ip}`)) return next();
  throw new ProblemError(
    'rate_limited',
    { ja: `リクエストが多すぎます。${RETRY_AFTER_SECONDS} 秒ほど待ってから再度お試しください`, en: `Too many requests; retry in about ${RETRY_AFTER_SECONDS} seconds` },
    { retryAfter: RETRY_AFTER_SECONDS },
    [],
    { 'Retry-After': String(RETRY_AFTER_SECONDS) },
  );
};
