// One estimate evaluation without HTTP, as the hot path (src/lib/fast-path.ts) does it: the JSON
// body parsed (with the exact-number scan), validated (the compiled validator, zod where it
// refuses), round/type/asOf resolved with the type-specific input checks, the engine, the answer
// serialised. Bundled by scripts/bench-lib.mjs (esbuild) to bench/out/evaluate.js; timed by
// bench/cost.js: each stage alone in a loop (`stages`, warm), and the stages cumulatively inside a
// request of the floor's harness (`chain`, as they run in a real request: see bench/cost.js).
import { registry } from '../src/rules/index.ts';
import { EstimateRequestSchema, type EstimateRequest } from '../src/routes/estimate/estimate.schemas.ts';
import { estimate, estimateInputIssues, type EstimateInput } from '../src/engine/estimate/index.ts';
import { resolveAsOf, resolveRound, resolveType } from '../src/routes/resolve.ts';
import { FAIL, fastValidator } from '../src/lib/fast-validate.ts';
import { parseJsonExact } from '../src/lib/json-number.ts';

const fast = fastValidator(EstimateRequestSchema);

const parse = (text: string): unknown => {
  const parsed = parseJsonExact(text);
  if (parsed.inexact.length) throw new Error('the bench body has an inexact number');
  return parsed.value;
};
const validate = (value: unknown): EstimateRequest => {
  const data = fast(value);
  return data === FAIL ? EstimateRequestSchema.parse(value) : (data as EstimateRequest);
};
const resolve = (body: EstimateRequest) => {
  const asOf = resolveAsOf(body.asOf);
  const round = resolveRound(registry, body.round, asOf);
  const type = resolveType(registry, round, body.type);
  const input = body as EstimateInput;
  if (estimateInputIssues(round, type, input).length) throw new Error('the bench body no longer fits the type');
  return { asOf, round, input };
};
const engine = ({ asOf, round, input }: ReturnType<typeof resolve>) => estimate(round, input, asOf);

/** The stages in order, each taking the previous one's result (the first takes the body text). */
const STEPS: [string, (x: never) => unknown][] = [
  ['JSON.parse (+ exact-number scan)', parse],
  ['validation (compiled; zod if refused)', validate],
  ['resolve + input checks', resolve],
  ['engine', engine],
  ['JSON.stringify', JSON.stringify],
];

export const evaluate = (text: string): string => JSON.stringify(engine(resolve(validate(parse(text)))));

/** The same work split into stages, each a function of the previous stage's (precomputed) result. */
export const stages = (text: string): Record<string, () => unknown> => {
  const out: Record<string, () => unknown> = {};
  let input: unknown = text;
  for (const [name, step] of STEPS) {
    const x = input;
    out[name] = () => step(x as never);
    input = step(x as never);
  }
  return out;
};

/** The stage names and a function running the first `k` stages on a body text (0: none). */
export const chain = {
  names: STEPS.map(([name]) => name),
  run: (text: string, k: number): unknown => {
    let x: unknown = text;
    for (let i = 0; i < k; i++) x = STEPS[i]![1](x as never);
    return x;
  },
};
