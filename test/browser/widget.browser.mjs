// Browser test of the embeddable widget, the way a third-party site uses it (`npm run test:browser`).
//
// - The Worker: the deployable bundle (`npm run build` → dist/index.js) on `workerd serve`
//   (test/browser/workerd.capnp) at http://127.0.0.1:<apiPort>.
// - The host site: a tiny Node server at http://localhost:<hostPort> (another origin) whose page
//   loads <script src="http://127.0.0.1:<apiPort>/widget.js"> and has one <it-hojo-estimate>. The
//   page is served with `Cross-Origin-Embedder-Policy: require-corp`, so Chromium blocks any
//   cross-origin script or image without `Cross-Origin-Resource-Policy: cross-origin`, and the
//   widget's fetches need CORS: both policies are exercised for real.
// - The browser: Debian's chromium (apt; CHROMIUM_PATH to override) driven by playwright-core.
//
// - A second host page (/strict) under a strict Content-Security-Policy (style-src 'self', scripts
//   only from itself and the API): the widget must be styled (adopted stylesheet) and work.
//
// Checks: a purchase filled in (インボイス対応類型, 中小企業, 2 functions, software 1,000,000) shows the
// subsidy the API gives for the same query; the curve image loads; keyboard-only use (Tab order,
// Space on a checkbox); every accepted way of writing 1,200,000 sends the request `1200000` sends,
// every refused one shows its message and sends nothing; the switch to English; an API problem shown
// as text with the field marked; no horizontal overflow at 320, 375 and 1280 px on the demo page and
// the host page, touch targets ≥ 44 px; no two text boxes of curve.svg intersect over a grid of
// marks around every kink; the printable page shows the API's numbers and prints on one A4 page.
// Saves screenshots in test-artifacts/ (widget*.png, demo-<width>.png, host-<width>.png, print*.png).
// SKIP_BUILD=1 reuses dist/ as it is.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, artifacts, freePort, root, sleep } from './helpers.mjs';

let workerd, host, browser, context, page, apiPort, hostPort;
/** A page whose errors, failed loads and estimate requests are recorded. */
const watch = (p) => {
  p.setDefaultTimeout(10_000);
  // The refused months (a later test) are a 400 on purpose; Chromium logs every non-2xx load.
  p.on(
    'console',
    (m) =>
      m.type() === 'error' &&
      !m.location().url.includes('months=999') &&
      !m.location().url.endsWith('/favicon.ico') &&
      problems.push(`console: ${m.text()} ${m.location().url}`),
  );
  p.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  p.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
  p.on('request', (r) => r.url().includes('/v1/estimate?') && p === page && estimates.push(r.url()));
  return p;
};
const api = (p) => `http://127.0.0.1:${apiPort}${p}`;
const problems = [];
/** GET /v1/estimate requests the pages sent, in order. */
const estimates = [];

