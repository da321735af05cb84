/** Test helpers: requests go through the real Worker (workerd) built from the real rules/. */
import { exports } from 'cloudflare:workers';

export const BASE = 'http://api.test';

export const api = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`${BASE}${path}`, init));

/** A JSON POST as clients send it: with its Content-Length (the Worker's hot path reads only those; lib/fast-path.ts). */
export const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const length = String(new TextEncoder().encode(text).byteLength);
  return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Content-Length': length, ...headers }, body: text });
};

export const json = async <T = any>(res: Response): Promise<T> => (await res.json()) as T;

/** Asserts an RFC 9457 problem response and returns its body. */
export const expectProblem = async (res: Response, status: number, code: string) => {
  const body = await json(res);
  if (res.status !== status || body.code !== code || !res.headers.get('content-type')?.startsWith('application/problem+json')) {
    throw new Error(`expected ${status} ${code} problem+json, got ${res.status} ${res.headers.get('content-type')} ${JSON.stringify(body)}`);
  }
  return body;
};

/** A rate limiter binding that allows `budget` calls per key, recording the keys it saw (lib/rate-limit.ts). */
export const fakeLimiter = (budget: number) => {
  const seen = new Map<string, number>();
  return {
    seen,
    limit: async ({ key }: { key: string }) => {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return { success: seen.get(key)! <= budget };
    },
  };
};
