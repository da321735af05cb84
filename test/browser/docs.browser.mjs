// Browser test of /docs, offline (`npm run test:browser`).
//
// - The server: `npm run dev` (scripts/start.mjs → wrangler dev), which serves the Worker and its
//   static assets (public/: the pinned docs UI) the way Cloudflare does, on a free port.
// - The browser: Debian's chromium (apt; CHROMIUM_PATH to override) driven by playwright-core.
//   Every request to any other origin is aborted and recorded, so the page must work with no
//   network beyond the local server; CSP violations and page errors are recorded too.
//
// Checks: /docs renders the reference of this deployment's /openapi.json — every operation's
// summary is listed once the sidebar's groups are opened; nothing was requested from another
// origin; no CSP violation, no uncaught error. Saves test-artifacts/docs.png.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM, artifacts, freePort, root, sleep } from './helpers.mjs';

let server, browser, base;
let output = '';

before(async () => {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (see .ci/run)`);
  fs.mkdirSync(artifacts, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  // Its own process group, so `after` stops wrangler and the workerd it starts together.
  server = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), WRANGLER_LOG: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  for (let t0 = Date.now(); ; await sleep(200)) {
    if (server.exitCode !== null) throw new Error(`npm run dev exited: ${output}`);
    if (Date.now() - t0 > 90_000) throw new Error(`npm run dev did not answer: ${output}`);
    try {
      if ((await fetch(`${base}/health`)).ok) break;
    } catch {}
  }
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
  }
});

test('/docs lists every operation of /openapi.json with no request beyond this origin, no CSP violation, no page error', async () => {
  const doc = await (await fetch(`${base}/openapi.json`)).json();
  const operations = Object.entries(doc.paths).flatMap(([p, item]) =>
    Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path: p, summary: op.summary })),
  );
  assert.ok(operations.length >= 10, `the document lists the API's operations (${operations.length})`);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const foreign = [];
  const problems = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === base) return route.continue();
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`),
    );
  });

  const res = await page.goto(`${base}/docs`);
  assert.equal(res.status(), 200);
  const csp = res.headers()['content-security-policy'] ?? '';
  assert.match(csp, /script-src 'self'(;|$)/);
  assert.doesNotMatch(csp, /https?:|\*/, 'the CSP names no other origin');
  // The reference is rendered: the document's title, then each tag group of the sidebar opened.
  await page.getByText(doc.info.title).first().waitFor({ timeout: 30_000 });
  for (let round = 0; round < 10; round++) {
    const closed = page.getByRole('button', { name: /^Open Group/ });
    if ((await closed.count()) === 0) break;
    await closed.first().click();
  }
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText(), the text as rendered, not a DOM node's
  const text = await page.locator('body').innerText();
  const missing = operations.filter((op) => !text.includes(op.summary));
  assert.deepEqual(missing, [], 'every operation summary is listed on /docs');
  await page.screenshot({ path: path.join(artifacts, 'docs.png') });

  assert.deepEqual(foreign, [], 'no request left the local server');
  assert.deepEqual(problems, [], 'no CSP violation, console error or page error');
  await context.close();
});
