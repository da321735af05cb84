import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { createRegistry } from '../src/rules/parse.ts';
import { ruleFiles } from '../src/rules/rules.gen.ts';
import extraRound from './fixtures/rules/r99.json';
import { api, json } from './helpers.ts';

describe('GET /v1/rounds', () => {
  it('lists r3…r7 with windows and statuses on asOf=2025-06-01 (r6 open since 2025-03-31; r7 upcoming)', async () => {
    const res = await api('/v1/rounds?asOf=2025-06-01');
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.current).toBe('r6');
    const byId = Object.fromEntries(body.rounds.map((r: any) => [r.id, r]));
    expect(byId.r3.status).toBe('closed');
    expect(byId.r6.status).toBe('open');
    expect(byId.r7.status).toBe('upcoming');
    expect(byId.r6.window).toMatchObject({ opensOn: '2025-03-31', closesOn: '2026-01-07' });
    expect(byId.r6.aliases).toEqual(['2025']);
    expect(byId.r6.rulesVersion).toMatch(/^r6-[0-9a-f]{16}$/);
    expect(byId.r4.types.map((t: any) => t.id)).toEqual(['regular', 'digital-base', 'commercial-invoice', 'security', 'multi-company']);
  });

  it('carries an ETag and answers 304 to If-None-Match', async () => {
    const res = await api('/v1/rounds?asOf=2025-06-01');
    const tag = res.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(res.headers.get('cache-control')).toContain('max-age');
    const again = await api('/v1/rounds?asOf=2025-06-01', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
  });
});

describe('GET /v1/rounds/{id}', () => {
  it('returns the whole rule file by id or by programme-year alias', async () => {
    const byId = await json(await api('/v1/rounds/r6'));
    const byAlias = await json(await api('/v1/rounds/2025'));
    expect(byId.rules.id).toBe('r6');
    expect(byAlias.rulesVersion).toBe(byId.rulesVersion);
    expect(byId.rules.types.length).toBe(5);
  });
});

describe('a new round is a new file', () => {
  it('an extra valid rule file, with no code edited, appears in /v1/rounds and can be used by name', async () => {
    const app = createApp(createRegistry({ ...ruleFiles, 'r99.json': extraRound }));
    const list = await json(await app.request('/v1/rounds?asOf=2099-06-01'));
    expect(list.current).toBe('r99');
    expect(list.rounds.map((r: any) => r.id)).toContain('r99');
    const detail = await json(await app.request('/v1/rounds/2099'));
    expect(detail.rules.name.en).toBe('Fixture round 2099');
  });
});