before(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (see .ci/run)`);
  if (!process.env.SKIP_BUILD)
    execFileSync(path.join(root, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', 'dist'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  fs.mkdirSync(artifacts, { recursive: true });

  apiPort = await freePort();
  workerd = spawn(
    path.join(root, 'node_modules/.bin/workerd'),
    ['serve', path.join(root, 'test/browser/workerd.capnp'), '--socket-addr', `http=127.0.0.1:${apiPort}`],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  workerd.stderr.on('data', (d) => (stderr += d));
  for (let t0 = Date.now(); ; await sleep(50)) {
    if (workerd.exitCode !== null) throw new Error(`workerd exited: ${stderr}`);
    if (Date.now() - t0 > 20_000) throw new Error(`workerd did not answer: ${stderr}`);
    try {
      if ((await fetch(api('/health'))).ok) break;
    } catch {}
  }

  hostPort = await freePort();
  const html = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A shop that embeds the widget</title>
<style>body{font-family:sans-serif;margin:24px;background:#fafafa} it-hojo-estimate{--ithojo-accent:#8250df}</style></head>
<body><h1>Example shop</h1>
<script src="${api('/widget.js')}" async></script>
<it-hojo-estimate round="r6" type="regular"></it-hojo-estimate>
</body></html>`;
  // The strict page: no inline style or script anywhere; the API allowed for its script, its
  // fetches and the curve image (a widget that talks to an API needs connect-src and img-src too).
  const strict = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A strict host page</title>
<link rel="stylesheet" href="/host.css"></head>
<body><h1>Strict CSP shop</h1><p>style-src 'self'</p>
<script src="${api('/widget.js')}" async></script>
<it-hojo-estimate type="invoice"></it-hojo-estimate>
</body></html>`;
  host = http.createServer((req, res) => {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    if (req.url === '/blank')
      return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><html><body style="margin:0"></body></html>');
    if (req.url === '/host.css') return res.writeHead(200, { 'Content-Type': 'text/css' }).end('body{font-family:serif;margin:12px;background:#fff8e7}');
    if (req.url === '/strict') {
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': `default-src 'self'; style-src 'self'; script-src 'self' ${api('')}; connect-src ${api('')}; img-src ${api('')}`,
      });
      return res.end(strict);
    }
    if (req.url !== '/') return res.writeHead(404).end();
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Opener-Policy': 'same-origin',
    });
    res.end(html);
  });
  await new Promise((r) => host.listen(hostPort, '127.0.0.1', r));

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context = await browser.newContext({ viewport: { width: 900, height: 1400 }, locale: 'ja-JP' });
  page = await watch(await context.newPage());
  // localhost, not 127.0.0.1: the host page is on another origin than the API.
  await page.goto(`http://localhost:${hostPort}/`);
});

after(async () => {
  await browser?.close();
  host?.close();
  if (workerd && workerd.exitCode === null) {
    const exited = new Promise((r) => workerd.once('exit', r));
    workerd.kill('SIGTERM');
    await exited;
  }
});

const w = () => page.locator('it-hojo-estimate');
const shadowActiveId = () => page.evaluate(() => document.querySelector('it-hojo-estimate').shadowRoot.activeElement?.id ?? null);
const estimateFromApi = async (query) => (await fetch(api(`/v1/estimate?${query}`))).json();
const shownSubsidy = async () => Number(await w().locator('.subsidy').getAttribute('data-value'));

test('widget.js is small: raw and gzip size reported', async () => {
  const res = await fetch(api('/widget.js'));
  const body = Buffer.from(await res.arrayBuffer());
  const gzip = zlib.gzipSync(body, { level: 9 }).length;
  console.log(`# widget.js: ${body.length} bytes raw, ${gzip} bytes gzip (level 9)`);
  assert.ok(gzip <= 10 * 1024, `gzip ${gzip}`);
});

test('loads cross-origin under COEP require-corp and shows the round’s types with labelled fields', async () => {
  await w().locator('#ih-type').waitFor();
  assert.equal(await w().locator('label[for="ih-type"]').textContent(), '類型');
  const types = await w()
    .locator('#ih-type option')
    .evaluateAll((os) => os.map((o) => o.value));
  assert.deepEqual(types, ['regular', 'invoice', 'e-transaction', 'security']);
  assert.equal(await w().locator('#ih-type').inputValue(), 'regular', 'the type attribute selects the first type');
  assert.equal(await w().locator('#ih-res').getAttribute('aria-live'), 'polite');
});

