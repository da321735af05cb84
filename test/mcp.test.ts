/**
 * POST /mcp as a chatbot uses it: the official MCP SDK client over Streamable HTTP, its fetch
 * wired to the Worker (workerd) — list the tools, call each, and check every result against the
 * REST answer for the same input: the summary (default) says what the REST answer says, in one
 * language and within the size budget; `detail: "full"` is the REST answer itself. The client
 * validates each `structuredContent` against the tool's `outputSchema` (JSON Schema, with
 * @cfworker/json-schema: workerd forbids the code generation Ajv needs), so a schema that
 * disagrees with the answer fails here too. Then resources, prompts, and the error paths.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { LATEST_PROTOCOL_VERSION, SUPPORTED_PROTOCOL_VERSIONS, type CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import { exports } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../src/lib/i18n.ts';
import { handleMcpWithSdk } from '../src/mcp/sdk-server.ts';
import { directMessage, handleMcp, PROTOCOL_VERSIONS } from '../src/mcp/server.ts';
import { BASE, api, expectProblem, json, postJson } from './helpers.ts';

const TOOL_NAMES = ['check_eligibility', 'compare_types', 'estimate_subsidy', 'list_deadlines', 'list_rounds'];
/** The budget for a summary result. */
const MAX_TEXT = 2_000;
const MAX_STRUCTURED = 4_096;

let client: Client;
beforeAll(async () => {
  client = new Client({ name: 'it-hojo-test', version: '1.0.0' }, { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() });
  const transport = new StreamableHTTPClientTransport(new URL(`${BASE}/mcp`), {
    fetch: (url, init) => exports.default.fetch(new Request(url, init)),
  });
  await client.connect(transport);
  await client.listTools(); // caches each tool's outputSchema validator: every callTool below is checked against it
}, 120_000); // the first request starts the isolate and the SDK: slow on a loaded machine
afterAll(async () => {
  await client?.close();
});

const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
const texts = (r: CallToolResult) => r.content.filter((c) => c.type === 'text').map((c) => (c as { text: string }).text);
const digits = (n: number) => n.toLocaleString('en-US');
const HIRAGANA = /[\u3041-\u3096]/;
/** Every Japanese text of a REST answer (the `ja` of each ja/en pair that differs from its `en`). */
const jaTexts = (node: unknown, out: string[] = []): string[] => {
  if (Array.isArray(node)) for (const n of node) jaTexts(n, out);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.ja === 'string' && typeof o.en === 'string' && o.ja !== o.en && HIRAGANA.test(o.ja)) out.push(o.ja);
    for (const v of Object.values(o)) jaTexts(v, out);
  }
  return out;
};
/** An English answer quotes none of the Japanese texts of the REST answer. */
const expectNoJapaneseOf = (rest: unknown, text: string) => {
  for (const ja of new Set(jaTexts(rest))) expect(text.includes(ja), `English text quotes 「${ja}」`).toBe(false);
};
/** The summary's size in the terms: characters of text (first block) and of the structured content. */
const sizes = (r: CallToolResult) => ({ text: texts(r)[0]!.length, structured: JSON.stringify(r.structuredContent).length });

// The README's examples.
const ESTIMATE = {
  round: 'r6',
  asOf: '2025-06-01',
  type: 'invoice',
  applicant: { size: 'sme' },
  functions: ['accounting', 'ordering'],
  costs: { software: 1_000_000 },
};
const ELIGIBILITY = {
  round: 'r6',
  asOf: '2025-06-01',
  business: { form: 'company', industry: 'retail', capital: 30_000_000, employees: 60 },
  status: { gbizIdPrime: true, securityAction: 'one-star' },
};
const COMPARE = { round: 'r6', asOf: '2025-06-01', applicant: { size: 'sme' }, processes: 2, functions: ['accounting'], costs: { software: 1_000_000 } };

