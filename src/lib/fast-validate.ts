/**
 * A validator compiled once from a route's zod schema, for the hot path (lib/fast-path.ts, issue
 * 14): it accepts a value only where zod's `safeParse` accepts it, and then returns the same data
 * (new objects with the schema's keys in the schema's order, optional keys that are absent left
 * out, unknown keys refused by a strict object and dropped by a stripping one). Anything it is not
 * sure of — a value it refuses, or a schema with a construct it does not know — it answers `FAIL`,
 * and the caller asks zod, which stays the one definition of every answer and every error.
 *
 * Why: in workerd zod cannot use its compiled (`new Function`) fast path, and its generic walk
 * (a payload object per node, issue arrays, property handlers) costs tens of µs of CPU per request
 * on the estimate and eligibility bodies; this walk allocates only the output.
 *
 * Exactness: the node types are zod's own semantics (zod 4, core/schemas.js) for what JSON can
 * hold: object (a non-null, non-array object), array, string, number (finite), boolean, enum
 * (zod's own value set), optional (undefined passes). Every check of a node must pass: the simple
 * ones (int, numeric bounds, a maximum length) as the same comparison zod makes, the others (regex,
 * minimum lengths, superRefine, a string format) by zod's own check function on a fresh payload,
 * which must add no issue; zod skips some checks in cases (`when`) where this runs them, which can
 * only make this refuse more. test/fast-validate.test.ts compares it with zod on every case input
 * and on random valid and mutated inputs.
 */
export const FAIL: unique symbol = Symbol('fail');
type Fail = typeof FAIL;
type Validate = (value: unknown) => unknown;

interface ZodCheck {
  _zod: { check(payload: { value: unknown; issues: unknown[] }): unknown };
}
interface ZodNode {
  _zod: {
    def: {
      type: string;
      checks?: ZodCheck[];
      coerce?: boolean;
      shape?: Record<string, ZodNode>;
      catchall?: ZodNode;
      innerType?: ZodNode;
      element?: ZodNode;
    };
    traits?: Set<string>;
    values?: Set<unknown>;
    check?: ZodCheck['_zod']['check'];
  };
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The node's own type, without its checks; `undefined` when the construct is not one this knows. */
const typeOf = (node: ZodNode): Validate | undefined => {
  const def = node._zod.def;
  if (def.coerce) return undefined;
  switch (def.type) {
    case 'string':
      return (x) => (typeof x === 'string' ? x : FAIL);
    case 'number':
      return (x) => (typeof x === 'number' && Number.isFinite(x) ? x : FAIL);
    case 'boolean':
      return (x) => (typeof x === 'boolean' ? x : FAIL);
    case 'enum': {
      const values = node._zod.values;
      return values ? (x) => (values.has(x) ? x : FAIL) : undefined;
    }
    case 'optional': {
      const inner = def.innerType && compile(def.innerType);
      return inner && ((x) => (x === undefined ? x : inner(x)));
    }
    case 'array': {
      const element = def.element && compile(def.element);
      if (!element) return undefined;
      return (x) => {
        if (!Array.isArray(x)) return FAIL;
        const out = new Array<unknown>(x.length);
        for (let i = 0; i < x.length; i++) {
          const v = element(x[i]);
          if (v === FAIL) return FAIL;
          out[i] = v;
        }
        return out;
      };
    }
    case 'object': {
      const shape = def.shape;
      const catchall = def.catchall?._zod.def.type;
      if (!shape || (catchall !== undefined && catchall !== 'never')) return undefined;
      const strict = catchall === 'never';
      const keys = Object.keys(shape);
      if (Object.getOwnPropertySymbols(shape).length || keys.includes('__proto__')) return undefined;
      const known = new Set(keys);
      const fields: { key: string; optional: boolean; validate: Validate }[] = [];
      for (const key of keys) {
        const field = shape[key]!;
        const validate = compile(field);
        if (!validate) return undefined;
        fields.push({ key, optional: field._zod.def.type === 'optional', validate });
      }
      return (x) => {
        if (!isObject(x)) return FAIL;
        if (strict) for (const key in x) if (!known.has(key)) return FAIL;
        const out: Record<string, unknown> = {};
        for (const { key, optional, validate } of fields) {
          const present = key in x;
          if (!present) {
            if (optional) continue;
            return FAIL;
          }
          const v = validate(x[key]);
          if (v === FAIL) return FAIL;
          out[key] = v;
        }
        return out;
      };
    }
    default:
      return undefined;
  }
};

/**
 * A check's test, where it is one of zod's simple ones, as a predicate that holds only where zod's
 * check adds no issue (zod 4 core/checks.js): a safe integer (`int()`: Number.isInteger and the
 * safe range), a bound (`min`/`max` on numbers: >= / > / <= / < the value), and a maximum length
 * when the UTF-16 length is within it (zod counts code points, never more than UTF-16 units; a
 * longer string goes to zod's own check). Anything else: zod's own check function on a payload.
 */
const testOf = (check: ZodCheck): ((v: unknown) => boolean) => {
  const def = (check as unknown as { _zod: { def: { check?: string; format?: string; value?: unknown; inclusive?: boolean; maximum?: number } } })._zod.def;
  const zod = (v: unknown) => {
    const payload = { value: v, issues: [] as unknown[] };
    return !(check._zod.check(payload) instanceof Promise) && payload.issues.length === 0 && payload.value === v;
  };
  const bound = def.value;
  if (def.check === 'number_format' && def.format === 'safeint') return (v) => Number.isSafeInteger(v);
  if (def.check === 'greater_than' && typeof bound === 'number') return def.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
  if (def.check === 'less_than' && typeof bound === 'number') return def.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
  if (def.check === 'max_length' && typeof def.maximum === 'number') {
    const maximum = def.maximum;
    return (v) => ((v as { length: number }).length <= maximum ? true : zod(v));
  }
  return zod;
};

const cache = new WeakMap<object, Validate | null>();

/** The node's validator: its type, then each of its checks (zod's own check functions); `undefined` when unknown. */
const compile = (node: ZodNode): Validate | undefined => {
  const hit = cache.get(node);
  if (hit !== undefined) return hit ?? undefined;
  const base = typeOf(node);
  const checks = [...(node._zod.def.checks ?? [])];
  // A string format (z.iso.date()) is its own check, run before the others (zod's $ZodType init).
  if (node._zod.traits?.has('$ZodCheck') && node._zod.check) checks.unshift(node as unknown as ZodCheck);
  const tests = checks.map(testOf);
  const validate: Validate | undefined =
    base &&
    (tests.length === 0
      ? base
      : (x) => {
          const v = base(x);
          if (v === FAIL) return FAIL;
          for (const test of tests) if (!test(v)) return FAIL;
          return v;
        });
  cache.set(node, validate ?? null);
  return validate;
};

/** `schema`'s validator (see the module comment): the data zod would give, or {@link FAIL}. */
export const fastValidator = (schema: unknown): ((value: unknown) => unknown | Fail) => {
  const validate = compile(schema as ZodNode);
  return validate ?? (() => FAIL);
};
