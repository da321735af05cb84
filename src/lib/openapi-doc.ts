/**
 * GET /openapi.json and /openapi.yaml as bytes: the document is rendered from the routes at build
 * time (scripts/build-modules.mjs writes src/openapi.gen.ts: the JSON text, its ETag and the ETag
 * of its YAML form), so a request only encodes it, once per isolate; the YAML form is derived from
 * that text once, on first use (lib/yaml.ts). Served by the app (src/app.ts) and, for plain GETs, by the hot path (fast-path.ts).
 */
import { OPENAPI_JSON, OPENAPI_JSON_ETAG, OPENAPI_YAML_ETAG } from '../openapi.gen.ts';
import { jsonToYaml } from './yaml.ts';

export interface OpenApiAnswer {
  status: 200;
  body: Uint8Array<ArrayBuffer>;
  headers: { 'Content-Type': string; ETag: string };
}

const once = (contentType: string, text: () => string, etag: string) => {
  let built: OpenApiAnswer | undefined;
  return (): OpenApiAnswer => {
    if (!built) {
      const body = new TextEncoder().encode(text()) as Uint8Array<ArrayBuffer>;
      built = { status: 200, body, headers: { 'Content-Type': contentType, ETag: etag } };
    }
    return built;
  };
};

/** The JSON document: its bytes, Content-Type and ETag (computed at build time). */
export const openapiJson = once('application/json', () => OPENAPI_JSON, OPENAPI_JSON_ETAG);
/** The YAML form of the same document, rendered on first use (its ETag computed at build time from the same rendering). */
export const openapiYaml = once('application/yaml; charset=utf-8', () => jsonToYaml(JSON.parse(OPENAPI_JSON)), OPENAPI_YAML_ETAG);