describe('MCP server: initialize and tools/list', () => {
  it('identifies itself, offers tools, resources and prompts, and gives bilingual instructions', () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'it-hojo-api' });
    expect(client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {}, prompts: {} });
    expect(client.getInstructions()).toMatch(/IT導入補助金/);
    expect(client.getInstructions()).toMatch(/subsidy/);
  });

  it('lists the five tools, read-only and idempotent, each with input and output schemas and ja+en descriptions', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(TOOL_NAMES);
    for (const t of tools) {
      expect(t.annotations, t.name).toMatchObject({ readOnlyHint: true, idempotentHint: true, destructiveHint: false, openWorldHint: false });
      expect(t.inputSchema.type, t.name).toBe('object');
      expect(t.inputSchema.properties?.lang, t.name).toBeDefined();
      expect(t.outputSchema?.type, t.name).toBe('object');
      expect(t.description, t.name).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(t.description, t.name).toMatch(/\b(the|of|and)\b/);
    }
  });

  it('every tool takes detail (summary | full); its output schema is the summary or the REST answer', async () => {
    const { tools } = await client.listTools();
    for (const t of tools) {
      expect((t.inputSchema.properties as any).detail.enum, t.name).toEqual(['summary', 'full']);
      const branches = (t.outputSchema as any).anyOf;
      expect(branches, t.name).toHaveLength(2);
      expect(branches[0].properties.detail, t.name).toEqual({ const: 'summary' });
    }
  });

  it('takes the input schemas from the REST routes (same fields, same enums, strict bodies)', async () => {
    const { tools } = await client.listTools();
    const by = Object.fromEntries(tools.map((t) => [t.name, t]));
    const estimate = by.estimate_subsidy!.inputSchema as any;
    expect(estimate.required).toEqual(expect.arrayContaining(['type', 'applicant']));
    expect(Object.keys(estimate.properties)).toEqual(
      expect.arrayContaining(['round', 'asOf', 'type', 'applicant', 'functions', 'costs', 'group', 'lang', 'detail']),
    );
    expect(estimate.additionalProperties).toBe(false);
    expect(estimate.properties.type.enum).toContain('invoice');
    expect(Object.keys((by.compare_types!.inputSchema as any).properties)).toEqual(
      expect.arrayContaining(['round', 'applicant', 'costs', 'types', 'lang', 'detail']),
    );
    expect(Object.keys(by.list_rounds!.inputSchema.properties ?? {})).toEqual(['asOf', 'lang', 'detail']);
    for (const t of tools) {
      const text = JSON.stringify([t.inputSchema, t.outputSchema]);
      for (const [, name] of text.matchAll(/"\$ref":"#\/\$defs\/([^"]+)"/g)) {
        const defs = { ...(t.inputSchema as any).$defs, ...(t.outputSchema as any).$defs };
        expect(defs[name!], `${t.name} → ${name}`).toBeDefined();
      }
      expect(text).not.toContain('#/components/');
    }
  });
});

describe('estimate_subsidy: a short correct summary, the whole answer with detail full', () => {
  it(
    'R6 インボイス対応類型, sme, 2 functions, software 1,000,000 → 722,222 (500,000 at 3/4, then 222,' +
      '222 at 2/3): the summary states both rates, the cap and the next deadline',
    async () => {
      const rest = await json(await postJson('/v1/estimate', ESTIMATE));
      const r = await call('estimate_subsidy', ESTIMATE);
      expect(r.isError).toBeFalsy();
      const s = r.structuredContent as any;
      expect(s).toMatchObject({
        detail: 'summary',
        lang: 'ja',
        round: 'r6',
        type: 'invoice',
        subsidy: rest.subsidy,
        selfPay: rest.selfPay,
        totalCost: rest.totalCost,
      });
      expect(s.subsidy).toBe(722_222);
      const line = rest.lines.find((l: any) => l.subsidy > 0);
      const summaryLine = s.lines.find((l: any) => l.category === line.category);
      expect(summaryLine.segments.map((g: any) => g.rate)).toEqual(line.segments.map((g: any) => g.rate));
      expect(summaryLine.cap).toBe(line.cap);
      const text = texts(r)[0]!;
      expect(text).toContain('722,222円');
      // Both rates in order, never the first rate alone against the whole cost.
      expect(text).toMatch(/3\/4[^\n]*→ 2\/3/);
      expect(text).not.toMatch(/× 3\/4 → 722,222/);
      expect(text).toContain(`${digits(line.cap)}円`);
      if (rest.deadline) expect(text).toContain(rest.deadline.closesAt.slice(0, 10));
      expect(sizes(r).text).toBeLessThanOrEqual(MAX_TEXT);
      expect(sizes(r).structured).toBeLessThanOrEqual(MAX_STRUCTURED);
    },
  );

  it('lang en: the same numbers, every line in English', async () => {
    const r = await call('estimate_subsidy', { ...ESTIMATE, lang: 'en' });
    const s = r.structuredContent as any;
    expect(s).toMatchObject({ lang: 'en', subsidy: 722_222 });
    const text = texts(r)[0]!;
    expect(text).toContain('722,222 yen');
    const rest = await json(await postJson('/v1/estimate', ESTIMATE));
    expectNoJapaneseOf(rest, text);
    expectNoJapaneseOf(rest, JSON.stringify(s));
  });

  it('detail full = POST /v1/estimate (the whole answer)', async () => {
    const r = await call('estimate_subsidy', { ...ESTIMATE, detail: 'full' });
    expect(r.structuredContent).toEqual(await json(await postJson('/v1/estimate', ESTIMATE)));
  });

  it('a multi-company group (nested members): summary total = REST total; full = REST', async () => {
    const input = {
      round: 'r6',
      asOf: '2025-06-01',
      type: 'multi-company',
      applicant: { size: 'sme' },
      functions: ['accounting', 'ordering'],
      group: { members: 10, analysis: 3_000_000, admin: 1_000_000, memberCosts: [{ software: 1_000_000 }, { software: 500_000, size: 'small' }] },
    };
    const rest = await json(await postJson('/v1/estimate', input));
    expect(((await call('estimate_subsidy', input)).structuredContent as any).subsidy).toBe(rest.subsidy);
    expect((await call('estimate_subsidy', { ...input, detail: 'full' })).structuredContent).toEqual(rest);
  });
});

