// Mounts the docs UI (public/docs/scalar-api-reference.js, the pinned @scalar/api-reference) on
// /docs, reading this deployment's /openapi.json. Nothing is loaded from another origin: no web
// fonts (withDefaultFonts; scripts/docs-assets.mjs drops the bundle's @font-face rules), no telemetry, no request proxy; "Try it" calls this same origin (the
// document's `servers` is relative). The page's CSP (src/routes/docs/docs.page.ts) enforces it.
globalThis.Scalar.createApiReference('#api-reference', {
  url: '/openapi.json',
  withDefaultFonts: false,
  telemetry: false,
  showDeveloperTools: 'never',
  documentDownloadType: 'both',
  hideClientButton: false,
  agent: { disabled: true },
  mcp: { disabled: true },
});
