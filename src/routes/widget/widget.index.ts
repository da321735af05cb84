/**
 * GET /widget.js (the embeddable `<it-hojo-estimate>` element) and GET /widget (its demo page).
 * Not in the OpenAPI document: they are assets, like /docs. Both are cacheable; the script
 * carries a content ETag (If-None-Match → 304 via the app's etag middleware) and, like every
 * response, `Cross-Origin-Resource-Policy: cross-origin` so any site may load it.
 */
import { createRouter } from '../../lib/create-router.ts';
import { WIDGET_JS, widgetEtag } from '../../widget/widget.source.ts';
import { curveRouter } from '../curve/curve.index.ts';
import { demoPage } from './widget.page.ts';

/** The widget's routes and the curve it draws (GET /v1/rounds/{id}/types/{type}/curve.svg). */
export const widgetRouter = createRouter()
  .route('/', curveRouter)
  .get('/widget.js', (c) =>
    c.body(WIDGET_JS, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      // An hour fresh, then a day served stale while it revalidates (cheap: 304 by ETag).
      'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400',
      ETag: widgetEtag(),
    }),
  )
  .get('/widget', (c) => {
    return c.html(demoPage(new URL(c.req.url).origin, c.get('lang')), 200, { 'Cache-Control': 'public, max-age=300', Vary: 'Accept-Language' });
  });
