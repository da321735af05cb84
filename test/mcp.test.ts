/**
 * POST /mcp as a chatbot uses it: the official MCP SDK client over Streamable HTTP, its fetch
 * wired to the Worker (workerd) — list the tools, call each, and check every structured result
 * against the REST answer for the same input. The client validates each `structuredContent`
 * against the tool's `outputSchema` (JSON Schema, with @cfworker/json-schema: workerd forbids
 * the code generation Ajv needs), so a schema that disagrees with the answer fails here too.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker';
import { exports } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE, api, expectProblem, json, postJson } from './helpers.ts';

const TOOL_NAMES = ['check_eligibility', 'estimate_subsidy', 'list_deadlines', 'list_rounds'];

let client: Client;
beforeAll(async () => {
  client = new Client({ name: 'it-hojo-test', version: '1.0.0' }, { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() });
  const transport = new StreamableHTTPClientTransport(new URL(`${BASE}/mcp`), {
    fetch: (url, init) => exports.default.fetch(new Request(url, init)),
  });
  await client.connect(transport);
  await client.listTools(); // caches each tool's outputSchema validator: every callTool below is checked against it
});
afterAll(async () => {
  await client?.close();
});

const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as CallToolResult;
const texts = (r: CallToolResult) => r.content.filter((c) => c.type === 'text').map((c) => (c as { text: string }).text);

describe('MCP server: initialize and tools/list', () => {
  it('identifies itself, offers tools only, and gives bilingual instructions', () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'it-hojo-api' });
    expect(client.getServerCapabilities()).toMatchObject({ tools: {} });
    expect(client.getInstructions()).toMatch(/IT導入補助金/);
    expect(client.getInstructions()).toMatch(/subsidy/);
  });

  it('lists the four tools, read-only and idempotent, each with input and output schemas and ja+en descriptions', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(TOOL_NAMES);
    for (const t of tools) {
      expect(t.annotations, t.name).toMatchObject({ readOnlyHint: true, idempotentHint: true, destructiveHint: false, openWorldHint: false });
      expect(t.inputSchema.type, t.name).toBe('object');
      expect(t.outputSchema?.type, t.name).toBe('object');
      expect(Object.keys(t.outputSchema?.properties ?? {}).length, t.name).toBeGreaterThan(2);
      expect(t.description, t.name).toMatch(/[ぁ-んァ-ン一-龯]/);
      expect(t.description, t.name).toMatch(/\b(the|of|and)\b/);
    }
  });

  it('takes the input schemas from the REST routes (same fields, same enums, strict bodies)', async () => {
    const { tools } = await client.listTools();
    const by = Object.fromEntries(tools.map((t) => [t.name, t]));
    const estimate = by.estimate_subsidy!.inputSchema as any;
    expect(estimate.required).toEqual(expect.arrayContaining(['type', 'applicant']));
    expect(Object.keys(estimate.properties)).toEqual(expect.arrayContaining(['round', 'asOf', 'type', 'applicant', 'functions', 'costs', 'group', 'lang']));
    expect(estimate.additionalProperties).toBe(false);
    expect(estimate.properties.type.enum).toContain('invoice');
    const eligibility = by.check_eligibility!.inputSchema as any;
    expect(Object.keys(eligibility.properties)).toEqual(expect.arrayContaining(['round', 'asOf', 'types', 'business', 'status', 'lang']));
    expect(Object.keys(by.list_deadlines!.inputSchema.properties ?? {})).toEqual(expect.arrayContaining(['round', 'type', 'asOf', 'status', 'lang']));
    expect(Object.keys(by.list_rounds!.inputSchema.properties ?? {})).toEqual(['asOf', 'lang']);
    // Every $ref resolves inside the tool's own schema.
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

describe('MCP tools answer as the REST endpoints do', () => {
  it('list_rounds = GET /v1/rounds', async () => {
    const r = await call('list_rounds', { asOf: '2025-06-01' });
    expect(r.isError).toBeFalsy();
    const rest = await json(await api('/v1/rounds?asOf=2025-06-01'));
    expect(r.structuredContent).toEqual(rest);
    expect(rest.current).toBe('r6');
    expect(texts(r)[0]).toContain('r6');
    expect(JSON.parse(texts(r)[1]!)).toEqual(rest);
  });

  it('check_eligibility = POST /v1/eligibility, and its open questions come back ready to ask', async () => {
    const input = { round: 'r6', asOf: '2025-06-01', business: { form: 'company', industry: 'retail', capital: 30_000_000 } };
    const r = await call('check_eligibility', input);
    expect(r.isError).toBeFalsy();
    const rest = await json(await postJson('/v1/eligibility', input));
    expect(r.structuredContent).toEqual(rest);
    expect(rest.missing.length).toBeGreaterThan(0);
    const summary = texts(r)[0]!;
    expect(summary).toContain('確認が必要な質問');
    for (const q of rest.missing) {
      expect(summary).toContain(q.question.ja);
      expect(summary).toContain(q.path);
    }
  });

  it('check_eligibility in English asks its questions in English', async () => {
    const input = { round: 'r6', asOf: '2025-06-01', business: { form: 'company', industry: 'retail', capital: 30_000_000, employees: 60 } };
    const r = await call('check_eligibility', { ...input, lang: 'en' });
    const rest = await json(await postJson('/v1/eligibility?lang=en', input));
    expect(r.structuredContent).toEqual(rest);
    expect(texts(r)[0]).toContain('Questions to ask the user');
    for (const q of rest.missing) expect(texts(r)[0]).toContain(q.question.en);
  });

  it('list_deadlines = GET /v1/deadlines', async () => {
    const r = await call('list_deadlines', { round: 'r6', type: 'regular', asOf: '2025-12-03' });
    expect(r.isError).toBeFalsy();
    const rest = await json(await api('/v1/deadlines?round=r6&type=regular&asOf=2025-12-03'));
    expect(r.structuredContent).toEqual(rest);
    expect((rest.next.regular as { closesAt: string }).closesAt).toBe('2026-01-07T17:00:00+09:00');
    expect(texts(r)[0]).toContain('2026-01-07T17:00:00+09:00');
  });

  it('estimate_subsidy = POST /v1/estimate (R6 インボイス対応類型, sme, 2 functions, software 1,000,000 → 722,222)', async () => {
    const input = { round: 'r6', asOf: '2025-06-01', type: 'invoice', applicant: { size: 'sme' }, functions: ['accounting', 'ordering'], costs: { software: 1_000_000 } };
    const r = await call('estimate_subsidy', input);
    expect(r.isError).toBeFalsy();
    const rest = await json(await postJson('/v1/estimate', input));
    expect(r.structuredContent).toEqual(rest);
    expect((r.structuredContent as { subsidy: number }).subsidy).toBe(722_222);
    expect(texts(r)[0]).toContain('722,222円');
  });

  it('estimate_subsidy of a multi-company group (nested members) = POST /v1/estimate', async () => {
    const input = { round: 'r6', asOf: '2025-06-01', type: 'multi-company', applicant: { size: 'sme' }, functions: ['accounting', 'ordering'], group: { members: 10, analysis: 3_000_000, admin: 1_000_000, memberCosts: [{ software: 1_000_000 }, { software: 500_000, size: 'small' }] } };
    const r = await call('estimate_subsidy', input);
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toEqual(await json(await postJson('/v1/estimate', input)));
  });
});

describe('MCP output schemas', () => {
  it('reject an answer that breaks them, deep inside (so the checks above are real)', async () => {
    const input = { round: 'r6', asOf: '2025-06-01', type: 'invoice', applicant: { size: 'sme' }, functions: ['accounting'], costs: { software: 300_000 } };
    const good = (await call('estimate_subsidy', input)).structuredContent as any;
    // The same check the client ran on each callTool: the listed outputSchema, compiled by the same validator.
    const { tools } = await client.listTools();
    const validator = (name: string) => {
      const v = new CfWorkerJsonSchemaValidator().getValidator(tools.find((t) => t.name === name)!.outputSchema as never);
      return (data: unknown) => v(data);
    };
    const validate = validator('estimate_subsidy');
    expect(validate(good).valid).toBe(true);
    expect(validate({ ...good, subsidy: '225000' }).valid).toBe(false);
    expect(validate({ ...good, lines: [{ ...good.lines[0], rate: 0.75 }] }).valid).toBe(false);
    expect(validate({ ...good, deadline: null }).valid).toBe(true);
    const rounds = (await call('list_rounds', { asOf: '2025-06-01' })).structuredContent as any;
    const validateRounds = validator('list_rounds');
    expect(validateRounds({ ...rounds, rounds: [{ ...rounds.rounds[0], window: { ...rounds.rounds[0].window, closesOnSource: null } }] }).valid).toBe(true);
    expect(validateRounds({ ...rounds, rounds: [{ ...rounds.rounds[0], window: { ...rounds.rounds[0].window, closesOnSource: 'x' } }] }).valid).toBe(false);
  });
});

describe('MCP tool errors are the API’s problems', () => {
  it('an invalid amount → isError with the problem naming the field', async () => {
    const r = await call('estimate_subsidy', { round: 'r6', type: 'invoice', applicant: { size: 'sme' }, costs: { software: -1 } });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toBeUndefined();
    const problem = JSON.parse(texts(r)[0]!);
    expect(problem).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(problem.errors.map((e: { path: string }) => e.path)).toContain('costs.software');
  });

  it('a type the round does not have → isError 422 unknown_type', async () => {
    const r = await call('estimate_subsidy', { round: 'r3', asOf: '2022-06-01', type: 'invoice', applicant: { size: 'sme' }, costs: { software: 1_000_000 } });
    expect(r.isError).toBe(true);
    expect(JSON.parse(texts(r)[0]!)).toMatchObject({ status: 422, code: 'unknown_type' });
  });

  it('an unknown field, an unknown round and a bad date → isError, in English when asked', async () => {
    const unknownField = await call('check_eligibility', { round: 'r6', business: { colour: 'blue' }, lang: 'en' });
    expect(unknownField.isError).toBe(true);
    expect(JSON.parse(texts(unknownField)[0]!)).toMatchObject({ code: 'validation_failed', errors: [{ path: 'business.colour', code: 'unknown_field', message: 'is not a known field' }] });
    const unknownRound = await call('list_deadlines', { round: 'r99' });
    expect(JSON.parse(texts(unknownRound)[0]!)).toMatchObject({ status: 404, code: 'unknown_round' });
    const badDate = await call('list_rounds', { asOf: 'yesterday' });
    expect(badDate.isError).toBe(true);
    expect(JSON.parse(texts(badDate)[0]!).errors[0].path).toBe('asOf');
  });

  it('an unknown tool is a JSON-RPC error listing the tools', async () => {
    await expect(client.callTool({ name: 'guess_subsidy', arguments: {} })).rejects.toThrow(/Unknown tool: guess_subsidy.*list_rounds/);
  });
});

describe('POST /mcp over plain HTTP', () => {
  const rpc = (body: unknown, accept = 'application/json, text/event-stream') => postJson('/mcp', body, { Accept: accept });

  it('answers tools/list without a session (stateless), as JSON', async () => {
    const res = await rpc({ jsonrpc: '2.0', id: 7, method: 'tools/list' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('mcp-session-id')).toBeNull();
    const body = await json(res);
    expect(body.id).toBe(7);
    expect(body.result.tools).toHaveLength(4);
  });

  it('accepts a notification with 202', async () => {
    const res = await rpc({ jsonrpc: '2.0', method: 'notifications/initialized' });
    expect(res.status).toBe(202);
  });

  it('serves a client that accepts only JSON (answers are never SSE)', async () => {
    const res = await rpc({ jsonrpc: '2.0', id: 2, method: 'tools/list' }, 'application/json');
    expect(res.status).toBe(200);
    expect((await json(res)).result.tools).toHaveLength(4);
  });

  it('answers an unknown method with a JSON-RPC error, and a message the SDK refuses with a 400 problem', async () => {
    const unknown = await json(await rpc({ jsonrpc: '2.0', id: 3, method: 'resources/list' }));
    expect(unknown).toMatchObject({ jsonrpc: '2.0', id: 3, error: { code: -32601 } });
    const refused = await expectProblem(await rpc({ jsonrpc: '2.0', id: 4, method: 'tools/list', params: { _meta: 5 } }), 400, 'validation_failed');
    expect(refused.jsonrpcError.code).toBeTypeOf('number');
  });

  it('refuses a non-JSON-RPC body (400), another Content-Type (415) and GET (405) with problems', async () => {
    const bad = await expectProblem(await rpc({ id: 1, method: 'tools/list' }), 400, 'validation_failed');
    expect(bad.errors[0].path).toBe('jsonrpc');
    await expectProblem(await api('/mcp'), 405, 'method_not_allowed');
    await expectProblem(await api('/mcp', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }), 415, 'unsupported_media_type');
  });
});
