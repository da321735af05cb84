/**
 * Security headers per kind of response (issue 15): every kind (API JSON, problem+json, YAML,
 * iCalendar, SVG, HTML pages, the widget script, 304s) gets the headers its kind needs (the
 * document-only ones on documents alone), and each
 * page's CSP allows exactly what the page loads. Plus /widget never puts a forged Host into a page a
 * shared cache may keep.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.ts';
import { registry } from '../src/rules/index.ts';
import { api } from './helpers.ts';

/** `default-src 'self'; img-src 'self' data:` → { 'default-src': ["'self'"], 'img-src': ["'self'", 'data:'] }. */
const directives = (csp: string | null): Record<string, string[]> =>
  Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );

const CURVE = '/v1/rounds/r6/types/invoice/curve.svg?size=sme&functions=accounting';
const ALWAYS: Record<string, string> = {
  'cross-origin-resource-policy': 'cross-origin',
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
};
/** What only documents (HTML pages, an SVG opened on its own) act on: on those, never on API answers (OWASP REST Security Cheat Sheet). */
const DOCUMENT: Record<string, string> = {
  'origin-agent-cluster': '?1',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

const API_KINDS: { name: string; path: string; init?: RequestInit; type: RegExp }[] = [
  { name: 'an API JSON answer (GET /v1/rounds)', path: '/v1/rounds', type: /^application\/json/ },
  { name: 'a problem+json error (unknown path)', path: '/v1/nope', type: /^application\/problem\+json/ },
  { name: 'a problem+json error (405)', path: '/v1/rounds', init: { method: 'DELETE' }, type: /^application\/problem\+json/ },
  { name: 'the OpenAPI YAML', path: '/openapi.yaml', type: /^application\/yaml/ },
  { name: 'the iCalendar feed', path: '/v1/deadlines.ics', type: /^text\/calendar/ },
  {
    name: 'a POST answer (POST /v1/estimate)',
    path: '/v1/estimate',
    init: {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ round: 'r6', type: 'invoice', applicant: { size: 'sme' }, functions: ['accounting'], costs: { software: 1_000_000 } }),
    },
    type: /^application\/json/,
  },
];

