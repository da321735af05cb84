/**
 * The OpenAPI document as clients and /docs use it: a relative server (the deployment that served
 * it), another deployment by a variable, and a 304 declared on every GET that answers one.
 */
import { describe, expect, it } from 'vitest';
import { api, json } from './helpers.ts';

const doc = async () => json(await api('/openapi.json'));
/** The document's path template a concrete path matches. */
const templateOf = (paths: string[], path: string) => paths.find((p) => new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.')}$`).test(path));

describe('OpenAPI servers', () => {
  it('the first server is relative ("/"), no server is a loopback address, production is a variable', async () => {
    const { servers } = await doc();
    expect(servers[0].url).toBe('/');
    for (const s of servers) expect(s.url).not.toMatch(/127\.0\.0\.1|localhost/);
    const other = servers.find((s: any) => s.variables?.origin);
    expect(other.url).toBe('{origin}');
    expect(other.variables.origin.default).toMatch(/^https:\/\//);
  });
});

describe('every cacheable GET declares its 304, and answers it', () => {
  // One request per GET operation (the README's examples).
  const urls = [
    '/v1/rounds?asOf=2025-06-01',
    '/v1/rounds/r6',
    '/v1/rounds/r6/examples',
    '/v1/estimate?round=r6&asOf=2025-06-01&type=regular&applicant.size=sme&processes=4&costs.software=4000000',
    '/v1/estimate/print?round=r6&asOf=2025-06-01&type=regular&applicant.size=sme&processes=4&costs.software=4000000',
    '/v1/deadlines?round=r6&type=regular&asOf=2025-12-03',
    '/v1/deadlines.ics?round=2025&lang=en',
    '/v1/rounds/r6/types/invoice/curve.svg?size=sme&functions=accounting&functions=ordering',
    '/health',
  ];

  it('covers every GET operation of the document', async () => {
    const { paths } = await doc();
    const gets = Object.keys(paths).filter((p) => paths[p].get);
    const covered = new Set(urls.map((u) => templateOf(gets, u.split('?')[0]!)));
    expect(gets.filter((g) => !covered.has(g))).toEqual([]);
  });

  for (const url of urls) {
    it(`GET ${url}: 304 for its own ETag exactly when the document declares it`, async () => {
      const { paths } = await doc();
      const template = templateOf(Object.keys(paths), url.split('?')[0]!)!;
      const first = await api(url);
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag');
      const cacheable = !/no-store/.test(first.headers.get('cache-control') ?? '');
      expect(Boolean(paths[template].get.responses['304']), template).toBe(cacheable);
      if (!cacheable) return;
      expect(etag).toBeTruthy();
      const again = await api(url, { headers: { 'If-None-Match': etag! } });
      expect(again.status).toBe(304);
    });
  }
});
