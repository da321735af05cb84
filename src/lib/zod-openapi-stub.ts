/**
 * Bundle-only stand-in for `@asteasolutions/zod-to-openapi` (wired by `[alias]` in wrangler.toml).
 * The Worker serves the OpenAPI document rendered at build time (src/openapi.gen.ts, by
 * scripts/build-modules.mjs with the real package in Node), so it never renders one: the real
 * package would only cost isolate start (each `.openapi()` call clones its schema and records
 * metadata in a registry, each route is registered for the generator) and ~29 KB of bundle. Here
 * `.openapi()` returns its schema unchanged (the metadata is documentation only: validation is
 * zod's), registries keep nothing, and a generator fails loudly if anything constructs one.
 * scripts/stand-ins.mjs checks that this module exports every name `@hono/zod-openapi` imports from
 * the real package (part of npm test).
 */
/** Keeps no definitions: the document is rendered at build time. */
export class OpenAPIRegistry {
  readonly definitions: unknown[] = [];
  register<T>(_refId: unknown, schema: T): T {
    return schema;
  }
  registerParameter<T>(_refId: unknown, schema: T): T {
    return schema;
  }
  registerPath(_route: unknown): void {}
  registerWebhook(_webhook: unknown): void {}
  registerComponent(_type: unknown, _name: unknown, component: unknown): { name: unknown; ref: unknown } {
    return { name: _name, ref: component };
  }
}

class GeneratorUnavailable {
  constructor() {
    throw new Error('the OpenAPI generator is not bundled in the Worker: the document is src/openapi.gen.ts (src/lib/zod-openapi-stub.ts)');
  }
}
export const OpenApiGeneratorV3 = GeneratorUnavailable;
export const OpenApiGeneratorV31 = GeneratorUnavailable;

/** `.openapi(…)` on every zod schema, returning the schema itself (as the real one, once per zod instance). */
export const extendZodWithOpenApi = (zod: { ZodType: { prototype: object } }): void => {
  const proto = zod.ZodType.prototype as { openapi?: unknown };
  if (typeof proto.openapi !== 'undefined') return;
  proto.openapi = function openapi<T>(this: T): T {
    return this;
  };
};

/** No metadata is recorded. */
export const getOpenApiMetadata = (_schema: unknown): { _internal?: { refId?: string } } => ({});