test('a purchase (インボイス対応類型, 中小企業, 2 functions, software 1,000,000) shows the API’s subsidy, self-pay, lines, deadline and the curve', async () => {
  await w().locator('#ih-type').selectOption('invoice');
  await w().locator('#ih-size').selectOption('sme');
  await w().locator('#ih-fn-accounting').check();
  await w().locator('#ih-fn-ordering').check();
  await w().locator('#ih-c-software').fill('1000000');
  assert.equal(await w().locator('#ih-c-software').inputValue(), '1000000', 'what was typed stays as typed');
  assert.equal(await w().locator('#ih-m-software').textContent(), '= 1,000,000円', 'the understood amount is shown back');
  await w().locator('button.go').click();
  await w().locator('.subsidy').waitFor();

  const expected = await estimateFromApi('round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1000000');
  assert.equal(expected.subsidy, 722222);
  assert.equal(await shownSubsidy(), expected.subsidy);
  assert.equal(await w().locator('.subsidy').textContent(), '722,222円');
  assert.equal(await w().locator('.self').textContent(), `${expected.selfPay.toLocaleString('en')}円`);
  assert.equal(await w().locator('tr[data-category="it-tool"] td').last().textContent(), '722,222円');
  assert.match(await w().locator('.deadline').textContent(), expected.deadline ? /\d{4}-\d{2}-\d{2} \d{2}:\d{2} JST/ : /締切は確認できていません/);

  const img = w().locator('img.curve');
  await page.waitForFunction(() => {
    const i = document.querySelector('it-hojo-estimate').shadowRoot.querySelector('img.curve');
    return i?.complete && i.naturalWidth > 0;
  });
  const src = await img.getAttribute('src');
  assert.match(
    src,
    /^http:\/\/127\.0\.0\.1:\d+\/v1\/rounds\/r6\/types\/invoice\/curve\.svg\?size=sme&functions=accounting&functions=ordering&mark=1000000&width=\d+&lang=ja$/,
  );
  // Drawn for the card's width (40 px steps), so the picture is shown at about its own size.
  const [natural, shown] = await img.evaluate((i) => [i.naturalWidth, i.clientWidth]);
  assert.equal(natural, Number(new URL(src).searchParams.get('width')));
  assert.ok(natural <= shown && natural > shown - 40, `${natural} for ${shown}`);
  await w().screenshot({ path: path.join(artifacts, 'widget.png') });
});

test('keyboard only: Tab walks the fields in order, Space toggles a function and the answer follows', async () => {
  await w().locator('#ih-type').focus();
  const order = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    order.push(await shadowActiveId());
  }
  assert.deepEqual(order, ['ih-size', 'ih-fn-accounting', 'ih-fn-ordering', 'ih-fn-payment', 'ih-c-software', 'ih-c-cloud']);

  // Back to 受発注 and untick it with Space: one function → cap 500,000.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await shadowActiveId(), 'ih-fn-ordering');
  await page.keyboard.press('Space');
  const one = await estimateFromApi('round=r6&type=invoice&applicant.size=sme&functions=accounting&costs.software=1000000');
  await page.waitForFunction((v) => document.querySelector('it-hojo-estimate').shadowRoot.querySelector('.subsidy')?.dataset.value === String(v), one.subsidy);
  assert.equal(one.subsidy, 500000);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.querySelector('it-hojo-estimate').shadowRoot.querySelector('.subsidy')?.dataset.value === '722222');

  // Typing in a yen field by keyboard, then Enter submits.
  await w().locator('#ih-c-services').focus();
  await page.keyboard.type('20万');
  assert.equal(await w().locator('#ih-c-services').inputValue(), '20万');
  assert.equal(await w().locator('#ih-m-services').textContent(), '= 200,000円');
  await page.keyboard.press('Enter');
  const withServices = await estimateFromApi(
    'round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1000000&costs.services=200000',
  );
  await page.waitForFunction(
    (v) => document.querySelector('it-hojo-estimate').shadowRoot.querySelector('.subsidy')?.dataset.value === String(v),
    withServices.subsidy,
  );
});

