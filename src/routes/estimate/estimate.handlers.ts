import type { Context } from 'hono';
import type { Lang } from '../../lib/i18n.ts';
import type { AppBindings, AppRouteHandler } from '../../lib/types.ts';
import type { Registry } from '../../rules/registry.ts';
import { ProblemError, fieldErrors } from '../../lib/problem.ts';
import { compareInputIssues, estimate, estimateInputIssues, type EstimateInput, type InputIssue } from '../../engine/estimate/index.ts';
import { compare } from '../../engine/compare.ts';
import { examples } from '../../rules/examples.gen.ts';
import { resolveAsOf, resolveRound, resolveType, roundByName } from '../resolve.ts';
import { EstimateRequestSchema, type EstimateRequest } from './estimate.schemas.ts';
import type { compareRoute, estimateGet, estimatePost, examplesRoute } from './estimate.routes.ts';

const invalid = (lang: Lang, issues: InputIssue[]) => {
  const n = issues.length;
  return new ProblemError(
    'validation_failed',
    { ja: `${n} 件の項目がこの類型に合いません`, en: `${n} field${n === 1 ? ' does' : 's do'} not fit the type` },
    {},
    issues.map((i) => ({ path: i.path, code: i.code, message: i.message[lang] })),
  );
};

/**
 * A validated request → round, asOf, type → engine; a ProblemError when it does not fit. Shared by
 * POST, GET, the printable page and the hot path (lib/fast-path.ts).
 */
export const estimateAnswer = (registry: Registry, lang: Lang, body: EstimateRequest) => {
  const asOf = resolveAsOf(body.asOf);
  const round = resolveRound(registry, body.round, asOf);
  const type = resolveType(registry, round, body.type);
  const input = body as EstimateInput;
  const issues = estimateInputIssues(round, type, input);
  if (issues.length) throw invalid(lang, issues);
  return estimate(round, input, asOf);
};

const answer = (c: Context<AppBindings>, body: EstimateRequest) => estimateAnswer(c.get('registry'), c.get('lang'), body);

export const estimatePostHandler: AppRouteHandler<typeof estimatePost> = (c) => c.json(answer(c, c.req.valid('json')), 200);

// ---------------------------------------------------------------------------------------------
// GET: dotted query → the body's shape → the body's schema
// ---------------------------------------------------------------------------------------------

const KNOWN = new RegExp(
  String.raw`^(round|asOf|type|lang|processes|functions|applicant\.(size|nearMinimumWage)` +
    String.raw`|costs\.(software|services|pc|register|(cloud|securityService)\.(monthly|months))` +
    String.raw`|accounts\.(total|sme)|group\.(members|analysisMembers|analysis|admin)` +
    String.raw`|group\.memberCosts\.\d{1,3}\.(software|services|pc|register|size|functions|(cloud|securityService)\.(monthly|months)))$`,
);
const NUMBER = /^-?\d+(\.\d+)?$/;

const scalar = (key: string, text: string): unknown => {
  if (key.endsWith('nearMinimumWage')) return text === 'true' ? true : text === 'false' ? false : text;
  if (/^(round|asOf|type)$/.test(key) || key.endsWith('.size')) return text;
  return NUMBER.test(text) ? Number(text) : text;
};

/** Builds the request object from the query; unknown keys are reported as the body's unknown fields would be. */
export const queryToBody = (queries: Record<string, string[]>): { body: Record<string, unknown>; unknown: string[] } => {
  const body: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [key, values] of Object.entries(queries)) {
    if (key === 'lang') continue;
    if (!KNOWN.test(key)) {
      unknown.push(key);
      continue;
    }
    const value = key.endsWith('functions')
      ? values.flatMap((v) => v.split(',')).filter((v) => v !== '')
      : values.length === 1
        ? scalar(key, values[0]!)
        : values;
    const parts = key.split('.');
    let node: Record<string, unknown> | unknown[] = body;
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(parts[i + 1]!);
      const slot = part as keyof typeof node;
      if (last) (node as Record<string, unknown>)[slot] = value;
      else {
        const existing = (node as Record<string, unknown>)[slot];
        const child = existing && typeof existing === 'object' ? existing : nextIsIndex ? [] : {};
        (node as Record<string, unknown>)[slot] = child;
        node = child as Record<string, unknown>;
      }
    });
  }
  // Sparse member arrays (memberCosts.3 without 0–2) become dense with empty members.
  const group = body.group as { memberCosts?: unknown[] } | undefined;
  if (group?.memberCosts) group.memberCosts = Array.from(group.memberCosts, (m) => m ?? {});
  return { body, unknown };
};

/** The dotted query validated as the POST body, then answered: GET /v1/estimate and its printable page. */
export const estimateFromQuery = (c: Context<AppBindings>) => {
  const lang = c.get('lang');
  const { body, unknown } = queryToBody(c.req.queries());
  const parsed = EstimateRequestSchema.safeParse(body);
  const errors = [
    ...unknown.map((path) => ({ path, code: 'unknown_field', message: lang === 'ja' ? '不明な項目です' : 'is not a known field' })),
    ...(parsed.success ? [] : fieldErrors(parsed.error.issues, lang, [], body)),
  ];
  if (errors.length || !parsed.success) {
    const n = errors.length;
    throw new ProblemError(
      'validation_failed',
      { ja: `${n} 件の項目が正しくありません（query）`, en: `${n} field${n === 1 ? ' is' : 's are'} invalid (query)` },
      {},
      errors,
    );
  }
  return { request: parsed.data, result: answer(c, parsed.data) };
};

export const estimateGetHandler: AppRouteHandler<typeof estimateGet> = (c) => c.json(estimateFromQuery(c).result, 200);

// ---------------------------------------------------------------------------------------------
// Compare and examples
// ---------------------------------------------------------------------------------------------

export const compareHandler: AppRouteHandler<typeof compareRoute> = (c) => {
  const registry = c.get('registry');
  const body = c.req.valid('json');
  const asOf = resolveAsOf(body.asOf);
  const round = resolveRound(registry, body.round, asOf);
  for (const t of body.types ?? []) resolveType(registry, round, t);
  const issues = compareInputIssues(round, body);
  if (issues.length) throw invalid(c.get('lang'), issues);
  return c.json(compare(round, body, asOf), 200);
};

export const examplesHandler: AppRouteHandler<typeof examplesRoute> = (c) => {
  const round = roundByName(c.get('registry'), c.req.valid('param').id);
  return c.json({ round: round.id, rulesVersion: round.rulesVersion, examples: examples[round.id] ?? [] }, 200);
};
