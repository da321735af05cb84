/**
 * GET /docs: the interactive API reference, served entirely by this deployment. The page is this
 * small HTML shell; the UI is the pinned @scalar/api-reference bundle, shipped as a Workers static
 * asset (`[assets]` in wrangler.toml → public/docs/, copied from node_modules by
 * scripts/docs-assets.mjs at build time), mounted by public/docs/init.js on /openapi.json.
 * Not in the OpenAPI document (an HTML page, like /widget). Its CSP: `PAGE_CSP.docs` (lib/headers.ts).
 */
import { createRouter } from '../../lib/create-router.ts';
import { PAGE_CSP, pageHeaders } from '../../lib/headers.ts';

export const DOCS_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>IT導入補助金 API · docs</title>
<meta name="description" content="Reference of the IT導入補助金 API: estimates, eligibility, deadlines and rounds, every number with its source.">
</head>
<body>
<noscript>The interactive reference needs JavaScript. The OpenAPI document itself: <a href="/openapi.yaml">/openapi.yaml</a> · <a \
href="/openapi.json">/openapi.json</a></noscript>
<div id="api-reference"></div>
<script src="/docs/init.js"></script>
<script src="/docs/scalar-api-reference.js"></script>
</body>
</html>
`;

export const docsRouter = createRouter().get('/docs', (c) => c.html(DOCS_HTML, 200, { ...pageHeaders(PAGE_CSP.docs), 'Cache-Control': 'public, max-age=300' }));