test('switching to English relabels the form, the answer and the curve', async () => {
  await w().locator('#ih-lang').click();
  await page.waitForFunction(() => document.querySelector('it-hojo-estimate').getAttribute('lang') === 'en');
  assert.equal(await w().locator('label[for="ih-type"]').textContent(), 'Type');
  assert.equal(await w().locator('label[for="ih-c-software"]').textContent(), 'Software');
  assert.equal(await w().locator('button.go').textContent(), 'Estimate');
  const round = await (await fetch(api('/v1/rounds/r6'))).json();
  assert.equal(await w().locator('#ih-type option:checked').textContent(), round.rules.types.find((t) => t.id === 'invoice').name.en);
  await page.waitForFunction(() =>
    /lang=en$/.test(document.querySelector('it-hojo-estimate').shadowRoot.querySelector('img.curve')?.getAttribute('src') ?? ''),
  );
  const expected = await estimateFromApi(
    'round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1000000&costs.services=200000&lang=en',
  );
  assert.equal(await w().locator('.subsidy').textContent(), `¥${expected.subsidy.toLocaleString('en')}`);
  assert.equal(await w().locator('table caption').textContent(), expected.type.name.en);
  await page.waitForFunction(() => {
    const i = document.querySelector('it-hojo-estimate').shadowRoot.querySelector('img.curve');
    return i.complete && i.naturalWidth > 0;
  });
  await w().screenshot({ path: path.join(artifacts, 'widget-en.png') });
});

test('a value the API refuses (120 months at most) shows its problem detail and the field’s message, with the field marked invalid', async () => {
  await w().locator('#ih-c-cloud-months').fill('999');
  await w().locator('button.go').click();
  const err = w().locator('#ih-err');
  await err.waitFor({ state: 'visible' });
  const problem = await (
    await fetch(
      api(
        '/v1/estimate?round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ord' +
          'ering&costs.software=1000000&costs.cloud.months=999&costs.services=200000&lang=en',
      ),
    )
  ).json();
  assert.equal(problem.status, 400);
  const text = await err.textContent();
  assert.ok(text.startsWith(problem.detail), text);
  const field = problem.errors.find((e) => e.path === 'costs.cloud.months');
  assert.ok(field, JSON.stringify(problem));
  assert.ok(text.includes(`Cloud months: ${field.message}`), text);
  assert.equal(await err.getAttribute('role'), 'alert');
  assert.equal(await w().locator('#ih-c-cloud-months').getAttribute('aria-invalid'), 'true');
  assert.equal(await w().locator('.subsidy').count(), 0, 'no stale answer beside the error');
  await w().screenshot({ path: path.join(artifacts, 'widget-error.png') });
  await w().locator('#ih-c-cloud-months').fill('');
  await w().locator('#ih-lang').click();
  await page.waitForFunction(() => document.querySelector('it-hojo-estimate').getAttribute('lang') === 'ja');
});

const subsidyIs = (v) =>
  page.waitForFunction((v) => document.querySelector('it-hojo-estimate').shadowRoot.querySelector('.subsidy')?.dataset.value === String(v), v);
const lastEstimate = () => new URL(estimates.at(-1)).search;

test('every way of writing 1,200,000 yen sends exactly the request that `1200000` sends, and is shown back as = 1,200,000円', async () => {
  await w().locator('#ih-c-services').fill('');
  await w().locator('#ih-c-software').fill('1200000');
  await w().locator('button.go').click();
  const expected = await estimateFromApi('round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1200000');
  await subsidyIs(expected.subsidy);
  const baseline = lastEstimate();
  assert.match(baseline, /costs\.software=1200000/);
  for (const typed of [
    '1,200,000',
    '1,200,000円',
    '120万円',
    '120万',
    '１２０万',
    '¥1,200,000',
    '￥１，２００，０００',
    '1.2百万',
    '1200千円',
    ' 120 万 円 ',
    '1 200 000',
  ]) {
    // Something else first, so each form's own request is seen.
    await w().locator('#ih-c-software').fill('1000000');
    await w().locator('button.go').click();
    await subsidyIs(722222);
    const before = estimates.length;
    await w().locator('#ih-c-software').fill(typed);
    assert.equal(await w().locator('#ih-m-software').textContent(), '= 1,200,000円', typed);
    assert.equal(await w().locator('#ih-c-software').getAttribute('aria-invalid'), null, typed);
    await w().locator('button.go').click();
    await subsidyIs(expected.subsidy);
    assert.ok(estimates.length > before, typed);
    assert.equal(lastEstimate(), baseline, typed);
  }
});

