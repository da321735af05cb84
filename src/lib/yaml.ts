/**
 * A tiny YAML 1.2 emitter for JSON values (the OpenAPI document): block mappings and sequences,
 * strings plain when unambiguous, otherwise JSON double-quoted (a JSON string is a valid YAML
 * double-quoted scalar). Replaces the `yaml` package (~50 KB) in the Worker bundle.
 *
 * One pass that appends each line once (an array item's `- ` marker is passed down as the prefix
 * of its first line, never spliced in afterwards), and each mapping key is rendered once per
 * spelling: GET /openapi.yaml renders the 180 KB document on an isolate's first request, so this
 * is what that request costs (issue 14).
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;
const PLAIN = /^[A-Za-z_/][\w./-]*$/;

const scalar = (s: string) => (PLAIN.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s));

/** A non-empty array or object (empty ones are written inline, `[]` / `{}`). */
const isCollection = (v: unknown): v is Json[] | { [key: string]: Json } => {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.length > 0;
  for (const _ in v) return true;
  return false;
};

const leaf = (v: Json): string =>
  v === null ? 'null' : typeof v === 'string' ? scalar(v) : Array.isArray(v) ? '[]' : typeof v === 'object' ? '{}' : String(v);

/**
 * Appends the lines of a collection written at `indent`; its first line starts with `first`
 * instead (`indent` itself, or an enclosing sequence's `- ` markers).
 */
const emit = (v: Json[] | { [key: string]: Json }, indent: string, first: string, out: string[], keys: Map<string, string>): void => {
  let lead = first;
  if (Array.isArray(v)) {
    const inner = `${indent}  `;
    for (const item of v) {
      if (isCollection(item)) emit(item, inner, `${lead}- `, out, keys);
      else out.push(`${lead}- ${leaf(item)}`);
      lead = indent;
    }
    return;
  }
  for (const k in v) {
    const value = v[k];
    if (value === undefined) continue;
    let key = keys.get(k);
    if (key === undefined) {
      key = scalar(k);
      keys.set(k, key);
    }
    if (isCollection(value)) {
      out.push(`${lead}${key}:`);
      const at = Array.isArray(value) ? indent : `${indent}  `;
      emit(value, at, at, out, keys);
    } else out.push(`${lead}${key}: ${leaf(value)}`);
    lead = indent;
  }
};

/** YAML text for a value that is already plain JSON (e.g. just parsed): no copy first. */
export const jsonToYaml = (json: Json): string => {
  if (!isCollection(json)) return `${leaf(json)}\n`;
  const out: string[] = [];
  emit(json, '', '', out, new Map());
  return `${out.join('\n')}\n`;
};

/** YAML text for a JSON-compatible value (`undefined` members dropped, `toJSON` applied, as JSON.stringify does). */
export const toYaml = (value: unknown): string => jsonToYaml(JSON.parse(JSON.stringify(value)) as Json);
