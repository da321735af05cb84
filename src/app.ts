/**
 * Builds the app once: middleware, error mapping, docs and routes. Pure construction: the
 * Worker entry (src/index.ts) passes the production registry; tests may pass another.
 */
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { createRouter } from './lib/create-router.ts';
import { EXPOSE_HEADERS, conditionalGet, responseHeaders } from './lib/headers.ts';
import { ProblemError, problemBody, problemResponse } from './lib/problem.ts';
import { NO_ROUTES, requestGuard, routingProblem } from './lib/request-guard.ts';
import type { Registry } from './rules/registry.ts';
import { routers } from './routes/index.ts';
import { createMcpRouter } from './routes/mcp/mcp.index.ts';
import { docsRouter } from './routes/docs/docs.index.ts';
import { openapiJson, openapiYaml } from './lib/openapi-doc.ts';
import { type Fetch, withHotPath } from './lib/fast-path.ts';

export { MAX_BODY_BYTES } from './lib/request-guard.ts';

export const OPENAPI_INFO: Parameters<ReturnType<typeof createRouter>['getOpenAPI31Document']>[0] = {
  openapi: '3.1.0',
  info: {
    title: 'IT導入補助金 API',
    version: '1.0.0',
    description:
      'Exact subsidy estimates, eligibility and deadlines for Japan’s IT導入補助金 (デジタル化・AI導入補助金 ' +
      'from 2026), every number with its source. Answers are estimates, not decisions of the ' +
      '事務局.\n\nIT導入補助金の補助額・申請可否・締切を、出典付きで返す API です。回答は概算であり、事務局の決定ではありません。',
    license: { name: 'MIT', url: 'https://opensource.org/licenses/MIT' },
  },
  // Relative: "Try it" in /docs and generated clients call the deployment that served the
  // document (on a local run, the local one). Any other deployment, production included, by its
  // origin (the PUBLIC_ORIGIN its operator configured).
  servers: [
    { url: '/', description: 'This deployment: the origin that serves this document · この文書を配信しているサーバー' },
    {
      url: '{origin}',
      description: 'Another deployment, e.g. production: its origin · 他のデプロイ（本番など）',
      variables: {
        origin: {
          default: 'https://it-hojo-api.example.jp',
          description: 'scheme://host[:port] of the deployment (its PUBLIC_ORIGIN in wrangler.toml); the default is a placeholder.',
        },
      },
    },
  ],
  tags: [
    { name: 'estimate', description: 'Subsidy estimates, line by line · 補助額の試算' },
    { name: 'eligibility', description: 'Who may apply for which type · 申請できる類型' },
    { name: 'deadlines', description: 'Application deadlines and a calendar feed · 締切とカレンダー' },
    { name: 'rounds', description: 'Budget rounds and their rule files · 回とルール' },
    { name: 'mcp', description: 'Model Context Protocol endpoint for chatbots · チャットボット向け MCP' },
    { name: 'meta', description: 'Service metadata · サービス情報' },
  ],
};

/** GETs whose 200 nothing may cache (`no-store`), so they never answer 304. */
const NOT_CACHEABLE = new Set(['/health']);
const NOT_MODIFIED = {
  description: 'Not Modified: If-None-Match matched the entity tag of the current answer (RFC 9110 §15.4.5); no body.',
  headers: { ETag: { description: 'The entity tag of the current answer.', schema: { type: 'string' } } },
};

/**
 * Every cacheable GET declares its 304: `conditionalGet` (lib/headers.ts) answers one for any GET
 * whose 200 is not `no-store` when If-None-Match matches, so the document says so in one place.
 */
const declareNotModified = <D extends { paths?: Record<string, { get?: { responses?: Record<string, unknown> } } | undefined> }>(doc: D): D => {
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const responses = item?.get?.responses;
    if (responses && !NOT_CACHEABLE.has(path) && !responses['304']) responses['304'] = NOT_MODIFIED;
  }
  return doc;
};

/**
 * `hotPath: false` leaves out lib/fast-path.ts (the app answers everything): the tests compare both.
 */
export const createApp = (registry: Registry, options: { hotPath?: boolean } = {}) => {
  const app = createRouter();

  app.use('*', async (c, next) => {
    c.set('registry', registry);
    await next();
  });
  // Any site may call the API from a browser: no credentials, so "*" is safe (Fetch standard).
  const preflight = cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Accept-Language', 'If-None-Match', 'Mcp-Session-Id', 'Mcp-Protocol-Version'],
    exposeHeaders: [...EXPOSE_HEADERS],
    maxAge: 86400,
  });
  // Hono's cors() answers the preflight (OPTIONS → 204); on every other request the CORS headers,
  // the security headers (they still let other origins fetch the API and load /widget.js) and the
  // default Cache-Control are set once on the final response (lib/headers.ts: cheaper).
  app.use('*', (c, next) => (c.req.method === 'OPTIONS' ? preflight(c, next) : next()));
  app.use('*', responseHeaders);
  // Routing (404/405), lang, rate limit, then the JSON body: one module owns the order.
  app.use(
    '*',
    requestGuard(() => app.routes),
  );
  app.use('*', conditionalGet);

  for (const router of routers) app.route('/', router);
  app.route('/', createMcpRouter(app)); // POST /mcp: tools dispatch to the routes above, in-process

  // The OpenAPI document, rendered at build time: bytes encoded once per isolate (lib/openapi-doc.ts).
  app.get('/openapi.json', (c) => {
    const { body, headers } = openapiJson();
    return c.body(body, 200, headers);
  });
  app.get('/openapi.yaml', (c) => {
    const { body, headers } = openapiYaml();
    return c.body(body, 200, headers);
  });
  app.route('/', docsRouter); // the docs UI itself is a static asset (public/docs/)
  app.get('/', (c) => c.redirect('/docs'));

  // Reached only when the guard routed the request but no handler answered (e.g. HEAD on a path
  // whose handler is POST-only is already a 405): the same 404 as the guard's.
  app.notFound((c) => routingProblem(c, NO_ROUTES, c.get('lang') ?? 'ja')!);

  app.onError((err, c) => {
    const lang = c.get('lang') ?? 'ja';
    if (err instanceof ProblemError) {
      return problemResponse(c, problemBody(err.code, lang, err.detail, c.req.path, err.errors, err.extra), err.headers);
    }
    if (err instanceof HTTPException && err.status < 500) {
      const code = err.status === 413 ? 'payload_too_large' : err.status === 415 ? 'unsupported_media_type' : 'validation_failed';
      return problemResponse(c, problemBody(code, lang, { ja: 'リクエストが正しくありません', en: 'The request is not valid' }, c.req.path));
    }
    console.error('unhandled error', c.req.method, c.req.path, err);
    return problemResponse(
      c,
      problemBody(
        'internal_error',
        lang,
        { ja: '予期しないエラーが起きました。時間をおいて再度お試しください', en: 'An unexpected error occurred; please try again later' },
        c.req.path,
      ),
    );
  });

  // The hot routes' plain, successful requests are answered in front of the middleware chain.
  if (options.hotPath !== false) app.fetch = withHotPath(registry, app.fetch as Fetch) as typeof app.fetch;
  return app;
};

export type App = ReturnType<typeof createApp>;

/**
 * The OpenAPI document of an app, rendered from its routes' zod definitions (plus the 304s).
 * Run at build time by scripts/openapi.mjs, which writes it to src/openapi.gen.ts (served) and
 * openapi.yaml (committed); the Worker itself never calls it.
 */
export const openApiDocument = (app: App) => declareNotModified(app.getOpenAPI31Document(OPENAPI_INFO));
