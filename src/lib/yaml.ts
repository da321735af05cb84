/**
 * A tiny YAML 1.2 emitter for JSON values (the OpenAPI document): block mappings and sequences,
 * strings plain when unambiguous, otherwise JSON double-quoted (a JSON string is a valid YAML
 * double-quoted scalar). Replaces the `yaml` package (~50 KB) in the Worker bundle.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;
const PLAIN = /^[A-Za-z_/][\w./-]*$/;

const scalar = (s: string) => (PLAIN.test(s) && !RESERVED.test(s) ? s : JSON.stringify(s));

const isCollection = (v: unknown): v is Json[] | { [key: string]: Json } =>
  typeof v === 'object' && v !== null && (Array.isArray(v) ? v.length > 0 : Object.keys(v).length > 0);

const leaf = (v: Json): string =>
  v === null ? 'null' : typeof v === 'string' ? scalar(v) : Array.isArray(v) ? '[]' : typeof v === 'object' ? '{}' : String(v);

const emit = (v: Json, indent: string, out: string[]): void => {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (!isCollection(item)) {
        out.push(`${indent}- ${leaf(item)}`);
        continue;
      }
      const sub: string[] = [];
      emit(item, `${indent}  `, sub);
      out.push(`${indent}- ${sub[0]!.slice(indent.length + 2)}`, ...sub.slice(1));
    }
    return;
  }
  for (const [key, value] of Object.entries(v as Record<string, Json>)) {
    if (value === undefined) continue;
    if (isCollection(value)) {
      out.push(`${indent}${scalar(key)}:`);
      emit(value, Array.isArray(value) ? indent : `${indent}  `, out);
    } else out.push(`${indent}${scalar(key)}: ${leaf(value)}`);
  }
};

/** YAML text for a JSON-compatible value. */
export const toYaml = (value: unknown): string => {
  const json = JSON.parse(JSON.stringify(value)) as Json;
  if (!isCollection(json)) return `${leaf(json)}\n`;
  const out: string[] = [];
  emit(json, '', out);
  return `${out.join('\n')}\n`;
};
