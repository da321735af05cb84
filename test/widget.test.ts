/**
 * The embeddable widget's assets and the subsidy curve, through the Worker's fetch in workerd:
 * GET /widget.js (type, cross-origin policy, caching, ETag → 304), GET /widget (demo page with the
 * snippet), GET /v1/rounds/{id}/types/{type}/curve.svg (well-formed SVG whose kinks sit exactly where
 * the rules put them; problems for unknown rounds/types and bad input). The browser test
 * (test/browser/widget.browser.mjs) drives the widget itself.
 */
import { describe, expect, it } from 'vitest';
import { api, expectProblem, json } from './helpers.ts';

/** A small XML well-formedness check (workerd has no DOMParser): balanced tags, quoted attributes, known entities. */
const wellFormed = (xml: string): string | undefined => {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g;
  let last = 0;
  for (const m of xml.matchAll(tag)) {
    const text = xml.slice(last, m.index);
    if (/[<>]/.test(text)) return `stray < or > near ${JSON.stringify(text.slice(0, 60))}`;
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text)) return `bad entity in ${JSON.stringify(text.slice(0, 60))}`;
    last = m.index! + m[0].length;
    if (!m[2]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return `unbalanced </${m[2]}>`;
    } else if (!m[4]) stack.push(m[2]);
  }
  if (/\S/.test(xml.slice(last))) return 'trailing text';
  return stack.length ? `unclosed <${stack.join('> <')}>` : undefined;
};

const kinks = (svg: string) =>
  [...svg.matchAll(/<g class="kink" data-kind="(\w+)" data-cost="(\d+)" data-subsidy="(\d+)" data-exact-cost="([\d/]+)"/g)].map((m) => ({
    kind: m[1],
    cost: Number(m[2]),
    subsidy: Number(m[3]),
    exact: m[4],
  }));

const curve = (path: string) => api(`/v1/rounds/${path}`);