test('every refused amount shows its message inline, marks the field aria-invalid and sends nothing', async () => {
  const messages = {
    negative: 'マイナスの金額は入力できません',
    decimal: '1円未満の端数は入力できません（円単位の整数で）',
    too_large: '100億円以下で入力してください',
    invalid: '金額として読めません（例: 1200000、120万円、1,200,000円）',
  };
  const refused = [
    ['-5', 'negative'],
    ['−1,200,000', 'negative'],
    ['▲5000', 'negative'],
    ['1.5', 'decimal'],
    ['1.23456万', 'decimal'],
    ['99999999999', 'too_large'],
    ['100億1円', 'too_large'],
    ['abc', 'invalid'],
    ['12,00', 'invalid'],
    ['1万20000', 'invalid'],
    ['1e6', 'invalid'],
  ];
  for (const [typed, code] of refused) {
    await w().locator('#ih-c-software').fill('1000000');
    await w().locator('button.go').click();
    await subsidyIs(722222);
    const before = estimates.length;
    await w().locator('#ih-c-software').fill(typed);
    await w().locator('#ih-c-software').press('Enter');
    // Longer than the widget's 400 ms pause before it asks: a request would have been sent by now.
    await sleep(700);
    assert.equal(estimates.length, before, `${typed}: no request`);
    assert.equal(await w().locator('#ih-c-software').getAttribute('aria-invalid'), 'true', typed);
    assert.equal(await w().locator('#ih-m-software').textContent(), messages[code], typed);
    assert.equal(await w().locator('.subsidy').count(), 0, `${typed}: no stale answer`);
    assert.equal(await shadowActiveId(), 'ih-c-software', `${typed}: focus on the field to fix`);
  }
  await w().screenshot({ path: path.join(artifacts, 'widget-refused.png') });
  await w().locator('#ih-c-software').fill('1000000');
  await w().locator('button.go').click();
  await subsidyIs(722222);
});

/** Overflow of the page and of every widget card; the size of every control a finger must hit. */
const layout = (p) =>
  p.evaluate(() => {
    const de = document.documentElement;
    const out = { page: [de.scrollWidth, de.clientWidth], cards: [], small: [] };
    for (const el of document.querySelectorAll('it-hojo-estimate')) {
      out.cards.push([el.scrollWidth, el.clientWidth, el.getBoundingClientRect().right, de.clientWidth]);
      for (const c of el.shadowRoot.querySelectorAll('*'))
        if (c.scrollWidth > c.clientWidth + 1 && getComputedStyle(c).overflowX === 'visible' && c.clientWidth > 0)
          out.cards.push([c.scrollWidth, c.clientWidth, c.tagName + '.' + c.className, de.clientWidth]);
      for (const c of el.shadowRoot.querySelectorAll('button, select, input:not([type=checkbox]), a.print, summary, fieldset label')) {
        const r = c.getBoundingClientRect();
        if (r.width && (r.height < 44 || r.width < 44)) out.small.push(`${c.tagName}#${c.id} ${r.width}×${r.height}`);
      }
    }
    return out;
  });

const fillPurchase = async (p, sel) => {
  const el = p.locator(sel).first();
  await el.locator('#ih-type').waitFor();
  await el.locator('#ih-type').selectOption('invoice');
  await el.locator('#ih-fn-accounting').check();
  await el.locator('#ih-fn-ordering').check();
  await el.locator('#ih-c-software').fill('120万円');
  await el.locator('#ih-c-services').fill('200000');
  await el.locator('button.go').click();
  await el.locator('.subsidy').waitFor();
  await p.waitForFunction((s) => {
    const i = document.querySelector(s).shadowRoot.querySelector('img.curve');
    return i?.complete && i.naturalWidth > 0;
  }, sel);
};

