// Mounts the docs UI (public/docs/scalar-api-reference.js, the pinned @scalar/api-reference) on
// /docs, reading this deployment's /openapi.json. Nothing is loaded from another origin: no web
// fonts (withDefaultFonts; scripts/docs-assets.mjs drops the bundle's @font-face rules), no
// telemetry, no request proxy, no AI agent; "Try it" calls this same origin (the document's
// `servers` is relative). The page's CSP (src/routes/docs/docs.index.ts) enforces it.
//
// Loaded before the bundle: the zod inside it probes for eval (`Function('')`) unless told to run
// without code generation, and the CSP has no 'unsafe-eval'.
globalThis.__zod_globalConfig = { ...globalThis.__zod_globalConfig, jitless: true };

document.addEventListener('DOMContentLoaded', () => {
  globalThis.Scalar.createApiReference('#api-reference', {
    url: '/openapi.json',
    withDefaultFonts: false,
    telemetry: false,
    showDeveloperTools: 'never',
    documentDownloadType: 'both',
    agent: { disabled: true },
    mcp: { disabled: true },
  });
});
