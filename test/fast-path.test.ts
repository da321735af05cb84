/// <reference types="vite/client" />
/**
 * The hot path (src/lib/fast-path.ts) answers exactly as the app: for every estimate and eligibility
 * case of test/cases (ja and en), deadline and calendar queries, /health and requests it must hand
 * over (bad bodies, other spellings, conditional GETs), the Worker's answer (hot path in front) and
 * the app's alone (`createApp(registry, { hotPath: false })`) have the same status, the same headers
 * and the same bytes. Requests carry Content-Length as real clients send it (the hot path reads
 * only those). Plus: it really answers the plain ones (a request it answers skips the app's
 * middleware, seen here as an app that is never called), and a limited request is counted once.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { withHotPath } from '../src/lib/fast-path.ts';
import { registry } from '../src/rules/index.ts';
import { fakeLimiter } from './helpers.ts';

const hot = createApp(registry);
const plain = createApp(registry, { hotPath: false });

const cases = (glob: Record<string, unknown>) =>
  Object.values(glob).flatMap((file) => (file as { name: string; input: unknown }[]).map((c) => ({ name: c.name, input: c.input })));
const estimateCases = cases(import.meta.glob<unknown>('./cases/estimate/*.json', { eager: true, import: 'default' }));
const eligibilityCases = cases(import.meta.glob<unknown>('./cases/eligibility/*.json', { eager: true, import: 'default' }));

const ORIGIN = 'http://api.test';
const post =
  (path: string, body: string, headers: Record<string, string> = {}) =>
  () =>
    new Request(`${ORIGIN}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Length': String(new TextEncoder().encode(body).byteLength), ...headers },
      body,
    });
const get =
  (path: string, headers: Record<string, string> = {}) =>
  () =>
    new Request(`${ORIGIN}${path}`, { headers });

/** Status, headers and body bytes of both answers; `asOf` defaults to now, so the clock is fixed by the inputs used here. */
const same = async (make: () => Request, env: object = {}) => {
  const [a, b] = await Promise.all([hot.fetch(make(), env), plain.fetch(make(), env)]);
  expect([...a.headers]).toEqual([...b.headers]);
  expect(a.status).toBe(b.status);
  expect(new Uint8Array(await a.arrayBuffer())).toEqual(new Uint8Array(await b.arrayBuffer()));
  return a.status;
};

describe('the hot path answers as the app does', () => {
  it('has cases to compare', () => {
    expect(estimateCases.length).toBeGreaterThan(100);
    expect(eligibilityCases.length).toBeGreaterThan(50);
  });

  it.each(
    estimateCases.flatMap((c) => [
      { ...c, lang: 'ja' },
      { ...c, lang: 'en' },
    ]),
  )('POST /v1/estimate?lang=$lang: $name', async (c) => {
    await same(post(`/v1/estimate?lang=${c.lang}`, JSON.stringify(c.input)));
  });

  it.each(
    eligibilityCases.flatMap((c) => [
      { ...c, lang: 'ja' },
      { ...c, lang: 'en' },
    ]),
  )('POST /v1/eligibility (Accept-Language $lang): $name', async (c) => {
    await same(post('/v1/eligibility', JSON.stringify(c.input), { 'Accept-Language': c.lang }));
  });

  const queries = [
    '',
    '?asOf=2025-06-01',
    '?round=r6&asOf=2025-06-01',
    '?round=r7&asOf=2026-05-01&lang=en',
    '?round=2025&type=invoice&asOf=2025-06-01',
    '?status=open&asOf=2026-04-01',
    '?status=upcoming&asOf=2026-01-01&lang=ja',
    '?round=r6&round=r7&asOf=2025-06-01', // repeated: the app's 400
    '?round=r99&asOf=2025-06-01', // unknown round: the app's 404/400
    '?asOf=not-a-date',
    '?lang=fr',
    '?asOf=2025-06-01T10%3A00%3A00%2B09%3A00', // percent-encoded: handed over
  ];
  it.each(queries.flatMap((q) => [`/v1/deadlines${q}`, `/v1/deadlines.ics${q}`]))('GET %s', async (path) => {
    await same(get(path));
    await same(get(path, { 'Accept-Language': 'en' }));
  });

  it.each(['/v1/deadlines.ics', '/v1/deadlines.ics?round=r6&lang=en', '/v1/deadlines.ics?status=open&asOf=2026-04-01'])(
    'GET %s with Accept-Encoding: gzip (the compressed representation)',
    async (path) => {
      await same(get(path, { 'Accept-Encoding': 'gzip, deflate, br' }));
      await same(get(path, { 'Accept-Encoding': 'br, gzip;q=0' }));
    },
  );

  it.each([
    ['health', get('/health')],
    ['health with a query', get('/health?lang=en')],
    ['the OpenAPI document', get('/openapi.json')],
    ['the OpenAPI document, lang en', get('/openapi.json?lang=en')],
    ['the OpenAPI document with another query', get('/openapi.json?x=1')],
    ['the OpenAPI document, conditional', get('/openapi.json', { 'If-None-Match': '"nope"' })],
    ['the OpenAPI document as YAML', get('/openapi.yaml')],
    ['a conditional GET', get('/v1/deadlines?round=r6&asOf=2025-06-01', { 'If-None-Match': '"dl-nope"' })],
    ['HEAD', () => new Request(`${ORIGIN}/health`, { method: 'HEAD' })],
    ['malformed JSON', post('/v1/estimate', '{"round":')],
    [
      'not UTF-8',
      () =>
        new Request(`${ORIGIN}/v1/estimate`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': '3' },
          body: new Uint8Array([0x7b, 0xff, 0x7d]),
        }),
    ],
    ['an inexact number', post('/v1/estimate', '{"round":"r6","costs":{"software":1e400}}')],
    ['a body the schema refuses', post('/v1/estimate', '{"round":"r6","type":"nope"}')],
    [
      'a body the type refuses',
      post('/v1/estimate', JSON.stringify({ round: 'r6', asOf: '2025-06-01', type: 'invoice', applicant: { size: 'sme' }, costs: { software: -1 } })),
    ],
    ['a UTF-8 BOM', post('/v1/estimate', `\uFEFF${JSON.stringify(estimateCases[0]!.input)}`)],
    ['another JSON spelling', post('/v1/estimate', JSON.stringify(estimateCases[0]!.input), { 'Content-Type': 'application/json; charset="UTF-8"' })],
    ['text/plain', post('/v1/estimate', JSON.stringify(estimateCases[0]!.input), { 'Content-Type': 'text/plain' })],
    ['a compressed body', post('/v1/estimate', JSON.stringify(estimateCases[0]!.input), { 'Content-Encoding': 'gzip' })],
    ['an unknown query field', post('/v1/estimate?foo=1', JSON.stringify(estimateCases[0]!.input))],
    ['GET on a POST route', get('/v1/estimate')],
    ['a contradiction', post('/v1/eligibility', JSON.stringify({ round: 'r6', asOf: '2025-06-01', business: { employees: -3 } }))],
  ])('%s', async (_name, make) => {
    await same(make);
  });
});

