import type { AppRouteHandler } from '../../lib/types.ts';
import { pageCsp, pageHeaders } from '../../lib/headers.ts';
import { curveSvg } from '../../lib/svg.ts';
import { curveTypeOf, subsidyCurve } from '../../engine/curve.ts';
import { resolveAsOf, resolveRound, resolveType } from '../resolve.ts';
import { estimateFromQuery } from '../estimate/estimate.handlers.ts';
import type { FunctionId } from '../../rules/schema.ts';
import { PRINT_STYLE, printPage } from './print.page.ts';
import type { printRoute } from './print.routes.ts';

let styleHash: Promise<string> | undefined;
/** 'sha256-…' of the page's <style>, computed once per isolate. */
const hashOfStyle = () =>
  (styleHash ??= crypto.subtle
    .digest('SHA-256', new TextEncoder().encode(PRINT_STYLE))
    .then((d) => `'sha256-${btoa(String.fromCharCode(...new Uint8Array(d)))}'`));

/**
 * What the page loads, and so all its policy allows: its own inline <style> (by hash) and nothing
 * else — no script, no image, no font, no frame; the curve is inline SVG.
 */
export const printPagePolicy = async () => pageCsp({ 'default-src': "'none'", 'style-src': await hashOfStyle() });

export const printHandler: AppRouteHandler<typeof printRoute> = async (c) => {
  const lang = c.get('lang');
  const { request, result } = estimateFromQuery(c);
  const registry = c.get('registry');
  const asOf = resolveAsOf(request.asOf);
  const round = resolveRound(registry, request.round, asOf);
  const type = resolveType(registry, round, request.type);
  const main = result.lines[0];
  const base = curveTypeOf(round, type);
  const functions = (request.functions ?? []) as FunctionId[];
  const svg = base?.lines
    ? curveSvg(
        subsidyCurve(
          round,
          type,
          {
            size: request.applicant.size,
            nearMinimumWage: request.applicant.nearMinimumWage,
            functions,
            processes: request.processes,
            mark: main?.eligibleCost,
          },
          asOf,
        ),
        lang,
        {
          detail:
            functions.length && base.functions
              ? lang === 'ja'
                ? `${functions.length}機能`
                : `${functions.length} function${functions.length > 1 ? 's' : ''}`
              : request.processes !== undefined
                ? lang === 'ja'
                  ? `${request.processes}プロセス`
                  : `${request.processes} processes`
                : undefined,
        },
        640,
      )
    : '';
  const url = new URL(c.req.url);
  const html = printPage({ request, result, curveSvg: svg, lang, jsonUrl: `/v1/estimate${url.search}` });
  return c.html(html, 200, {
    'Cache-Control': 'public, max-age=300',
    Vary: 'Accept-Language',
    ...pageHeaders(await printPagePolicy()),
    'X-Rules-Version': result.round.rulesVersion,
  });
};