describe('security headers per kind of response', () => {
  for (const k of API_KINDS) {
    it(`${k.name}: CSP "default-src 'none'; frame-ancestors 'none'", X-Frame-Options DENY, CORP cross-origin, nosniff`, async () => {
      const res = await api(k.path, k.init);
      expect(res.headers.get('content-type')).toMatch(k.type);
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      for (const [name, value] of Object.entries(ALWAYS)) expect(res.headers.get(name), name).toBe(value);
      for (const name of Object.keys(DOCUMENT)) expect(res.headers.get(name), name).toBeNull();
    });
  }

  it(
    "the curve SVG: CSP default-src 'none' (it draws with attributes only: no style, script, " + 'font or image), no frame-ancestors, CORP cross-origin',
    async () => {
      const res = await api(CURVE);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'");
      expect(res.headers.get('x-frame-options')).toBeNull();
      for (const [name, value] of Object.entries({ ...ALWAYS, ...DOCUMENT })) expect(res.headers.get(name), name).toBe(value);
      const svg = await res.text();
      // What the policy forbids must not be what the SVG relies on.
      expect(svg).not.toMatch(/<style|style="|<script|<image|href="http|@font-face/);
    },
  );

  it('/widget.js: no CSP (it is a script other sites load), CORP cross-origin, CORS *', async () => {
    const res = await api('/widget.js', { headers: { Origin: 'https://shop.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    for (const name of Object.keys(DOCUMENT)) expect(res.headers.get(name), name).toBeNull();
  });

  it('a 304 keeps no CSP or other body-describing header (RFC 9110 §15.4.5), only validators and caching', async () => {
    // An explicit asOf: without one the answer (and its ETag) is for "now", which may tick between the two calls.
    const first = await api('/v1/rounds?asOf=2025-06-01');
    const res = await api('/v1/rounds?asOf=2025-06-01', { headers: { 'If-None-Match': first.headers.get('etag')! } });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(first.headers.get('etag'));
  });
});

/** Every URL a page loads, by the CSP directive that governs it. */
const loads = (html: string) => ({
  'script-src': [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
  'style-src': [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
  'img-src': [...html.matchAll(/<img[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
});

/** Whether a source list allows `url` (relative URLs are 'self'). */
const allows = (sources: string[], url: string) => {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('http://api.test/')) return sources.includes("'self'");
  const { origin } = new URL(url);
  return sources.some((s) => s === origin || (s.endsWith('/') ? url.startsWith(s) : url.startsWith(`${s}/`)));
};

describe('page CSPs: same-origin by default, exactly what the page loads, never framed', () => {
  for (const path of ['/docs', '/widget', '/widget?lang=en']) {
    it(
      `${path}: default-src 'self', frame-ancestors 'none' (+ X-Frame-Options DENY), ` +
        `object-src/base-uri 'none', no 'unsafe-inline' or 'unsafe-eval' for scripts, and every ` +
        `script/style/image it loads allowed`,
      async () => {
        const res = await api(path);
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toMatch(/^text\/html/);
        const csp = directives(res.headers.get('content-security-policy'));
        expect(csp['default-src']).toEqual(["'self'"]);
        expect(csp['frame-ancestors']).toEqual(["'none'"]);
        expect(csp['object-src']).toEqual(["'none'"]);
        expect(csp['base-uri']).toEqual(["'none'"]);
        expect(res.headers.get('x-frame-options')).toBe('DENY');
        for (const [name, value] of Object.entries({ ...ALWAYS, ...DOCUMENT })) expect(res.headers.get(name), name).toBe(value);
        const scripts = csp['script-src'] ?? csp['default-src']!;
        expect(scripts).not.toContain("'unsafe-inline'");
        expect(scripts).not.toContain("'unsafe-eval'");
        const html = await res.text();
        for (const [directive, urls] of Object.entries(loads(html))) {
          const sources = csp[directive] ?? csp['default-src']!;
          for (const url of urls) expect(allows(sources, url), `${directive} ${sources.join(' ')} must allow ${url}`).toBe(true);
        }
        // An inline script runs only by its hash.
        for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
          const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(m[1])));
          expect(scripts).toContain(`'sha256-${btoa(String.fromCharCode(...digest))}'`);
        }
      },
    );
  }

  it('/widget allows its fetch() to this API and the curve image from this origin, nothing from elsewhere', async () => {
    const csp = directives((await api('/widget')).headers.get('content-security-policy'));
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['img-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
  });
});

describe('/widget never puts a forged Host into a page a shared cache may keep', () => {
  const page = (app: ReturnType<typeof createApp>, url: string, env: Record<string, unknown>) => app.request(new Request(url), undefined, env);
  const app = createApp(registry);

  it('without PUBLIC_ORIGIN, a request for host evil.example gets its own origin in a private page', async () => {
    const res = await page(app, 'https://evil.example/widget', { PUBLIC_ORIGIN: '' });
    expect(res.status).toBe(200);
    const cache = res.headers.get('cache-control') ?? '';
    const html = await res.text();
    if (html.includes('evil.example')) expect(cache).toMatch(/(^|,\s*)(private|no-store)(,|$)/);
    expect(cache).not.toMatch(/public/);
  });

  it('with PUBLIC_ORIGIN set, the snippet points there whatever the Host, and the page is public', async () => {
    const res = await page(app, 'https://evil.example/widget', { PUBLIC_ORIGIN: 'https://api.example.jp' });
    const html = await res.text();
    expect(html).toContain('https://api.example.jp/widget.js');
    expect(html).not.toContain('evil.example');
    expect(res.headers.get('cache-control')).toMatch(/^public/);
  });

  it('on localhost without PUBLIC_ORIGIN (npm start), the snippet uses the local origin and stays cacheable', async () => {
    const res = await page(app, 'http://127.0.0.1:8787/widget', {});
    expect(await res.text()).toContain('http://127.0.0.1:8787/widget.js');
    expect(res.headers.get('cache-control')).toMatch(/^public/);
  });
});