describe('the hot path answers the plain requests itself', () => {
  const refuse = () => {
    throw new Error('the app was called');
  };
  const alone = withHotPath(registry, refuse);
  it.each([
    ['GET /health', get('/health')],
    ['POST /v1/estimate', post('/v1/estimate', JSON.stringify(estimateCases[0]!.input))],
    ['POST /v1/eligibility', post('/v1/eligibility', JSON.stringify(eligibilityCases[0]!.input))],
    ['GET /v1/deadlines', get('/v1/deadlines?round=r6&asOf=2025-06-01')],
    ['GET /v1/deadlines.ics', get('/v1/deadlines.ics?lang=en')],
    ['GET /v1/deadlines.ics, gzip', get('/v1/deadlines.ics?lang=en', { 'Accept-Encoding': 'gzip' })],
    ['GET /openapi.json', get('/openapi.json')],
    ['GET /openapi.yaml', get('/openapi.yaml?lang=ja')],
  ])('%s', async (_name, make) => {
    const res = await alone(make());
    expect(res.status).toBe(200);
  });

  it('hands the others over', async () => {
    await expect(async () => alone(get('/v1/rounds')())).rejects.toThrow('the app was called');
    await expect(async () => alone(post('/v1/estimate', '{')())).rejects.toThrow('the app was called');
  });
});

describe('rate limits on the hot path', () => {
  const EDGE = 'https://api.example.jp';
  const at = (path: string, body?: string) =>
    new Request(`${EDGE}${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        'CF-Connecting-IP': '203.0.113.9',
        ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'Content-Length': String(body.length) }),
      },
      body,
    });

  it('names the policy on a plain answer, counts a handed-over (malformed) request once, answers 429 over the quota', async () => {
    const env = { RATE_LIMIT_STANDARD: fakeLimiter(2) };
    const ok = await hot.fetch(at('/v1/estimate', JSON.stringify(estimateCases[0]!.input)), env);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('RateLimit-Policy')).toBe('"standard";q=120;w=60');
    const bad = await hot.fetch(at('/v1/estimate', '{"round":'), env);
    expect(bad.status).toBe(400);
    expect(env.RATE_LIMIT_STANDARD.seen.get('standard:203.0.113.9')).toBe(2); // one each, the bad one not twice
    const over = await hot.fetch(at('/v1/estimate', JSON.stringify(estimateCases[0]!.input)), env);
    expect(over.status).toBe(429);
  });
});
