import { OpenAPIHono, type Hook } from '@hono/zod-openapi';
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

export const createRouter = () => new OpenAPIHono<AppBindings>({ strict: false, defaultHook });