for (const width of [320, 375, 1280]) {
  test(`at ${width} px: no horizontal overflow of the demo page, the host page or any card; touch targets ≥ 44 px; screenshots`, async () => {
    const p = watch(await context.newPage());
    await p.setViewportSize({ width, height: 900 });
    for (const [name, url] of [
      ['demo', api('/widget')],
      ['host', `http://localhost:${hostPort}/`],
    ]) {
      await p.goto(url);
      await fillPurchase(p, 'it-hojo-estimate');
      const l = await layout(p);
      assert.ok(l.page[0] <= l.page[1], `${name} page ${JSON.stringify(l.page)}`);
      for (const c of l.cards) assert.ok(c[0] <= c[1] && (typeof c[2] !== 'number' || c[2] <= c[3]), `${name} card ${JSON.stringify(c)}`);
      assert.deepEqual(l.small, [], `${name}: touch targets`);
      // The curve is drawn for the card's width, so its text is not scaled down.
      const img = await p
        .locator('it-hojo-estimate')
        .first()
        .locator('img.curve')
        .evaluate((i) => [i.naturalWidth, i.clientWidth]);
      assert.ok(img[0] <= img[1] + 40 && img[0] >= Math.min(240, img[1]) - 1, `curve ${img}`);
      await p.screenshot({ path: path.join(artifacts, `${name}-${width}.png`), fullPage: true });
    }
    await p.close();
  });
}

test("a host page with a strict CSP (style-src 'self'): the widget is styled and works, following the API’s current round", async () => {
  const p = watch(await context.newPage());
  await p.setViewportSize({ width: 375, height: 900 });
  const violations = [];
  p.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  await p.goto(`http://localhost:${hostPort}/strict`);
  const el = p.locator('it-hojo-estimate');
  await el.locator('#ih-type').waitFor();
  const styled = await p.evaluate(() => {
    const w = document.querySelector('it-hojo-estimate');
    const go = w.shadowRoot.querySelector('button.go');
    return {
      adopted: w.shadowRoot.adoptedStyleSheets.length,
      border: getComputedStyle(w).borderTopStyle,
      radius: getComputedStyle(w).borderTopLeftRadius,
      go: getComputedStyle(go).backgroundColor,
      height: go.getBoundingClientRect().height,
    };
  });
  assert.equal(styled.adopted, 1);
  assert.equal(styled.border, 'solid', 'the card has its border (browser default: none)');
  assert.equal(styled.radius, '12px');
  assert.equal(styled.go, 'rgb(11, 95, 255)', 'the button has the accent colour (browser default: buttonface)');
  assert.ok(styled.height >= 44);
  const { current } = await (await fetch(api('/v1/rounds'))).json();
  const sent = [];
  p.on('request', (r) => r.url().includes('/v1/estimate?') && sent.push(r.url()));
  await el.locator('#ih-fn-accounting').check();
  await el.locator('#ih-c-software').fill('１２０万');
  await el.locator('button.go').click();
  await el.locator('.subsidy').waitFor();
  const expected = await estimateFromApi(`round=${current}&type=invoice&applicant.size=sme&functions=accounting&costs.software=1200000`);
  assert.equal(Number(await el.locator('.subsidy').getAttribute('data-value')), expected.subsidy);
  assert.match(sent.at(-1), new RegExp(`[?&]round=${current}&`), 'no round attribute: the API’s current round');
  await p.waitForFunction(() => {
    const i = document.querySelector('it-hojo-estimate').shadowRoot.querySelector('img.curve');
    return i?.complete && i.naturalWidth > 0;
  });
  assert.deepEqual(violations, []);
  await p.screenshot({ path: path.join(artifacts, 'strict-375.png'), fullPage: true });
  await p.close();
});

