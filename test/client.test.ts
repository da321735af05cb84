/**
 * The published spec against the running service, as a third-party caller sees it: a typed
 * client generated from openapi.yaml (openapi-typescript → test/client/api.d.ts, `npm run
 * client:gen`) used through openapi-fetch, its fetch wired to the Worker (workerd).
 *
 * Every operation in the spec is called with a valid request: the answer must be 2xx, its body
 * must validate against the response schema the spec declares for that status and content type
 * (JSON Schema 2020-12, @cfworker/json-schema), and a few fields are checked by hand. The list of
 * operations comes from the spec, so a new endpoint fails this test until it is covered here.
 */
import { Validator } from '@cfworker/json-schema';
import { exports } from 'cloudflare:workers';
import createClient from 'openapi-fetch';
import { beforeAll, describe, expect, it } from 'vitest';
import { selfContained, type OpenApiDoc } from '../src/mcp/tools.ts';
import type { paths } from './client/api.d.ts';
import { BASE, api, json } from './helpers.ts';

/** The request openapi-fetch actually sent, to check it matches the operation's method and path. */
let sent: Request | undefined;
const client = createClient<paths>({
  baseUrl: BASE,
  fetch: (request) => {
    sent = request.clone();
    return exports.default.fetch(request);
  },
});

type Result = { response: Response; data?: unknown; error?: unknown };
interface Case {
  call: () => Promise<Result>;
  check: (data: unknown) => void;
}
/** A case whose `check` sees the response type generated for the operation (field names are type-checked). */
const op = <R extends Result>(call: () => Promise<R>, check: (data: NonNullable<R['data']>) => void): Case => ({
  call,
  check: check as (data: unknown) => void,
});

const estimateBody = {
  round: 'r6',
  asOf: '2025-06-01',
  type: 'invoice' as const,
  applicant: { size: 'sme' as const },
  functions: ['accounting' as const, 'ordering' as const],
  costs: { software: 1_000_000 },
};

/** One valid request per operationId of the spec. */
const CASES: Record<string, Case> = {
  health: op(
    () => client.GET('/health'),
    (d) => expect(d.status).toBe('ok'),
  ),
  listRounds: op(
    () => client.GET('/v1/rounds', { params: { query: { asOf: '2025-06-01', lang: 'en' } } }),
    (d) => {
      expect(d.current).toBe('r6');
      expect(d.rounds.map((r: { id: string }) => r.id)).toEqual(expect.arrayContaining(['r3', 'r4', 'r5', 'r6', 'r7']));
    },
  ),
  getRound: op(
    () => client.GET('/v1/rounds/{id}', { params: { path: { id: '2025' } } }),
    (d) => {
      expect(d.id).toBe('r6');
      expect(d.rules.id).toBe('r6');
    },
  ),
  checkEligibility: op(
    () =>
      client.POST('/v1/eligibility', {
        params: { query: { lang: 'en' } },
        body: {
          round: 'r6',
          asOf: '2025-06-01',
          business: { form: 'company', industry: 'retail', capital: 30_000_000, employees: 60, deemedLarge: false },
          status: { gbizIdPrime: true, securityAction: 'one-star' },
        },
      }),
    (d) => {
      expect(d.round).toBe('r6');
      expect(d.classification.size).toBe('sme');
      expect(d.types.length).toBeGreaterThan(0);
    },
  ),
  estimate: op(
    () => client.POST('/v1/estimate', { body: estimateBody }),
    (d) => {
      expect(d.subsidy).toBe(722_222);
      expect(d.selfPay).toBe(277_778);
    },
  ),
  estimateGet: op(
    () =>
      client.GET('/v1/estimate', {
        params: {
          query: {
            round: 'r6',
            asOf: '2025-06-01',
            type: 'invoice',
            'applicant.size': 'sme',
            functions: ['accounting', 'ordering'],
            'costs.software': '1000000',
          },
        },
      }),
    (d) => expect(d.subsidy).toBe(722_222),
  ),
  estimatePrint: op(
    () =>
      client.GET('/v1/estimate/print', {
        params: {
          query: {
            round: 'r6',
            asOf: '2025-06-01',
            type: 'invoice',
            'applicant.size': 'sme',
            functions: ['accounting', 'ordering'],
            'costs.software': '1000000',
          },
        },
        parseAs: 'text',
      }),
    (d) => {
      expect(d).toMatch(/^<!doctype html>/);
      expect(d).toContain('<dd class="subsidy" data-value="722222">');
    },
  ),
  compareTypes: op(
    () =>
      client.POST('/v1/estimate/compare', {
        params: { query: { lang: 'en' } },
        body: { round: 'r6', asOf: '2025-06-01', applicant: { size: 'sme' }, processes: 2, functions: ['accounting'], costs: { software: 1_000_000 } },
      }),
    (d) => {
      expect(d.results.length).toBeGreaterThan(1);
      expect(d.best).toBeTypeOf('string');
    },
  ),
  roundExamples: op(
    () => client.GET('/v1/rounds/{id}/examples', { params: { path: { id: 'r6' } } }),
    (d) => expect(JSON.stringify(d)).toContain('722222'),
  ),
  listDeadlines: op(
    () => client.GET('/v1/deadlines', { params: { query: { round: 'r6', type: 'regular', asOf: '2025-12-03' } } }),
    (d) => expect(d.next.regular?.closesAt).toBe('2026-01-07T17:00:00+09:00'),
  ),
  deadlinesCalendar: op(
    () => client.GET('/v1/deadlines.ics', { params: { query: { round: 'r6', lang: 'en' } }, parseAs: 'text' }),
    (d) => {
      expect(d).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(d).toContain('BEGIN:VEVENT');
    },
  ),
  subsidyCurve: op(
    () =>
      client.GET('/v1/rounds/{id}/types/{type}/curve.svg', {
        params: { path: { id: 'r6', type: 'invoice' }, query: { size: 'sme', functions: ['accounting', 'ordering'], mark: '1000000', lang: 'en' } },
        parseAs: 'text',
      }),
    (d) => {
      expect(d).toMatch(/<svg[\s>]/);
      expect(d).toContain('data-subsidy="500000"');
    },
  ),
  mcp: op(
    () => client.POST('/mcp', { body: { jsonrpc: '2.0', id: 1, method: 'tools/list' }, headers: { Accept: 'application/json, text/event-stream' } }),
    (d) => {
      expect(d.id).toBe(1);
      expect(((d.result?.tools ?? []) as { name: string }[]).map((t) => t.name)).toContain('estimate_subsidy');
    },
  ),
};

