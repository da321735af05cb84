/**
 * JSON Schemas (2020-12) of each tool's summary `structuredContent` (summaries.ts builds the
 * values). Each is one branch of the tool's `outputSchema` (`anyOf`
 * with the full REST answer), told apart by `detail: "summary"`.
 */
type Json = Record<string, unknown>;

const int = { type: 'integer' } as const;
const text = { type: 'string' } as const;
const nullable = (schema: Json): Json => ({ anyOf: [schema, { type: 'null' }] });

const SOURCE: Json = {
  type: 'object',
  description: 'A document the answer rests on, and how authoritative it is (official, official-quoted, portal, blog, dataset) when the rules say so.',
  required: ['source'],
  properties: { source: text, authority: text, url: text },
};

const DEADLINE: Json = nullable({
  type: 'object',
  description: 'The next 締切 (JST), its 次, status and days left; null when none is published.',
  required: ['closesAt'],
  properties: { round: nullable(text), phase: nullable(int), closesAt: text, status: nullable(text), daysLeft: nullable(int), confidence: nullable(text) },
});

const CODED: Json = { type: 'object', required: ['code', 'message'], properties: { code: text, message: text } };

const QUESTION: Json = {
  type: 'object',
  description: 'A fact still needed: the question to ask (in the requested language), the field that answers it, the allowed answers.',
  required: ['path', 'question', 'answers'],
  properties: { path: text, question: text, answers: { type: 'object' }, types: { type: 'array', items: text } },
};

const SUMMARY_BASE = {
  detail: { const: 'summary' },
  lang: { enum: ['ja', 'en'] },
};

export const ESTIMATE_SUMMARY_SCHEMA: Json = {
  type: 'object',
  title: 'EstimateSummary',
  description: 'The estimate in short: total, self-pay, each line with its rates per segment, cap and floor, warnings, next deadline, sources.',
  required: ['detail', 'lang', 'round', 'type', 'subsidy', 'selfPay', 'totalCost', 'lines', 'warnings', 'deadline', 'sources'],
  properties: {
    ...SUMMARY_BASE,
    round: text,
    roundName: text,
    type: text,
    typeName: text,
    applicantSize: nullable(text),
    subsidy: int,
    selfPay: int,
    eligibleCost: int,
    totalCost: int,
    lines: {
      type: 'array',
      items: {
        type: 'object',
        required: ['category', 'eligibleCost', 'rates', 'subsidy'],
        properties: {
          category: text,
          name: text,
          eligibleCost: int,
          rates: { type: 'string', description: 'The rate per segment, e.g. "3/4 (up to a subsidy of 500,000 yen) → 2/3".' },
          segments: { type: 'array', items: { type: 'object', properties: { rate: text, upTo: nullable(int), subsidy: int } } },
          cap: nullable(int),
          capInclusive: { type: 'boolean' },
          floor: nullable(int),
          subsidy: int,
          confidence: text,
        },
      },
    },
    warnings: { type: 'array', items: CODED },
    deadline: DEADLINE,
    sources: { type: 'array', items: SOURCE },
    disclaimer: text,
  },
};

export const ELIGIBILITY_SUMMARY_SCHEMA: Json = {
  type: 'object',
  title: 'EligibilitySummary',
  description:
    'Per type: yes / no / unknown, the failing and the unknown requirements, the next question and the next deadline; the most decisive questions overall.',
  required: ['detail', 'lang', 'round', 'asOf', 'size', 'types', 'questions', 'moreQuestions', 'sources'],
  properties: {
    ...SUMMARY_BASE,
    round: text,
    asOf: text,
    size: nullable({ enum: ['small', 'sme', 'large'] }),
    types: {
      type: 'array',
      items: {
        type: 'object',
        required: ['type', 'name', 'eligible', 'failing', 'unknown', 'nextQuestion', 'deadline'],
        properties: {
          type: text,
          name: text,
          eligible: { enum: ['yes', 'no', 'unknown'] },
          failing: { type: 'array', items: { ...CODED, properties: { code: text, message: text, confidence: text } } },
          unknown: { type: 'array', items: text, description: 'Codes of the requirements not settled yet (their messages are in the text).' },
          nextQuestion: nullable({ type: 'string', description: 'Path of the type’s next question, one of `questions`.' }),
          deadline: DEADLINE,
          productivity: nullable({ type: 'string', description: 'The 労働生産性 target(s) of the type’s 事業計画, in one sentence; null when none is set.' }),
        },
      },
    },
    questions: { type: 'array', items: QUESTION, description: 'The most decisive questions overall, then each type’s next one.' },
    moreQuestions: { type: 'integer', description: 'Questions left out of `questions` (all are in detail: "full").' },
    sources: { type: 'array', items: SOURCE, description: 'The size rule’s source, then those of failing and of open requirements (at most 5).' },
    moreSources: int,
  },
};

export const COMPARE_SUMMARY_SCHEMA: Json = {
  type: 'object',
  title: 'CompareSummary',
  description: 'Every type ranked by subsidy; for a type that gives nothing, why and the smallest change that would qualify.',
  required: ['detail', 'lang', 'round', 'asOf', 'best', 'results', 'combinations'],
  properties: {
    ...SUMMARY_BASE,
    round: text,
    asOf: text,
    best: nullable(text),
    results: {
      type: 'array',
      items: {
        type: 'object',
        required: ['rank', 'type', 'name', 'subsidy', 'eligible', 'reasons', 'suggestions'],
        properties: {
          rank: nullable(int),
          type: text,
          name: text,
          subsidy: int,
          selfPay: int,
          eligible: { type: 'boolean' },
          rates: text,
          reasons: { type: 'array', items: CODED },
          suggestions: {
            type: 'array',
            items: { type: 'object', required: ['change', 'subsidy'], properties: { change: text, subsidy: int, patch: { type: 'object' } } },
          },
          combinableWith: { type: 'array', items: text },
          deadline: DEADLINE,
        },
      },
    },
    combinations: { type: 'array', items: { type: 'object', properties: { types: { type: 'array', items: text }, note: text } } },
  },
};

export const ROUNDS_SUMMARY_SCHEMA: Json = {
  type: 'object',
  title: 'RoundsSummary',
  description: 'Every round with its status, window, next and last known 締切 and its type ids.',
  required: ['detail', 'lang', 'asOf', 'current', 'rounds'],
  properties: {
    ...SUMMARY_BASE,
    asOf: text,
    current: nullable(text),
    rounds: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'status', 'types'],
        properties: {
          id: text,
          aliases: { type: 'array', items: text },
          name: text,
          status: nullable(text),
          opensOn: nullable(text),
          closesOn: nullable(text),
          nextDeadline: nullable(text),
          lastDeadline: nullable(text),
          types: { type: 'array', items: { type: 'object', required: ['id', 'name'], properties: { id: text, name: text } } },
        },
      },
    },
  },
};

export const DEADLINES_SUMMARY_SCHEMA: Json = {
  type: 'object',
  title: 'DeadlinesSummary',
  description: 'How many 締切 match, by status, and the next one per type with its source.',
  required: ['detail', 'lang', 'asOf', 'counts', 'next'],
  properties: {
    ...SUMMARY_BASE,
    asOf: text,
    round: nullable(text),
    counts: { type: 'object', additionalProperties: int },
    next: {
      type: 'array',
      items: { type: 'object', required: ['type', 'deadline'], properties: { type: text, deadline: DEADLINE, source: nullable(SOURCE) } },
    },
  },
};