test('no two text boxes of curve.svg intersect (and none leaves the picture) for a grid of marks around every kink, at 240–960 px, ja and en', async () => {
  const p = watch(await context.newPage());
  await p.goto(`http://localhost:${hostPort}/blank`);
  const configs = [
    'r6/types/invoice/curve.svg?size=sme&functions=accounting,ordering',
    'r6/types/invoice/curve.svg?size=small&functions=accounting',
    'r6/types/regular/curve.svg?processes=4',
    'r6/types/regular/curve.svg?processes=1',
    'r6/types/security/curve.svg?size=small',
    'r6/types/invoice/curve.svg?size=sme',
    'r7/types/invoice/curve.svg?size=sme&functions=accounting,ordering',
  ];
  const result = await p.evaluate(
    async ([configs, base]) => {
      const bad = [];
      let checked = 0;
      const hits = (a, b) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;
      for (const c of configs) {
        const kinks = [
          ...new DOMParser().parseFromString(await (await fetch(base + '/v1/rounds/' + c)).text(), 'image/svg+xml').querySelectorAll('g.kink'),
        ].map((g) => Number(g.dataset.cost));
        const marks = [null, 0, 1];
        for (const k of kinks) for (const f of [0.5, 0.8, 0.9, 0.97, 1, 1.03, 1.1, 1.25, 1.6]) marks.push(Math.round(k * f));
        for (const width of [240, 320, 480, 640, 960])
          for (const lang of ['ja', 'en'])
            for (const m of marks) {
              const url = '/v1/rounds/' + c + '&width=' + width + '&lang=' + lang + (m === null ? '' : '&mark=' + m);
              const doc = new DOMParser().parseFromString(await (await fetch(base + url)).text(), 'image/svg+xml');
              const svg = document.importNode(doc.documentElement, true);
              document.body.replaceChildren(svg);
              const frame = svg.getBoundingClientRect();
              const boxes = [...svg.querySelectorAll('text')].map((t) => [t.textContent, t.getBoundingClientRect()]);
              for (let i = 0; i < boxes.length; i++) {
                const [ta, a] = boxes[i];
                if (a.x < frame.x - 0.5 || a.y < frame.y - 0.5 || a.right > frame.right + 0.5 || a.bottom > frame.bottom + 0.5)
                  bad.push(url + ' outside: ' + ta);
                for (let j = i + 1; j < boxes.length; j++) if (hits(a, boxes[j][1])) bad.push(url + ': ' + ta + ' × ' + boxes[j][0]);
              }
              checked++;
            }
      }
      return { bad, checked };
    },
    [configs, api('')],
  );
  console.log(`# curve label boxes: ${result.checked} drawings checked, ${result.bad.length} overlaps`);
  assert.deepEqual(result.bad.slice(0, 10), []);
  assert.ok(result.checked > 500);
  await p.close();
});

test('the result links to the printable estimate: the same query, the API’s numbers, one A4 page in print', async () => {
  const href = await w().locator('a.print').getAttribute('href');
  assert.equal(new URL(href).pathname, '/v1/estimate/print');
  assert.equal(new URL(href).search, lastEstimate());
  const expected = await (await fetch(api('/v1/estimate' + new URL(href).search))).json();
  const p = watch(await context.newPage());
  await p.setViewportSize({ width: 1280, height: 900 });
  await p.goto(href);
  assert.equal(Number(await p.locator('dd.subsidy').getAttribute('data-value')), expected.subsidy);
  assert.equal(await p.locator('dd.subsidy').textContent(), `${expected.subsidy.toLocaleString('en')}円`);
  assert.equal(Number(await p.locator('dd.self').getAttribute('data-value')), expected.selfPay);
  for (const l of expected.lines)
    assert.equal(Number(await p.locator(`tr[data-category="${l.category}"] .line-subsidy`).getAttribute('data-value')), l.subsidy);
  assert.equal(await p.locator('.rules-version').textContent(), expected.round.rulesVersion);
  assert.ok((await p.locator('.disclaimer').textContent()).includes(expected.disclaimer.ja));
  assert.equal(await p.locator('svg g.mark').getAttribute('data-subsidy'), String(expected.lines[0].subsidy));
  await p.screenshot({ path: path.join(artifacts, 'print-screen.png'), fullPage: true });
  await p.emulateMedia({ media: 'print' });
  await p.screenshot({ path: path.join(artifacts, 'print-media.png'), fullPage: true });
  const pdf = await p.pdf({ preferCSSPageSize: true, printBackground: true });
  fs.writeFileSync(path.join(artifacts, 'print.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  assert.equal(pages, 1, 'one A4 page');
  await p.close();
});

test('no blocked requests, page errors or console errors', () => {
  assert.deepEqual(problems, []);
});