describe('check_eligibility: per type yes/no/unknown, what fails, the next question, the next deadline', () => {
  it('the README example: each type as REST decides it, its failing/unknown criteria and first question; within budget', async () => {
    const rest = await json(await postJson('/v1/eligibility', ELIGIBILITY));
    const r = await call('check_eligibility', ELIGIBILITY);
    expect(r.isError).toBeFalsy();
    const s = r.structuredContent as any;
    expect(s).toMatchObject({ detail: 'summary', lang: 'ja', round: rest.round, size: rest.classification.size });
    expect(s.types.map((t: any) => [t.type, t.eligible])).toEqual(rest.types.map((t: any) => [t.type, t.eligible]));
    for (const t of rest.types) {
      const st = s.types.find((x: any) => x.type === t.type);
      const mandatory = t.criteria.filter((k: any) => k.kind !== 'bonus');
      expect(
        st.failing.map((f: any) => f.code),
        t.type,
      ).toEqual(mandatory.filter((k: any) => k.result === 'fail').map((k: any) => k.code));
      expect(st.unknown, t.type).toEqual(mandatory.filter((k: any) => k.result === 'unknown').map((k: any) => k.code));
      expect(st.nextQuestion, t.type).toBe(t.missing[0]?.path ?? null);
      if (st.nextQuestion)
        expect(
          s.questions.map((q: any) => q.path),
          t.type,
        ).toContain(st.nextQuestion);
      expect(st.deadline?.closesAt ?? null, t.type).toBe(t.deadline?.closesAt ?? null);
    }
    expect(sizes(r).text).toBeLessThanOrEqual(MAX_TEXT);
    expect(sizes(r).structured).toBeLessThanOrEqual(MAX_STRUCTURED);
  });

  it('open questions come back ready to ask, most decisive first, in the asked language only', async () => {
    const input = { round: 'r6', asOf: '2025-06-01', business: { form: 'company', industry: 'retail', capital: 30_000_000 } };
    const rest = await json(await postJson('/v1/eligibility', input));
    expect(rest.missing.length).toBeGreaterThan(0);
    const ja = await call('check_eligibility', input);
    expect(texts(ja)[0]).toContain('確認が必要な質問');
    expect(texts(ja)[0]).toContain(rest.missing[0].question.ja);
    expect((ja.structuredContent as any).questions[0]).toMatchObject({ path: rest.missing[0].path, question: rest.missing[0].question.ja });
    const en = await call('check_eligibility', { ...input, lang: 'en' });
    const text = texts(en)[0]!;
    expect(text).toContain('Questions to ask the user, in this order');
    expect(text).toContain(rest.missing[0].question.en);
    expectNoJapaneseOf(rest, text);
    expectNoJapaneseOf(rest, JSON.stringify(en.structuredContent));
  });

  it('detail full = POST /v1/eligibility', async () => {
    const r = await call('check_eligibility', { ...ELIGIBILITY, lang: 'en', detail: 'full' });
    expect(r.structuredContent).toEqual(await json(await postJson('/v1/eligibility?lang=en', ELIGIBILITY)));
  });
});

