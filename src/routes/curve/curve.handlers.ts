import type { AppRouteHandler } from '../../lib/types.ts';
import { ProblemError } from '../../lib/problem.ts';
import { curveSvg } from '../../lib/svg.ts';
import type { FunctionId, TypeId } from '../../rules/schema.ts';
import { FUNCTION_IDS } from '../../rules/vocab.ts';
import { subsidyCurve } from '../../engine/curve.ts';
import { parseAsOf } from '../../engine/time.ts';
import { resolveType, roundByName } from '../resolve.ts';
import type { curveRoute } from './curve.routes.ts';

export const curveHandler: AppRouteHandler<typeof curveRoute> = (c) => {
  const lang = c.get('lang');
  const registry = c.get('registry');
  const { id, type } = c.req.valid('param');
  const q = c.req.valid('query');
  const round = roundByName(registry, id);
  const rule = resolveType(registry, round, type as TypeId);
  const functions = [q.functions ?? []]
    .flat()
    .flatMap((s) => s.split(','))
    .filter(Boolean);
  const bad = functions.filter((fn) => !(FUNCTION_IDS as readonly string[]).includes(fn));
  if (bad.length) {
    throw new ProblemError('validation_failed', { ja: '1 件の項目が正しくありません（query）', en: '1 field is invalid (query)' }, {}, [
      {
        path: 'functions',
        code: 'invalid_value',
        message: lang === 'ja' ? `次のいずれかにしてください: ${FUNCTION_IDS.join(', ')}` : `must be one of: ${FUNCTION_IDS.join(', ')}`,
      },
    ]);
  }
  const unique = [...new Set(functions)] as FunctionId[];
  // The curve does not depend on the date: read the rules as of the round's opening day, so the
  // same URL always draws the same picture (and caches well).
  const asOf = parseAsOf(round.rules.window.opensOn.value)!;
  const curve = subsidyCurve(round, rule, { size: q.size, functions: unique, processes: q.processes, nearMinimumWage: q.nearMinimumWage, mark: q.mark }, asOf);
  const detail =
    unique.length && rule.functions
      ? lang === 'ja'
        ? `${unique.length}機能`
        : `${unique.length} function${unique.length > 1 ? 's' : ''}`
      : q.processes !== undefined
        ? lang === 'ja'
          ? `${q.processes}プロセス`
          : `${q.processes} processes`
        : undefined;
  return c.body(curveSvg(curve, lang, { detail }, q.width), 200, {
    'Content-Type': 'image/svg+xml; charset=utf-8',
    'Cache-Control': 'public, max-age=3600',
    Vary: 'Accept-Language',
    'X-Rules-Version': round.rulesVersion,
  });
};
