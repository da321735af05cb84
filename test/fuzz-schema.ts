/**
 * JSON-Schema helpers for the generated-request test (test/fuzz.test.ts), driven by the app's own
 * `/openapi.json` (OpenAPI 3.1 = JSON Schema 2020-12 dialect).
 *
 * - `validate(schema, value)`: a small validator for the subset of JSON Schema that
 *   @hono/zod-openapi emits (type incl. type arrays, enum, const, $ref, allOf/anyOf/oneOf, not,
 *   properties/required/additionalProperties/min|maxProperties/propertyNames, items/prefixItems/
 *   min|maxItems/uniqueItems, min|max|exclusiveMin|Max|multipleOf, min|maxLength/pattern,
 *   format date|date-time). Any other validation keyword throws "unsupported keyword", so a new
 *   schema feature can never be skipped silently: extend the validator instead.
 * - `arbitrary(schema)`: a fast-check generator of values that mostly conform (spec examples,
 *   enums, boundaries) and `mutate`: the same values broken on purpose (wrong types, missing and
 *   extra fields, huge numbers, unicode).
 */
import fc from 'fast-check';

export type Schema = Record<string, any>;
export interface Spec {
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, Schema> };
}

const ANNOTATIONS = new Set([
  'description',
  'example',
  'examples',
  'title',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$schema',
  '$id',
  'nullable',
  'discriminator',
  'externalDocs',
  'xml',
  'contentMediaType',
  'contentEncoding',
]);
const KNOWN = new Set([
  'type',
  'enum',
  'const',
  '$ref',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'propertyNames',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'pattern',
  'format',
]);

export const resolve = (spec: Spec, schema: Schema): Schema => {
  let s = schema;
  for (let i = 0; s?.$ref && i < 32; i++) {
    const name = String(s.$ref).replace('#/components/schemas/', '');
    const target = spec.components.schemas[name];
    if (!target) throw new Error(`unresolvable $ref ${s.$ref}`);
    s = target;
  }
  return s;
};

const typeOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'number' ? (Number.isInteger(v) ? 'integer' : 'number') : typeof v;

const deepEqual = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * zod-to-openapi writes `Ref.nullable()` as `allOf: [{$ref}, {type: [T, "null"]}]`, which strict
 * JSON Schema reads as "never null" (the $ref requires T). The intent is plainly "T or null", so
 * the validator accepts null there and records the location (printed by the fuzz test) instead
 * of failing every endpoint on a generator quirk.
 */
export const nullableRefQuirks = new Set<string>();
const isNullableRef = (s: Schema): boolean => {
  const [ref, nul] = s.allOf ?? [];
  const ok = s.allOf?.length === 2 && ref?.$ref && Array.isArray(nul?.type) && nul.type.includes('null') && Object.keys(nul).length === 1;
  if (ok) nullableRefQuirks.add(ref.$ref);
  return Boolean(ok);
};