describe('compare_types = POST /v1/estimate/compare', () => {
  it('the README example: the ranking, the best type and, for a type that gives nothing, its reasons and smallest change', async () => {
    const rest = await json(await postJson('/v1/estimate/compare', COMPARE));
    const r = await call('compare_types', COMPARE);
    expect(r.isError).toBeFalsy();
    const s = r.structuredContent as any;
    expect(s.best).toBe(rest.best);
    expect(s.results.map((x: any) => [x.type, x.rank, x.subsidy])).toEqual(rest.results.map((x: any) => [x.type, x.rank, x.subsidy]));
    for (const x of rest.results) {
      const sx = s.results.find((y: any) => y.type === x.type);
      expect(
        sx.reasons.map((w: any) => w.code),
        x.type,
      ).toEqual(x.reasons.map((w: any) => w.code));
      expect(
        sx.suggestions.map((g: any) => g.subsidy),
        x.type,
      ).toEqual(x.suggestions.map((g: any) => g.subsidy));
    }
    const best = rest.results.find((x: any) => x.type === rest.best);
    expect(texts(r)[0]).toContain(`${digits(best.subsidy)}円`);
    expect(sizes(r).text).toBeLessThanOrEqual(MAX_TEXT);
    expect(sizes(r).structured).toBeLessThanOrEqual(MAX_STRUCTURED);
  });

  it('detail full = the REST comparison; lang en in English', async () => {
    expect((await call('compare_types', { ...COMPARE, detail: 'full' })).structuredContent).toEqual(
      await json(await postJson('/v1/estimate/compare', COMPARE)),
    );
    const en = await call('compare_types', { ...COMPARE, lang: 'en' });
    const rest = await json(await postJson('/v1/estimate/compare', COMPARE));
    expectNoJapaneseOf(rest, texts(en)[0]!);
    expectNoJapaneseOf(rest, JSON.stringify(en.structuredContent));
  });
});

describe('list_rounds and list_deadlines: the REST answer in short, or whole', () => {
  it('list_rounds: each round’s status and types as GET /v1/rounds says; detail full = GET /v1/rounds', async () => {
    const rest = await json(await api('/v1/rounds?asOf=2025-06-01'));
    const r = await call('list_rounds', { asOf: '2025-06-01' });
    const s = r.structuredContent as any;
    expect(s.current).toBe(rest.current);
    expect(s.rounds.map((x: any) => [x.id, x.status, x.types.map((t: any) => t.id)])).toEqual(
      rest.rounds.map((x: any) => [x.id, x.status, x.types.map((t: any) => t.id)]),
    );
    expect(texts(r)[0]).toContain(`現在の回: ${rest.current}`);
    const en = await call('list_rounds', { asOf: '2025-06-01', lang: 'en' });
    expect(texts(en)[0]).toContain(`Current round: ${rest.current}`);
    expectNoJapaneseOf(rest, texts(en)[0]!);
    expect(sizes(r).text).toBeLessThanOrEqual(MAX_TEXT);
    expect(sizes(r).structured).toBeLessThanOrEqual(MAX_STRUCTURED);
    expect((await call('list_rounds', { asOf: '2025-06-01', detail: 'full' })).structuredContent).toEqual(rest);
  });

  it('list_deadlines: the next 締切 per type as GET /v1/deadlines says; detail full = GET /v1/deadlines', async () => {
    const args = { round: 'r6', type: 'regular', asOf: '2025-12-03' };
    const rest = await json(await api('/v1/deadlines?round=r6&type=regular&asOf=2025-12-03'));
    const r = await call('list_deadlines', args);
    const s = r.structuredContent as any;
    for (const [type, d] of Object.entries<any>(rest.next))
      expect(s.next.find((n: any) => n.type === type).deadline?.closesAt ?? null, type).toBe(d?.closesAt ?? null);
    expect(Object.values<number>(s.counts).reduce((a, b) => a + b, 0)).toBe(rest.deadlines.length);
    if (rest.next.regular) expect(texts(r)[0]).toContain(rest.next.regular.closesAt.slice(0, 10));
    expect(sizes(r).text).toBeLessThanOrEqual(MAX_TEXT);
    expect(sizes(r).structured).toBeLessThanOrEqual(MAX_STRUCTURED);
    expect((await call('list_deadlines', { ...args, detail: 'full' })).structuredContent).toEqual(rest);
  });
});

describe('MCP resources: each round’s rule file and worked examples', () => {
  it('resources/list names both for every round of GET /v1/rounds', async () => {
    const { resources } = await client.listResources();
    const rounds = (await json(await api('/v1/rounds'))).rounds.map((r: any) => r.id);
    for (const id of rounds) {
      expect(
        resources.map((r) => r.uri),
        id,
      ).toContain(`ithojo://rounds/${id}`);
      expect(
        resources.map((r) => r.uri),
        id,
      ).toContain(`ithojo://rounds/${id}/examples`);
    }
    expect(resources.every((r) => r.mimeType === 'application/json')).toBe(true);
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toContain('ithojo://rounds/{id}');
  });

  it('resources/read ithojo://rounds/r7 = GET /v1/rounds/r7, and …/examples = GET /v1/rounds/r7/examples', async () => {
    const rules = await client.readResource({ uri: 'ithojo://rounds/r7' });
    expect(JSON.parse((rules.contents[0] as { text: string }).text)).toEqual(await json(await api('/v1/rounds/r7')));
    const examples = await client.readResource({ uri: 'ithojo://rounds/r7/examples' });
    expect(JSON.parse((examples.contents[0] as { text: string }).text)).toEqual(await json(await api('/v1/rounds/r7/examples')));
  });

  it('an unknown resource is JSON-RPC -32002 (resource not found)', async () => {
    await expect(client.readResource({ uri: 'ithojo://rounds/r99' })).rejects.toMatchObject({ code: -32002 });
    await expect(client.readResource({ uri: 'https://example.com/' })).rejects.toMatchObject({ code: -32002 });
  });
});

