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
// Checks: a purchase filled in (インボイス対応類型, 中小企業, 2 functions, software 1,000,000) shows the
// subsidy the API gives for the same query; the curve image loads; keyboard-only use (Tab order,
// Space on a checkbox); the switch to English; an API problem shown as text with the field marked.
// Saves test-artifacts/widget.png (and widget-en.png, widget-error.png).
// SKIP_BUILD=1 reuses dist/ as it is.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const artifacts = path.join(root, 'test-artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let workerd, host, browser, page, apiPort, hostPort;
const api = (p) => `http://127.0.0.1:${apiPort}${p}`;
const problems = [];

before(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (see .ci/run)`);
  if (!process.env.SKIP_BUILD) execFileSync(path.join(root, 'node_modules/.bin/wrangler'), ['deploy', '--dry-run', '--outdir', 'dist'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  fs.mkdirSync(artifacts, { recursive: true });

  apiPort = await freePort();
  workerd = spawn(path.join(root, 'node_modules/.bin/workerd'), ['serve', path.join(root, 'test/browser/workerd.capnp'), '--socket-addr', `http=127.0.0.1:${apiPort}`], { stdio: ['ignore', 'ignore', 'pipe'] });
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
<html lang="ja"><head><meta charset="utf-8"><title>A shop that embeds the widget</title>
<style>body{font-family:sans-serif;margin:24px;background:#fafafa} it-hojo-estimate{--ithojo-accent:#8250df}</style></head>
<body><h1>Example shop</h1>
<script src="${api('/widget.js')}" async></script>
<it-hojo-estimate round="r6" type="regular"></it-hojo-estimate>
</body></html>`;
  host = http.createServer((req, res) => {
    if (req.url === '/favicon.ico') return res.writeHead(204).end();
    if (req.url !== '/') return res.writeHead(404).end();
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cross-Origin-Embedder-Policy': 'require-corp', 'Cross-Origin-Opener-Policy': 'same-origin' });
    res.end(html);
  });
  await new Promise((r) => host.listen(hostPort, '127.0.0.1', r));

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 900, height: 1400 }, locale: 'ja-JP' });
  page = await context.newPage();
  page.setDefaultTimeout(10_000);
  // The refused amount (last test) is a 400 on purpose; Chromium logs every non-2xx load.
  page.on('console', (m) => m.type() === 'error' && !m.location().url.includes('costs.software=99999999999') && problems.push(`console: ${m.text()} ${m.location().url}`));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`requestfailed: ${r.url()} ${r.failure()?.errorText}`));
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
  assert.ok(gzip < 8_000, `gzip ${gzip}`);
});

test('loads cross-origin under COEP require-corp and shows the round’s types with labelled fields', async () => {
  await w().locator('#ih-type').waitFor();
  assert.equal(await w().locator('label[for="ih-type"]').textContent(), '類型');
  const types = await w().locator('#ih-type option').evaluateAll((os) => os.map((o) => o.value));
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
  assert.equal(await w().locator('#ih-c-software').inputValue(), '1,000,000', 'yen formatting while typing');
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
    return i && i.complete && i.naturalWidth > 0;
  });
  const src = await img.getAttribute('src');
  assert.match(src, /^http:\/\/127\.0\.0\.1:\d+\/v1\/rounds\/r6\/types\/invoice\/curve\.svg\?size=sme&functions=accounting&functions=ordering&mark=1000000&lang=ja$/);
  assert.equal(await img.evaluate((i) => i.naturalWidth), 640);
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
  await page.keyboard.type('200000');
  assert.equal(await w().locator('#ih-c-services').inputValue(), '200,000');
  await page.keyboard.press('Enter');
  const withServices = await estimateFromApi('round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1000000&costs.services=200000');
  await page.waitForFunction((v) => document.querySelector('it-hojo-estimate').shadowRoot.querySelector('.subsidy')?.dataset.value === String(v), withServices.subsidy);
});

test('switching to English relabels the form, the answer and the curve', async () => {
  await w().locator('#ih-lang').click();
  await page.waitForFunction(() => document.querySelector('it-hojo-estimate').getAttribute('lang') === 'en');
  assert.equal(await w().locator('label[for="ih-type"]').textContent(), 'Type');
  assert.equal(await w().locator('label[for="ih-c-software"]').textContent(), 'Software');
  assert.equal(await w().locator('button.go').textContent(), 'Estimate');
  const round = await (await fetch(api('/v1/rounds/r6'))).json();
  assert.equal(await w().locator('#ih-type option:checked').textContent(), round.rules.types.find((t) => t.id === 'invoice').name.en);
  await page.waitForFunction(() => /lang=en$/.test(document.querySelector('it-hojo-estimate').shadowRoot.querySelector('img.curve')?.getAttribute('src') ?? ''));
  const expected = await estimateFromApi('round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=1000000&costs.services=200000&lang=en');
  assert.equal(await w().locator('.subsidy').textContent(), `¥${expected.subsidy.toLocaleString('en')}`);
  assert.equal(await w().locator('table caption').textContent(), expected.type.name.en);
  await page.waitForFunction(() => {
    const i = document.querySelector('it-hojo-estimate').shadowRoot.querySelector('img.curve');
    return i.complete && i.naturalWidth > 0;
  });
  await w().screenshot({ path: path.join(artifacts, 'widget-en.png') });
});

test('an amount the API refuses shows its problem detail and the field’s message, with the field marked invalid', async () => {
  await w().locator('#ih-c-software').fill('99999999999');
  await w().locator('button.go').click();
  const err = w().locator('#ih-err');
  await err.waitFor({ state: 'visible' });
  const problem = await (await fetch(api('/v1/estimate?round=r6&type=invoice&applicant.size=sme&functions=accounting&functions=ordering&costs.software=99999999999&costs.services=200000&lang=en'))).json();
  assert.equal(problem.status, 400);
  const text = await err.textContent();
  assert.ok(text.startsWith(problem.detail), text);
  const field = problem.errors.find((e) => e.path === 'costs.software');
  assert.ok(field, JSON.stringify(problem));
  assert.ok(text.includes(`Software: ${field.message}`), text);
  assert.equal(await err.getAttribute('role'), 'alert');
  assert.equal(await w().locator('#ih-c-software').getAttribute('aria-invalid'), 'true');
  assert.equal(await w().locator('.subsidy').count(), 0, 'no stale answer beside the error');
  await w().screenshot({ path: path.join(artifacts, 'widget-error.png') });
});

test('no blocked requests, page errors or console errors', () => {
  assert.deepEqual(problems, []);
});
