import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
import { LinearRouter } from 'hono/router/linear-router';
import type { AppBindings } from './types.ts';
import { fieldErrors, problemBody, problemResponse } from './problem.ts';

/**
 * The one validation hook: every failed request schema (body, query, path) becomes a 400
 * problem+json listing each offending field.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const defaultHook: Hook<any, AppBindings, any, any> = (result, c) => {
  if (result.success) return;
  const lang = c.get('lang') ?? 'ja';
  const errors = fieldErrors(result.error.issues, lang, [], (result as { data?: unknown }).data);
  const n = errors.length;
  return problemResponse(
    c,
    problemBody(
      'validation_failed',
      lang,
      { ja: `${n} 件の項目が正しくありません（${result.target}）`, en: `${n} field${n === 1 ? ' is' : 's are'} invalid (${result.target})` },
      c.req.path,
      errors,
    ),
  );
};

/**
 * Hono's LinearRouter, not its default (SmartRouter over RegExpRouter and TrieRouter): the default
 * compiles every route into one regular expression on the isolate's first request through the app,
 * ≈ 2–6 ms of CPU (first POST /mcp initialize of a new isolate: 16.4–19.5 → 13.5–14.2 ms in
 * workerd, issue 14), where a linear scan of the ~45 routes costs no more per request than the
 * compiled expression did (app-path requests, workerd CPU per request, within noise).
 */
export const createRouter = () => new OpenAPIHono<AppBindings>({ strict: false, defaultHook, router: new LinearRouter() });