describe('MCP prompts for the common tasks', () => {
  it('prompts/list offers estimate_purchase, can_i_apply and next_deadline with their arguments', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name).sort()).toEqual(['can_i_apply', 'estimate_purchase', 'next_deadline']);
    expect(prompts.find((p) => p.name === 'estimate_purchase')!.arguments).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'purchase', required: true })]),
    );
  });

  it('prompts/get gives one user message naming the tools, in the asked language', async () => {
    const ja = await client.getPrompt({ name: 'estimate_purchase', arguments: { purchase: '会計ソフト 100万円' } });
    const text = (ja.messages[0]!.content as { text: string }).text;
    expect(ja.messages[0]!.role).toBe('user');
    expect(text).toContain('会計ソフト 100万円');
    expect(text).toContain('compare_types');
    const en = await client.getPrompt({ name: 'next_deadline', arguments: { type: 'invoice', lang: 'en' } });
    const enText = (en.messages[0]!.content as { text: string }).text;
    expect(enText).toContain('list_deadlines');
    expect(enText).not.toMatch(HIRAGANA);
  });

  it('an unknown prompt, an unknown argument or a missing required one is -32602', async () => {
    await expect(client.getPrompt({ name: 'guess' })).rejects.toMatchObject({ code: -32602 });
    await expect(client.getPrompt({ name: 'can_i_apply', arguments: { business: '小売業', colour: 'blue' } })).rejects.toMatchObject({ code: -32602 });
    await expect(client.getPrompt({ name: 'can_i_apply', arguments: {} })).rejects.toMatchObject({ code: -32602 });
  });
});

describe('MCP tool errors: isError with our field messages, or -32602', () => {
  const problemOf = (r: CallToolResult) => JSON.parse(texts(r)[1]!);

  it('an invalid amount → isError naming the field, with the message in the text', async () => {
    const r = await call('estimate_subsidy', { round: 'r6', type: 'invoice', applicant: { size: 'sme' }, costs: { software: -1 } });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toBeUndefined();
    const problem = problemOf(r);
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed' });
    const field = problem.errors.find((e: { path: string }) => e.path === 'costs.software');
    expect(field).toBeDefined();
    expect(texts(r)[0]).toContain(`costs.software: ${field.message}`);
  });

  it('a type the round does not have → isError 422 unknown_type', async () => {
    const r = await call('estimate_subsidy', { round: 'r3', asOf: '2022-06-01', type: 'invoice', applicant: { size: 'sme' }, costs: { software: 1_000_000 } });
    expect(r.isError).toBe(true);
    expect(problemOf(r)).toMatchObject({ status: 422, code: 'unknown_type' });
  });

  it('unknown arguments are refused, for the query tools too (their schema forbids them)', async () => {
    for (const [name, args] of [
      ['list_rounds', { asOf: '2025-06-01', colour: 'blue' }],
      ['list_deadlines', { round: 'r6', page: 2 }],
      ['estimate_subsidy', { ...ESTIMATE, verbose: true }],
    ] as const) {
      const r = await call(name, args);
      expect(r.isError, name).toBe(true);
      expect(problemOf(r), name).toMatchObject({ code: 'unknown_argument' });
      expect(
        problemOf(r).errors.map((e: { path: string }) => e.path),
        name,
      ).toEqual(Object.keys(args).filter((k) => !['asOf', 'round', ...Object.keys(ESTIMATE)].includes(k)));
    }
  });

  it('a nested unknown field, an unknown round, a bad date and a bad detail → isError, in English when asked', async () => {
    const unknownField = await call('check_eligibility', { round: 'r6', business: { colour: 'blue' }, lang: 'en' });
    expect(unknownField.isError).toBe(true);
    expect(problemOf(unknownField)).toMatchObject({ code: 'validation_failed', errors: [{ path: 'business.colour', code: 'unknown_field' }] });
    expect(texts(unknownField)[0]).toMatch(/^The arguments are not valid/);
    expect(problemOf(await call('list_deadlines', { round: 'r99' }))).toMatchObject({ status: 404, code: 'unknown_round' });
    const badDate = await call('list_rounds', { asOf: 'yesterday' });
    expect(problemOf(badDate).errors[0].path).toBe('asOf');
    const badDetail = await call('estimate_subsidy', { ...ESTIMATE, detail: 'everything' });
    expect(badDetail.isError).toBe(true);
    expect(problemOf(badDetail).errors[0].path).toBe('detail');
  });

  it('an unknown tool is -32602 listing the tools', async () => {
    await expect(client.callTool({ name: 'guess_subsidy', arguments: {} })).rejects.toMatchObject({
      code: -32602,
      message: expect.stringContaining('list_rounds'),
    });
  });
});

