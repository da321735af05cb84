// One estimate evaluation without HTTP: the JSON body parsed, validated by the route's zod schema,
// round/type/asOf resolved, the type-specific input checks, the engine, the answer serialised.
// Bundled by scripts/bench-lib.mjs (esbuild) to bench/out/evaluate.js; timed by bench/cost.js.
import { registry } from '../src/rules/index.ts';
import { EstimateRequestSchema } from '../src/routes/estimate/estimate.schemas.ts';
import { estimate, estimateInputIssues, type EstimateInput } from '../src/engine/estimate/index.ts';
import { resolveAsOf, resolveRound, resolveType } from '../src/routes/resolve.ts';

const resolve = (body: ReturnType<typeof EstimateRequestSchema.parse>) => {
  const asOf = resolveAsOf(body.asOf);
  const round = resolveRound(registry, body.round, asOf);
  const type = resolveType(registry, round, body.type);
  const input = body as EstimateInput;
  if (estimateInputIssues(round, type, input).length) throw new Error('the bench body no longer fits the type');
  return { asOf, round, input };
};

export const evaluate = (text: string): string => {
  const { asOf, round, input } = resolve(EstimateRequestSchema.parse(JSON.parse(text)));
  return JSON.stringify(estimate(round, input, asOf));
};

/** The same work split into stages, each a function of the previous stage's (precomputed) result. */
export const stages = (text: string): Record<string, () => unknown> => {
  const parsed = JSON.parse(text);
  const body = EstimateRequestSchema.parse(parsed);
  const { asOf, round, input } = resolve(body);
  const answer = estimate(round, input, asOf);
  return {
    'JSON.parse': () => JSON.parse(text),
    'zod validation': () => EstimateRequestSchema.parse(parsed),
    'resolve + input checks': () => resolve(body),
    engine: () => estimate(round, input, asOf),
    'JSON.stringify': () => JSON.stringify(answer),
  };
};
