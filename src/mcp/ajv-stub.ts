/**
 * Bundle-only stand-in for `ajv` and `ajv-formats` (wired by `[alias]` in wrangler.toml).
 * The MCP SDK's `Server` imports its Ajv validator statically, but this server never validates
 * JSON Schema at run time (it passes its own `jsonSchemaValidator`, and Ajv's code generation is
 * forbidden in workerd anyway), so ~140 KB of Ajv would ship unused. Constructing it fails loudly.
 */
export default class AjvUnavailable {
  constructor() {
    throw new Error('ajv is not bundled in the Worker (src/mcp/ajv-stub.ts)');
  }
}