describe('POST /mcp over plain HTTP: malformed JSON-RPC', () => {
  const rpc = (body: unknown, accept = 'application/json, text/event-stream') => postJson('/mcp', body, { Accept: accept });

  it('answers tools/list without a session (stateless), as JSON, also to a client accepting only JSON', async () => {
    for (const accept of ['application/json, text/event-stream', 'application/json']) {
      const res = await rpc({ jsonrpc: '2.0', id: 7, method: 'tools/list' }, accept);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('mcp-session-id')).toBeNull();
      const body = await json(res);
      expect(body.id).toBe(7);
      expect(body.result.tools).toHaveLength(TOOL_NAMES.length);
    }
  });

  it('accepts a notification with 202; an unknown method is -32601', async () => {
    expect((await rpc({ jsonrpc: '2.0', method: 'notifications/initialized' })).status).toBe(202);
    expect(await json(await rpc({ jsonrpc: '2.0', id: 3, method: 'sampling/createMessage' }))).toMatchObject({
      jsonrpc: '2.0',
      id: 3,
      error: { code: -32601 },
    });
    // A method named like an Object.prototype key is just an unknown method (found by the fuzz).
    expect(await json(await rpc({ jsonrpc: '2.0', id: 4, method: '__proto__', params: {} }))).toMatchObject({ jsonrpc: '2.0', id: 4, error: { code: -32601 } });
  });

  // (message, HTTP status, JSON-RPC code, the id answered, the field named). -32600: not one valid
  // JSON-RPC request (HTTP 400, a problem that is also the JSON-RPC error); -32602: a known method
  // with malformed params (HTTP 200, a JSON-RPC error response with the request's id).
  const call1 = (params: unknown) => ({ jsonrpc: '2.0', id: 9, method: 'tools/call', params });
  const table: [string, unknown, number, number, string | number | null, string][] = [
    [
      'a batch of two requests',
      [
        { jsonrpc: '2.0', id: 1, method: 'ping' },
        { jsonrpc: '2.0', id: 2, method: 'tools/list' },
      ],
      400,
      -32600,
      null,
      '',
    ],
    ['an empty batch', [], 400, -32600, null, ''],
    ['a string', JSON.stringify('tools/list'), 400, -32600, null, ''],
    ['null', null, 400, -32600, null, ''],
    ['no jsonrpc member', { id: 1, method: 'tools/list' }, 400, -32600, 1, 'jsonrpc'],
    ['jsonrpc "1.0"', { jsonrpc: '1.0', id: 1, method: 'tools/list' }, 400, -32600, 1, 'jsonrpc'],
    ['id null', { jsonrpc: '2.0', id: null, method: 'tools/list' }, 400, -32600, null, 'id'],
    ['id a fraction', { jsonrpc: '2.0', id: 1.5, method: 'tools/list' }, 400, -32600, null, 'id'],
    ['id an object', { jsonrpc: '2.0', id: { a: 1 }, method: 'tools/list' }, 400, -32600, null, 'id'],
    ['method a number', { jsonrpc: '2.0', id: 1, method: 5 }, 400, -32600, 1, 'method'],
    ['no method', { jsonrpc: '2.0', id: 1 }, 400, -32600, 1, 'method'],
    ['params an array', { jsonrpc: '2.0', id: 1, method: 'tools/list', params: [1] }, 400, -32600, 1, 'params'],
    ['tools/call without params', { jsonrpc: '2.0', id: 9, method: 'tools/call' }, 200, -32602, 9, 'params.name'],
    ['tools/call without a name', call1({ arguments: {} }), 200, -32602, 9, 'params.name'],
    ['tools/call with a numeric name', call1({ name: 7 }), 200, -32602, 9, 'params.name'],
    ['tools/call with arguments a string', call1({ name: 'list_rounds', arguments: 'asOf=2025-06-01' }), 200, -32602, 9, 'params.arguments'],
    ['tools/call with arguments an array', call1({ name: 'list_rounds', arguments: ['2025-06-01'] }), 200, -32602, 9, 'params.arguments'],
    ['resources/read without a uri', { jsonrpc: '2.0', id: 'r', method: 'resources/read', params: {} }, 200, -32602, 'r', 'params.uri'],
    [
      'prompts/get with a numeric argument',
      { jsonrpc: '2.0', id: 4, method: 'prompts/get', params: { name: 'next_deadline', arguments: { type: 5 } } },
      200,
      -32602,
      4,
      'params.arguments',
    ],
    [
      'initialize without clientInfo',
      { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {} } },
      200,
      -32602,
      0,
      'params.clientInfo',
    ],
    ['tools/list with a numeric cursor', { jsonrpc: '2.0', id: 5, method: 'tools/list', params: { cursor: 1 } }, 200, -32602, 5, 'params.cursor'],
  ];
  for (const [name, body, status, code, id, path] of table) {
    it(`${name} → HTTP ${status}, JSON-RPC ${code}, naming ${path || 'the message'}`, async () => {
      const res = await rpc(body);
      expect(res.status).toBe(status);
      const answer = await json(res);
      expect(answer).toMatchObject({ jsonrpc: '2.0', id, error: { code, data: { path } } });
      expect(answer.error.message).not.toMatch(/"code"|invalid_type|ZodError/);
      if (status === 400) {
        expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
        expect(answer).toMatchObject({ status: 400, code: 'validation_failed' });
      }
    });
  }

  it('a body that is not JSON → HTTP 400, a malformed_json problem that is also the JSON-RPC -32700 Parse error (id null), in its language', async () => {
    for (const [lang, text] of [
      ['ja', '{"jsonrpc":"2.0","id":1,"method":'],
      ['en', '{"jsonrpc":"2.0","id":1,"method":"ping"'],
    ] as const) {
      const res = await postJson(`/mcp?lang=${lang}`, text, { Accept: 'application/json' });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const answer = await json(res);
      expect(answer).toMatchObject({ status: 400, code: 'malformed_json', jsonrpc: '2.0', id: null, error: { code: -32700 } });
      expect(answer.error.message).toBe(answer.detail);
      expect(answer.error.message).toMatch(lang === 'ja' ? /JSON として読めません/ : /not valid JSON/);
    }
    // Elsewhere the problem has no JSON-RPC members.
    const other = await json(await postJson('/v1/estimate', '{"round":'));
    expect(other).toMatchObject({ code: 'malformed_json' });
    expect(other).not.toHaveProperty('jsonrpc');
  });

  it('the batch message says why, in the request’s language', async () => {
    const ja = await json(await rpc([{ jsonrpc: '2.0', id: 1, method: 'ping' }]));
    expect(ja.error.message).toContain('バッチ');
    const en = await json(await postJson('/mcp?lang=en', [{ jsonrpc: '2.0', id: 1, method: 'ping' }], { Accept: 'application/json' }));
    expect(en.error.message).toMatch(/batch/i);
  });

  it('refuses another Content-Type (415) and GET (405) with problems', async () => {
    await expectProblem(await api('/mcp'), 405, 'method_not_allowed');
    await expectProblem(await api('/mcp', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }), 415, 'unsupported_media_type');
  });
});

