/** HTTP contract: statuses, headers and problem bodies through the Worker's fetch. */
import { describe, expect, it } from 'vitest';
import { api, expectProblem, json, postJson } from './helpers.ts';
import spec from '../openapi.yaml?raw';

describe('service basics', () => {
  it('GET /health answers ok with the rules version', async () => {
    const res = await api('/health');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.status).toBe('ok');
    expect(body.rulesVersion).toMatch(/^[0-9a-f]{16}$/);
  });

  it('GET /openapi.json is OpenAPI 3.1 and /openapi.yaml equals the committed openapi.yaml (drift check)', async () => {
    const doc = await json(await api('/openapi.json'));
    expect(doc.openapi).toBe('3.1.0');
    const yaml = await (await api('/openapi.yaml')).text();
    expect(yaml).toBe(spec);
  });

  it('every operation has an id and a summary in English and Japanese; every schema a description and an example', async () => {
    const doc = await json(await api('/openapi.json'));
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        expect(op.operationId, `${method} ${path}`).toBeTruthy();
        expect(op.summary, `${method} ${path}`).toMatch(/[A-Za-z].*·.*[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
    for (const [name, schema] of Object.entries<any>(doc.components.schemas)) {
      expect(schema.description, name).toBeTruthy();
      expect(schema.example ?? schema.examples, name).toBeDefined();
    }
  });

  it('GET /docs serves the docs page from this origin only: same-origin scripts, a CSP with no other origin', async () => {
    const res = await api('/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, 'every script is a same-origin file (no inline code)').toMatch(/^<script src="\/docs\/[a-z-]+\.js">$/);
    const csp = res.headers.get('content-security-policy') ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    for (const [name, values] of directives)
      for (const v of values) expect(v, `${name} allows only this origin`).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
  });
});

describe('errors are problem+json with stable codes', () => {
  it('unknown path → 404 not_found, Japanese by default', async () => {
    const body = await expectProblem(await api('/v1/nope'), 404, 'not_found');
    expect(body.title).toBe('見つかりません');
    expect(body.type).toContain('not-found');
  });

  it('?lang=en and Accept-Language: en switch messages to English', async () => {
    expect((await expectProblem(await api('/v1/nope?lang=en'), 404, 'not_found')).title).toBe('Not found');
    const res = await api('/v1/nope', { headers: { 'Accept-Language': 'en-US,en;q=0.9,ja;q=0.5' } });
    expect((await expectProblem(res, 404, 'not_found')).title).toBe('Not found');
  });

  it('a wrong method on a known path → 405 with Allow', async () => {
    const res = await api('/v1/rounds', { method: 'DELETE' });
    const body = await expectProblem(res, 405, 'method_not_allowed');
    expect(res.headers.get('allow')).toContain('GET');
    expect(body.allowed).toContain('GET');
  });

  it('POST with a non-JSON Content-Type → 415', async () => {
    await expectProblem(await api('/v1/estimate', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' }), 415, 'unsupported_media_type');
  });

  it('POST with malformed JSON → 400 malformed_json', async () => {
    await expectProblem(await postJson('/v1/estimate', '{"round": '), 400, 'malformed_json');
  });

  it('POST with a body over 64 KiB → 413', async () => {
    await expectProblem(await postJson('/v1/estimate', JSON.stringify({ pad: 'x'.repeat(70_000) })), 413, 'payload_too_large');
  });

  it('an unknown round id → 404 unknown_round listing the known ids', async () => {
    const body = await expectProblem(await api('/v1/rounds/r99'), 404, 'unknown_round');
    expect(body.knownRounds.map((r: any) => r.id)).toEqual(['r3', 'r4', 'r5', 'r6', 'r7']);
  });

  it('a malformed asOf → 400 validation_failed naming the field', async () => {
    const body = await expectProblem(await api('/v1/rounds?asOf=2025-13-45'), 400, 'validation_failed');
    expect(body.errors).toEqual([expect.objectContaining({ path: 'asOf', code: 'invalid_date' })]);
  });
});

describe('CORS and security headers', () => {
  it('any origin may call the API without credentials; preflight is cached', async () => {
    const res = await api('/v1/rounds', {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
    expect(res.headers.get('access-control-max-age')).toBe('86400');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('responses allow cross-origin use and set nosniff', async () => {
    const res = await api('/v1/rounds', { headers: { Origin: 'https://shop.example' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