let doc: OpenApiDoc;
const operations = new Map<
  string,
  { method: string; path: string; responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }> }
>();
beforeAll(async () => {
  doc = await json(await api('/openapi.json'));
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item))
      if (op.operationId) operations.set(op.operationId, { method: method.toUpperCase(), path, responses: op.responses });
  }
});

describe('typed client (openapi-typescript + openapi-fetch) against the Worker', () => {
  it('covers every operation of the spec, and nothing that is not in it', () => {
    expect(operations.size).toBeGreaterThan(0);
    expect(Object.keys(CASES).sort()).toEqual([...operations.keys()].sort());
  });

  for (const [operationId, { call, check }] of Object.entries(CASES)) {
    it(`${operationId}: a valid request gets 2xx and a body that matches the spec`, async () => {
      const op = operations.get(operationId);
      expect(op, `${operationId} is not in the spec`).toBeDefined();
      sent = undefined;
      const { response, data, error } = await call();
      expect(response.status, JSON.stringify(error)).toBeGreaterThanOrEqual(200);
      expect(response.status, JSON.stringify(error)).toBeLessThan(300);
      // The client sent the operation's method to the operation's path.
      expect(sent!.method).toBe(op!.method);
      const pattern = new RegExp(`^${op!.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
      expect(new URL(sent!.url).pathname).toMatch(pattern);
      // The body matches the schema the spec declares for this status and content type.
      const declared = op!.responses[String(response.status)];
      expect(declared, `${operationId} answered ${response.status}, which the spec does not declare`).toBeDefined();
      const contentType = response.headers.get('content-type')!.split(';')[0]!.trim();
      const media = declared!.content?.[contentType];
      expect(media, `${operationId}: ${contentType} is not declared for ${response.status}`).toBeDefined();
      const validator = new Validator(selfContained(media!.schema, doc) as never, '2020-12', false);
      expect(validator.validate(data).errors.map((e) => `${e.instanceLocation}: ${e.error}`)).toEqual([]);
      // …and the schema is not vacuous: an empty object does not pass it.
      if (typeof data === 'object') expect(validator.validate({}).valid).toBe(false);
      check(data);
    });
  }
});