/** Every violation of `schema` by `value`, as `path: message` strings (empty when valid). */
export const validate = (spec: Spec, schema: Schema | boolean, value: unknown, path = '$'): string[] => {
  if (schema === true || (typeof schema === 'object' && Object.keys(schema).length === 0)) return [];
  if (schema === false) return [`${path}: no value allowed`];
  const s = resolve(spec, schema);
  for (const k of Object.keys(s)) {
    if (!KNOWN.has(k) && !ANNOTATIONS.has(k) && !k.startsWith('x-')) throw new Error(`fuzz-schema: unsupported keyword "${k}" at ${path}`);
  }
  const errs: string[] = [];
  const t = typeOf(value);
  if (s.type !== undefined) {
    const types: string[] = Array.isArray(s.type) ? s.type : [s.type];
    if (!types.some((ty) => ty === t || (ty === 'number' && t === 'integer'))) return [`${path}: expected ${types.join('|')}, got ${t}`];
  }
  if (s.enum && !s.enum.some((e: unknown) => deepEqual(e, value))) errs.push(`${path}: ${JSON.stringify(value)} not in enum`);
  if ('const' in s && !deepEqual(s.const, value)) errs.push(`${path}: expected const ${JSON.stringify(s.const)}`);
  if (value === null && isNullableRef(s)) return errs;
  for (const sub of s.allOf ?? []) errs.push(...validate(spec, sub, value, path));
  if (s.anyOf && !s.anyOf.some((sub: Schema) => validate(spec, sub, value, path).length === 0)) errs.push(`${path}: matches no anyOf branch`);
  if (s.oneOf && s.oneOf.filter((sub: Schema) => validate(spec, sub, value, path).length === 0).length !== 1)
    errs.push(`${path}: does not match exactly one oneOf branch`);
  if (s.not && validate(spec, s.not, value, path).length === 0) errs.push(`${path}: matches "not"`);
  if (typeof value === 'string') {
    const len = [...value].length;
    if (s.minLength !== undefined && len < s.minLength) errs.push(`${path}: shorter than ${s.minLength}`);
    if (s.maxLength !== undefined && len > s.maxLength) errs.push(`${path}: longer than ${s.maxLength}`);
    if (s.pattern && !new RegExp(s.pattern, 'u').test(value)) errs.push(`${path}: does not match ${s.pattern}`);
    if (s.format === 'date' && !DATE.test(value)) errs.push(`${path}: not a date`);
    if (s.format === 'date-time' && !DATE_TIME.test(value)) errs.push(`${path}: not a date-time`);
  }
  if (typeof value === 'number') {
    if (s.minimum !== undefined && value < s.minimum) errs.push(`${path}: < ${s.minimum}`);
    if (s.maximum !== undefined && value > s.maximum) errs.push(`${path}: > ${s.maximum}`);
    if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) errs.push(`${path}: ≤ ${s.exclusiveMinimum}`);
    if (s.exclusiveMaximum !== undefined && value >= s.exclusiveMaximum) errs.push(`${path}: ≥ ${s.exclusiveMaximum}`);
    if (s.multipleOf !== undefined && !Number.isInteger(value / s.multipleOf)) errs.push(`${path}: not a multiple of ${s.multipleOf}`);
  }
  if (Array.isArray(value)) {
    if (s.minItems !== undefined && value.length < s.minItems) errs.push(`${path}: fewer than ${s.minItems} items`);
    if (s.maxItems !== undefined && value.length > s.maxItems) errs.push(`${path}: more than ${s.maxItems} items`);
    if (s.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) errs.push(`${path}: items not unique`);
    const prefix: Schema[] = s.prefixItems ?? [];
    value.forEach((item, i) => {
      const sub = i < prefix.length ? prefix[i] : s.items;
      if (sub !== undefined) errs.push(...validate(spec, sub, item, `${path}[${i}]`));
    });
  }
  if (t === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    for (const r of s.required ?? []) if (!(r in obj)) errs.push(`${path}: missing required "${r}"`);
    if (s.minProperties !== undefined && keys.length < s.minProperties) errs.push(`${path}: fewer than ${s.minProperties} properties`);
    if (s.maxProperties !== undefined && keys.length > s.maxProperties) errs.push(`${path}: more than ${s.maxProperties} properties`);
    for (const k of keys) {
      if (s.propertyNames) errs.push(...validate(spec, s.propertyNames, k, `${path}.${k}(name)`));
      if (s.properties && k in s.properties) errs.push(...validate(spec, s.properties[k], obj[k], `${path}.${k}`));
      else if (s.additionalProperties !== undefined) errs.push(...validate(spec, s.additionalProperties, obj[k], `${path}.${k}`));
    }
  }
  return errs;
};

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** Strings that break naive code: unicode planes, RTL override, NUL, full-width digits, huge text. */
export const nastyString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '０１２',
    '１０００００',
    '𠮷野家🙂',
    '\u202eevil',
    'a\u0000b',
    'null',
    'true',
    '1e309',
    '-0',
    'NaN',
    '__proto__',
    'constructor',
    '../../etc',
    '%00',
    'r6\n',
    'Ｒ６',
    '令和7年',
    '2025-02-30',
    '2025-13-01',
    '9999-12-31',
    '0000-01-01',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/** Numbers at and beyond every edge JSON and JS care about. */
export const nastyNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1.5, -1.5, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e10, 1e10 + 1, 9_999_999_999, 1e21, 5e-324, 4294967296),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

const dateString = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** Strings matching the pattern within the length bounds, or undefined if fast-check cannot parse it. */
const matching = (pattern: string, minLength: number, maxLength: number): fc.Arbitrary<string> | undefined => {
  try {
    return fc.stringMatching(new RegExp(pattern)).filter((v) => v.length >= minLength && v.length <= maxLength);
  } catch {
    return undefined;
  }
};

const stringArb = (s: Schema): fc.Arbitrary<string> => {
  if (s.format === 'date') return dateString;
  const ex: string[] = [s.example, ...(s.examples ?? [])].filter((e): e is string => typeof e === 'string');
  const maxLength = Math.min(s.maxLength ?? 30, 60);
  const minLength = Math.min(s.minLength ?? 0, maxLength);
  const base: fc.Arbitrary<string> = (s.pattern ? matching(s.pattern, minLength, maxLength) : undefined) ?? fc.string({ minLength, maxLength });
  return ex.length ? fc.oneof({ arbitrary: fc.constantFrom(...ex), weight: 2 }, { arbitrary: base, weight: 1 }, { arbitrary: dateString, weight: 1 }) : base;
};