describe('GET /widget.js', () => {
  it('is JavaScript any origin may load (CORS *, CORP cross-origin), cacheable with an ETag, and defines <it-hojo-estimate>', async () => {
    const res = await api('/widget.js', { headers: { Origin: 'https://shop.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d{4,}/);
    expect(res.headers.get('etag')).toMatch(/^"w-[0-9a-f]{16}"$/);
    const js = await res.text();
    expect(js).toContain("customElements.define('it-hojo-estimate'");
    expect(js).toContain('attachShadow');
    expect(js).toContain('/v1/estimate?');
    expect(js).not.toContain('${');
    // Any host page: DOM built as text nodes, styles as one adopted stylesheet.
    expect(js).not.toContain('innerHTML');
    expect(js).not.toContain('insertAdjacentHTML');
    expect(js).toContain('adoptedStyleSheets');
    const gzip = await new Response(new Blob([js]).stream().pipeThrough(new CompressionStream('gzip'))).arrayBuffer();
    expect(gzip.byteLength).toBeLessThanOrEqual(10 * 1024);
  });

  it('answers If-None-Match with 304 and no body, keeping the ETag and Cache-Control', async () => {
    const etag = (await api('/widget.js')).headers.get('etag')!;
    const res = await api('/widget.js', { headers: { 'If-None-Match': etag } });
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(etag);
    expect(res.headers.get('cache-control')).toMatch(/max-age/);
    expect(await res.text()).toBe('');
    expect((await api('/widget.js', { headers: { 'If-None-Match': '"w-0"' } })).status).toBe(200);
  });
});

describe('GET /widget', () => {
  it('is a demo page that embeds the widget and shows the copy-paste snippet with this origin (ja by default)', async () => {
    const res = await api('/widget');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('<script src="/widget.js" async></script>');
    expect(html).toContain('<it-hojo-estimate type="invoice" lang="ja">');
    // Snippets follow time: no round pinned, so the widget asks the API for the current one.
    expect(html).not.toMatch(/<it-hojo-estimate[^>]* round=/);
    expect(html).not.toMatch(/&lt;it-hojo-estimate[^&]* round=/);
    const { current } = await json(await api('/v1/rounds'));
    expect(html).toContain(`/v1/rounds/${current}/types/invoice/curve.svg?`);
    expect(html).toContain('&lt;script src=&quot;http://api.test/widget.js&quot; async&gt;&lt;/script&gt;');
    expect(html).toContain('--ithojo-accent');
  });

  it('is in English with ?lang=en or Accept-Language: en', async () => {
    for (const res of [await api('/widget?lang=en'), await api('/widget', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } })]) {
      const html = await res.text();
      expect(html).toContain('<html lang="en">');
      expect(html).toContain('Copy-paste snippet');
    }
  });
});

describe('GET /v1/rounds/{id}/types/{type}/curve.svg', () => {
  it(
    'R6 インボイス対応類型, 中小企業, 2 functions: 3/4 until the subsidy reaches 500,000 at cost 666,667 ' +
      '(exactly 2,000,000/3), then 2/3 to the cap 3,500,000 at cost 5,166,667 (500,000/(3/4) + ' +
      '3,000,000/(2/3)); 1,000,000 marked at 722,222',
    async () => {
      const res = await curve('r6/types/invoice/curve.svg?size=sme&functions=accounting&functions=ordering&mark=1000000&lang=ja');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
      expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
      expect(res.headers.get('etag')).toBeTruthy();
      const svg = await res.text();
      expect(wellFormed(svg)).toBeUndefined();
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
      expect(kinks(svg)).toEqual([
        { kind: 'rate', cost: 666_667, subsidy: 500_000, exact: '2000000/3' },
        { kind: 'cap', cost: 5_166_667, subsidy: 3_500_000, exact: '15500000/3' },
      ]);
      expect(svg).toContain('<g class="mark" data-cost="1000000" data-subsidy="722222">');
      expect(svg).toContain('補助対象経費（円）');
      expect(svg).toContain('補助額（円）');
      expect(svg).toContain('上限 3,500,000円（経費 5,166,667円）');
      expect(svg).toContain('200万円');
      // The estimate engine gives the same subsidy for the marked cost.
      const est = await json(await api('/v1/estimate?round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1000000'));
      expect(est.subsidy).toBe(722_222);
    },
  );

  it('the polyline passes through each kink exactly, and every point is on or under the cap', async () => {
    const svg = await (await curve('r6/types/invoice/curve.svg?size=sme&functions=accounting,ordering')).text();
    const points = svg
      .match(/<polyline class="curve" points="([^"]+)"/)![1]!
      .split(' ')
      .map((p) => p.split(',').map(Number) as [number, number]);
    const circles = [...svg.matchAll(/<g class="kink"[^>]*><circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(circles).toHaveLength(2);
    for (const [cx, cy] of circles) expect(points.some(([x, y]) => x === cx && y === cy)).toBe(true);
    const xs = points.map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('is in English with lang=en: axes in yen, the cap as ¥3.5M', async () => {
    const svg = await (await curve('r6/types/invoice/curve.svg?functions=accounting&functions=ordering&lang=en')).text();
    expect(svg).toContain('Eligible cost (yen)');
    expect(svg).toContain('Subsidy (yen)');
    expect(svg).toContain('cap ¥3,500,000 (cost ¥5,166,667)');
    expect(wellFormed(svg)).toBeUndefined();
  });

  it(
    'R6 通常枠 4 processes: rate 1/2, floor 50,000 reached at cost 100,000, cap 4,500,000 at 9,' +
      '000,000; 1 process: cap 150万円未満 → 1,499,999 at 2,999,998',
    async () => {
      expect(kinks(await (await curve('r6/types/regular/curve.svg?processes=4')).text())).toEqual([
        { kind: 'floor', cost: 100_000, subsidy: 50_000, exact: '100000' },
        { kind: 'cap', cost: 9_000_000, subsidy: 4_500_000, exact: '9000000' },
      ]);
      expect(kinks(await (await curve('r6/types/regular/curve.svg?processes=1')).text()).at(-1)).toEqual({
        kind: 'cap',
        cost: 2_999_998,
        subsidy: 1_499_999,
        exact: '2999998',
      });
    },
  );

  it('R6 インボイス対応類型, 小規模事業者, 1 function: 4/5 to the cap 500,000 at cost 625,000; 複数社連携 draws the member line of インボイス対応類型', async () => {
    expect(kinks(await (await curve('r6/types/invoice/curve.svg?size=small&functions=accounting')).text())).toEqual([
      { kind: 'cap', cost: 625_000, subsidy: 500_000, exact: '625000' },
    ]);
    const group = await (await curve('r6/types/multi-company/curve.svg?functions=accounting&functions=ordering')).text();
    expect(kinks(group).map((k) => k.cost)).toEqual([666_667, 5_166_667]);
  });

  it('R6 セキュリティ対策推進枠 (monthly fee as cost), and a flat line with the reason when no cap applies (no functions)', async () => {
    const sec = await (await curve('r6/types/security/curve.svg?size=small')).text();
    expect(kinks(sec).map((k) => [k.kind, k.cost, k.subsidy])).toEqual([
      ['floor', 75_000, 50_000],
      ['cap', 2_250_000, 1_500_000],
    ]);
    const flat = await (await curve('r6/types/invoice/curve.svg?lang=en')).text();
    expect(kinks(flat)).toEqual([]);
    expect(flat).toContain('choose at least 1 function(s)');
    expect(wellFormed(flat)).toBeUndefined();
  });

  it('is drawn for the width asked (240–1280 px, height 5:8 but at least 300), text at the same size; other widths are refused', async () => {
    for (const [width, height] of [
      [240, 300],
      [320, 300],
      [640, 400],
      [960, 600],
    ]) {
      const svg = await (await curve(`r6/types/invoice/curve.svg?functions=accounting,ordering&mark=600000&width=${width}`)).text();
      expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`));
      expect(wellFormed(svg)).toBeUndefined();
      expect(kinks(svg).map((k) => k.cost)).toEqual([666_667, 5_166_667]);
      expect(svg).toContain('<g class="mark" data-cost="600000" data-subsidy="450000">');
    }
    for (const width of ['239', '1281', 'wide', '320.5']) {
      const body = await expectProblem(await curve(`r6/types/invoice/curve.svg?width=${width}`), 400, 'validation_failed');
      expect(body.errors.map((e: { path: string }) => e.path)).toEqual(['width']);
    }
  });

  it('answers If-None-Match with 304', async () => {
    const url = 'r6/types/invoice/curve.svg?functions=accounting';
    const etag = (await curve(url)).headers.get('etag')!;
    expect((await curve(url).then(() => api(`/v1/rounds/${url}`, { headers: { 'If-None-Match': etag } }))).status).toBe(304);
  });

  it('problems: unknown round 404, unknown type 422, bad mark / processes / function / size 400 with the field', async () => {
    await expectProblem(await curve('r99/types/invoice/curve.svg'), 404, 'unknown_round');
    const type = await expectProblem(await curve('r6/types/digital-base/curve.svg'), 422, 'unknown_type');
    expect(type.types).toContain('invoice');
    for (const [query, path] of [
      ['mark=abc', 'mark'],
      ['mark=-1', 'mark'],
      ['mark=1e6', 'mark'],
      ['mark=10000000001', 'mark'],
      ['processes=21', 'processes'],
      ['functions=accounting,teleport', 'functions'],
      ['size=giant', 'size'],
    ]) {
      const body = await expectProblem(await curve(`r6/types/invoice/curve.svg?${query}&lang=en`), 400, 'validation_failed');
      expect(
        body.errors.map((e: { path: string }) => e.path),
        query,
      ).toEqual([path]);
    }
  });
});

describe('GET /v1/estimate/print', () => {
  const query = 'round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1000000&costs.services=200000&costs.pc=150000';

  it(
    'R6 インボイス対応類型, 中小企業, 2 functions, software 1,000,000 + services 200,000 + PC 150,000: ' +
      'the page shows the numbers of GET /v1/estimate for the same query (it-tool 855,555 = ' +
      '500,000 + (1,200,000 − 666,666.67) × 2/3 floored; PC 75,000 = 150,000 × 1/2)',
    async () => {
      const res = await api(`/v1/estimate/print?${query}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/i);
      const html = await res.text();
      const est = await json(await api(`/v1/estimate?${query}`));
      expect(est.lines.find((l: { category: string }) => l.category === 'it-tool').subsidy).toBe(855_555);
      expect(est.lines.find((l: { category: string }) => l.category === 'pc').subsidy).toBe(75_000);
      expect(html).toContain(`<dd class="subsidy" data-value="${est.subsidy}">${est.subsidy.toLocaleString('en')}円</dd>`);
      expect(html).toContain(`<dd class="self" data-value="${est.selfPay}">`);
      for (const l of est.lines) expect(html).toContain(`class="line-subsidy" data-value="${l.subsidy}"`);
      // Every rate of a split line, with where the first ends; the rules version, the date and the disclaimer.
      expect(html).toContain('3/4（補助額 500,000円 まで） → 2/3');
      expect(html).toContain(`<code class="rules-version">${est.round.rulesVersion}</code>`);
      expect(html).toContain(est.disclaimer.ja);
      expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}T/);
      // The curve inline, the purchase marked at the line's eligible cost.
      expect(html).toContain('<g class="mark" data-cost="1200000" data-subsidy="855555">');
      expect(html).not.toContain('<script');
      // Its only style is allowed by hash; nothing else may load.
      const csp = res.headers.get('content-security-policy')!;
      const style = html.match(/<style>([\s\S]*?)<\/style>/)![1]!;
      const hash = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(style)))));
      expect(csp).toBe(`default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; style-src 'sha256-${hash}'`);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    },
  );

  it('is in English with lang=en, the deadline or its absence stated, sources as text or links', async () => {
    const html = await (await api(`/v1/estimate/print?${query}&lang=en`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('3/4 (up to a subsidy of ¥500,000) → 2/3');
    expect(html).toMatch(/<h2>Next deadline<\/h2>\n<p class="deadline">/);
    expect(html).toMatch(/Sources: .+/);
  });

  it('refuses what GET /v1/estimate refuses, with the same problem', async () => {
    for (const q of ['round=r6&type=invoice&applicant.size=sme&costs.software=-5', 'round=r6&type=invoice&applicant.size=sme&costs.sofware=5']) {
      const page = await expectProblem(await api(`/v1/estimate/print?${q}`), 400, 'validation_failed');
      const plain = await expectProblem(await api(`/v1/estimate?${q}`), 400, 'validation_failed');
      expect(page.errors).toEqual(plain.errors);
    }
    await expectProblem(await api('/v1/estimate/print?round=r99&type=invoice&applicant.size=sme'), 404, 'unknown_round');
  });
});
