/**
 * GET /widget.js (the embeddable `<it-hojo-estimate>` element) and GET /widget (its demo page).
 * Not in the OpenAPI document: they are assets, like /docs. Both are cacheable; the script
 * carries a content ETag (If-None-Match → 304 via the app's etag middleware) and, like every
 * response, `Cross-Origin-Resource-Policy: cross-origin` so any site may load it.
 */
import type { Context } from 'hono';
import { createRouter } from '../../lib/create-router.ts';
import { PAGE_CSP, pageHeaders } from '../../lib/headers.ts';
import type { AppBindings } from '../../lib/types.ts';
import { WIDGET_JS, widgetEtag } from '../../widget/widget.source.ts';
import { curveRouter } from '../curve/curve.index.ts';
import { demoPage } from './widget.page.ts';
import { resolveAsOf } from '../resolve.ts';
import { defaultRound } from '../../engine/round-status.ts';
import { printRoute } from './print.routes.ts';
import { printHandler } from './print.handlers.ts';

/** The widget's routes, the curve it draws (GET /v1/rounds/{id}/types/{type}/curve.svg) and the printable estimate it links to (GET /v1/estimate/print). */
export const widgetRouter = createRouter()
  .route('/', curveRouter)
  .openapi(printRoute, printHandler)
  .get('/widget.js', (c) =>
    c.body(WIDGET_JS, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      // An hour fresh, then a day served stale while it revalidates (cheap: 304 by ETag).
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
      ETag: widgetEtag(),
    }),
  )
  .get('/widget', (c) => {
    const { origin, shared } = snippetOrigin(c);
    const registry = c.get('registry');
    // The sample curve link follows time too: the round the API calls current today.
    const current = defaultRound(registry.rounds, resolveAsOf(undefined))?.id ?? registry.rounds.at(-1)!.id;
    return c.html(demoPage(origin, c.get('lang'), current), 200, {
      ...pageHeaders(PAGE_CSP.widget),
      'Cache-Control': shared ? 'public, max-age=300' : 'private, max-age=300',
      Vary: 'Accept-Language',
    });
  });

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/**
 * The origin the copy-paste snippet points at. The `Host` header is the client's to choose, so it
 * must never reach a page a shared cache may keep: the snippet uses `PUBLIC_ORIGIN` (wrangler.toml
 * `[vars]`) when set, and is cacheable by anyone. Without it, the request's own origin is used, in a
 * page that is `public` on a loopback host (npm start, tests) and `private` anywhere else, so a
 * forged Host only ever reaches the client that sent it.
 */
export const snippetOrigin = (c: Context<AppBindings>): { origin: string; shared: boolean } => {
  const configured = c.env?.PUBLIC_ORIGIN?.trim().replace(/\/+$/, '');
  if (configured) return { origin: configured, shared: true };
  const url = new URL(c.req.url);
  return { origin: url.origin, shared: LOOPBACK.test(url.hostname) };
};