const numberArb = (s: Schema, integer: boolean): fc.Arbitrary<number> => {
  const min = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + (integer ? 1 : 1e-6) : -1e12);
  const max = s.maximum ?? (s.exclusiveMaximum !== undefined ? s.exclusiveMaximum - (integer ? 1 : 1e-6) : 1e12);
  const edges = [min, max, Math.max(min, Math.min(max, 0)), Math.max(min, Math.min(max, 1))].filter((v) => !integer || Number.isInteger(v));
  const ex = [s.example].filter((e) => typeof e === 'number');
  const lo = Math.max(min, Number.MIN_SAFE_INTEGER);
  const hi = Math.min(max, Number.MAX_SAFE_INTEGER);
  const range = integer ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }) : fc.double({ min: lo, max: hi, noNaN: true });
  return fc.oneof(fc.constantFrom(...edges, ...ex), range);
};

/** Values that mostly conform to `schema` (examples first, then structure, enums and edges). */
export const arbitrary = (spec: Spec, schema: Schema, depth = 0): fc.Arbitrary<unknown> => {
  const s = resolve(spec, schema);
  const examples = [s.example, ...(Array.isArray(s.examples) ? s.examples : [])].filter((e) => e !== undefined);
  const structural = structuralArb(spec, s, depth);
  return examples.length && typeof examples[0] === 'object'
    ? fc.oneof({ arbitrary: fc.constantFrom(...examples), weight: 1 }, { arbitrary: structural, weight: 2 })
    : structural;
};

const structuralArb = (spec: Spec, s: Schema, depth: number): fc.Arbitrary<unknown> => {
  if ('const' in s) return fc.constant(s.const);
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.anyOf || s.oneOf) return fc.oneof(...(s.anyOf ?? s.oneOf).map((sub: Schema) => arbitrary(spec, sub, depth + 1)));
  if (s.allOf) {
    const parts = s.allOf.map((sub: Schema) => resolve(spec, sub));
    return structuralArb(
      spec,
      {
        ...Object.assign({}, ...parts),
        properties: Object.assign({}, ...parts.map((p: Schema) => p.properties ?? {})),
        required: parts.flatMap((p: Schema) => p.required ?? []),
      },
      depth,
    );
  }
  const types: string[] = Array.isArray(s.type) ? s.type : s.type ? [s.type] : ['string', 'integer', 'boolean'];
  return fc.oneof(...types.map((t) => typedArb(spec, s, t, depth)));
};

const typedArb = (spec: Spec, s: Schema, type: string, depth: number): fc.Arbitrary<unknown> => {
  switch (type) {
    case 'string':
      return stringArb(s);
    case 'integer':
      return numberArb(s, true);
    case 'number':
      return numberArb(s, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      if (depth > 6 || !s.items) return fc.constant([]);
      const minLength = s.minItems ?? 0;
      return fc.array(arbitrary(spec, s.items, depth + 1), { minLength, maxLength: Math.max(minLength, Math.min(s.maxItems ?? 4, 4)) });
    }
    case 'object': {
      if (depth > 6 || !s.properties) return fc.constant({});
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [k, sub] of Object.entries(s.properties as Record<string, Schema>)) model[k] = arbitrary(spec, sub, depth + 1);
      return fc.record(model, { requiredKeys: (s.required ?? []).filter((k: string) => k in model) });
    }
    default:
      throw new Error(`fuzz-schema: unsupported type ${type}`);
  }
};

// ---------------------------------------------------------------------------------------------
// Mutations: break a conforming value in one or more places
// ---------------------------------------------------------------------------------------------

type Path = (string | number)[];

const pathsOf = (v: unknown, at: Path = [], out: Path[] = []): Path[] => {
  out.push(at);
  if (v && typeof v === 'object') for (const [k, sub] of Object.entries(v)) pathsOf(sub, [...at, Array.isArray(v) ? Number(k) : k], out);
  return out;
};

const wrongValue = fc.oneof(
  nastyString,
  nastyNumber,
  fc.constantFrom(null, true, false, [], {}, [[[]]], { a: { b: { c: {} } } }),
  fc.jsonValue({ maxDepth: 2 }),
);

export type Mutation = { kind: 'replace' | 'delete' | 'extra'; at: number; value: unknown; key: string };
export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('replace', 'delete', 'extra'),
  at: fc.nat(),
  value: wrongValue,
  key: fc.oneof(fc.constantFrom('extra', '__proto__', 'constructor', 'ラウンド', ''), fc.string({ maxLength: 8 })),
});

/** Applies mutations to a deep copy of `value` (the root can be replaced too). */
export const mutate = (value: unknown, mutations: Mutation[]): unknown => {
  let root: unknown = JSON.parse(JSON.stringify(value ?? null));
  for (const m of mutations) {
    const paths = pathsOf(root);
    const path = paths[m.at % paths.length]!;
    if (path.length === 0) {
      if (m.kind === 'replace') root = m.value;
      else if (m.kind === 'extra' && root && typeof root === 'object' && !Array.isArray(root))
        Object.defineProperty(root, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
      continue;
    }
    const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], root);
    const last = path[path.length - 1]!;
    if (m.kind === 'replace') parent[last] = m.value;
    else if (m.kind === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
    else if (parent[last] && typeof parent[last] === 'object' && !Array.isArray(parent[last]))
      Object.defineProperty(parent[last], m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
  }
  return root;
};