describe('the direct path (no SDK) answers exactly as the SDK path', () => {
  const dispatch = (path: string, init?: RequestInit) => exports.default.fetch(new Request(new URL(path, BASE).href, init));
  const request = (body: unknown, headers: Record<string, string> = {}) =>
    new Request(`${BASE}/mcp`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream', ...headers },
      body: JSON.stringify(body),
    });
  const m = (id: string | number, method: string, params?: Record<string, unknown>) => ({ jsonrpc: '2.0', id, method, ...(params && { params }) });
  const init = (params: Record<string, unknown>) =>
    m(1, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'c', version: '1' }, ...params });

  it('copies the pinned SDK’s protocol versions (the first is its latest)', () => {
    expect([...PROTOCOL_VERSIONS]).toEqual(SUPPORTED_PROTOCOL_VERSIONS);
    expect(PROTOCOL_VERSIONS[0]).toBe(LATEST_PROTOCOL_VERSION);
  });

  const same: [string, unknown, Lang?][] = [
    ['initialize', init({})],
    ['initialize, an older protocol version', init({ protocolVersion: '2024-11-05' })],
    ['initialize, an unknown protocol version (→ the latest)', init({ protocolVersion: '1999-01-01' })],
    [
      'initialize with the usual capabilities and a client title',
      init({ capabilities: { roots: { listChanged: true }, sampling: {}, elicitation: {} }, clientInfo: { name: 'c', version: '1', title: 'C' } }),
    ],
    ['ping', m('p', 'ping')],
    ['ping with empty params', m(2, 'ping', {})],
    ['tools/list', m(3, 'tools/list')],
    ['tools/list with a cursor', m('c', 'tools/list', { cursor: 'next' })],
    ['tools/call estimate_subsidy', m(4, 'tools/call', { name: 'estimate_subsidy', arguments: ESTIMATE })],
    ['tools/call estimate_subsidy, detail full, en', m(5, 'tools/call', { name: 'estimate_subsidy', arguments: { ...ESTIMATE, detail: 'full', lang: 'en' } })],
    ['tools/call check_eligibility', m(6, 'tools/call', { name: 'check_eligibility', arguments: ELIGIBILITY }), 'en'],
    ['tools/call compare_types', m(7, 'tools/call', { name: 'compare_types', arguments: COMPARE })],
    ['tools/call list_rounds', m(8, 'tools/call', { name: 'list_rounds', arguments: { asOf: '2025-06-01' } })],
    ['tools/call list_deadlines without arguments', m(9, 'tools/call', { name: 'list_deadlines', arguments: { asOf: '2025-06-01' } })],
    ['tools/call with an invalid amount (isError)', m(10, 'tools/call', { name: 'estimate_subsidy', arguments: { ...ESTIMATE, costs: { software: -1 } } })],
    ['tools/call with an unknown argument (isError)', m(11, 'tools/call', { name: 'list_rounds', arguments: { nope: 1 } })],
    ['tools/call with a bad detail (isError)', m(12, 'tools/call', { name: 'list_rounds', arguments: { detail: 'all' } })],
    ['tools/call of an unknown tool (-32602)', m(13, 'tools/call', { name: 'nope' }), 'en'],
    ['resources/list', m(14, 'resources/list')],
    ['resources/templates/list', m(15, 'resources/templates/list'), 'en'],
    ['resources/read a rule file', m(16, 'resources/read', { uri: 'ithojo://rounds/r7' })],
    ['resources/read an unknown resource (-32002)', m(17, 'resources/read', { uri: 'ithojo://rounds/r99' })],
    ['prompts/list', m(18, 'prompts/list')],
    ['prompts/get', m(19, 'prompts/get', { name: 'next_deadline', arguments: {} }), 'en'],
    ['prompts/get an unknown prompt (-32602)', m(20, 'prompts/get', { name: 'nope' })],
  ];
  for (const [name, body, lang = 'ja'] of same) {
    it(`${name}: the same status, Content-Type and bytes`, async () => {
      expect(directMessage(request(body), body), 'taken by the direct path').toBeTruthy();
      const direct = await handleMcp(request(body), body, dispatch, lang);
      const sdk = await handleMcpWithSdk(request(body), body, dispatch, lang);
      expect(direct.status).toBe(sdk.status);
      expect(direct.headers.get('content-type')).toBe(sdk.headers.get('content-type'));
      expect(await direct.text()).toBe(await sdk.text());
    });
  }

  const toSdk: [string, unknown, Record<string, string>?][] = [
    ['a notification', { jsonrpc: '2.0', method: 'notifications/initialized' }],
    ['a response from the client', { jsonrpc: '2.0', id: 1, result: {} }],
    ['an unknown method', m(1, 'sampling/createMessage')],
    ['a method named like an Object.prototype key', m(1, '__proto__', {})],
    ['params with _meta', m(1, 'tools/list', { _meta: { progressToken: 1 } })],
    ['a task-augmented tools/call', m(1, 'tools/call', { name: 'list_rounds', task: {} })],
    ['initialize with experimental capabilities', init({ capabilities: { experimental: { x: {} } } })],
    ['initialize with roots.listChanged a string', init({ capabilities: { roots: { listChanged: 'yes' } } })],
    ['a message with an extra member', { ...m(1, 'ping'), extra: true }],
    ['an unsupported Mcp-Protocol-Version header', m(1, 'tools/list'), { 'Mcp-Protocol-Version': '1999-01-01' }],
    ['a JSON Content-Type with parameters', m(1, 'tools/list'), { 'Content-Type': 'application/json; charset=utf-8' }],
  ];
  for (const [name, body, headers] of toSdk) {
    it(`${name} goes to the SDK`, () => {
      expect(directMessage(request(body, headers), body)).toBeUndefined();
    });
  }
});
