// The statistics page in a real browser, on a 320 px screen with JavaScript off: after a day's
// draw is published (groups made with `garita bench applicants`, requests through the API, San
// Ysidro given fewer places than asked for, then `garita draw run`), the chart of each port's
// chance is drawn, visible, no wider than the screen, readable, and names the ports with a
// percentage; in Arabic too, mirrored. The numbers also download as CSV.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGarita, launchBrowser, message, artifacts } from './harness.mjs';

const TIJUANA = { latitude: 32.5412, longitude: -117.0293, accuracy_m: 15 };
// The chart's width in SVG units (`WIDTH` in web/statistics.rs) and its smallest text.
const CHART_UNITS = 208;
const SMALLEST_TEXT = 11;

let garita;
let browser;
let serviceDate;
let closesAt;

/** Runs the `garita` binary on the test's database, as an admin would. */
function cli(args) {
  const run = spawnSync(garita.bin, [...args, '--database', `sqlite://${garita.dir}/garita.db`], {
    cwd: garita.dir,
    env: garita.env,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, `garita ${args.join(' ')}: ${run.stderr}${run.stdout}`);
  return run.stdout;
}

before(async () => {
  // A request window that is open now and closes in 20 seconds (the set-up below takes a few),
  // in a zone where it is about midday (so that the window does not cross midnight).
  const now = new Date();
  const offset = 12 - now.getUTCHours();
  const zone = offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  const local = new Date(now.getTime() + offset * 3600_000);
  const close = new Date(Math.ceil((local.getTime() + 20_000) / 1000) * 1000);
  closesAt = close.getTime() - offset * 3600_000;
  serviceDate = local.toISOString().slice(0, 10);
  garita = await startGarita({
    GARITA_WINDOW_ZONE: zone,
    GARITA_WINDOW_OPENS: '06:00',
    GARITA_WINDOW_CLOSES: close.toISOString().slice(11, 19),
  });
  browser = await launchBrowser();

  // Ten groups of 1 to 3 people, registered and ready to ask.
  const tokens = join(garita.dir, 'tokens.txt');
  cli(['bench', 'applicants', '--count', '10', '--tokens', tokens]);
  const groups = readFileSync(tokens, 'utf8').trim().split('\n');
  // San Ysidro offers three places on the appointments' day, for the six groups that ask there.
  const appointmentsOn = new Date(Date.parse(`${serviceDate}T12:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
  cli(['admin', 'ports', 'set-capacity', 'SYS', appointmentsOn, '3']);
  for (const [i, token] of groups.entries()) {
    const port = i < 6 ? 'SYS' : i < 8 ? 'CXL' : 'ELP';
    const r = await fetch(`${garita.url}/api/v1/requests`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ port, ...TIJUANA, client_request_id: `stats-${i}` }),
    });
    assert.equal(r.status, 201, await r.text());
  }

  // When the window closes, the day's draw runs and is published (as the scheduler would).
  await new Promise((ok) => setTimeout(ok, Math.max(0, closesAt - Date.now() + 1500)));
  const out = cli(['draw', 'run', '--date', serviceDate]);
  assert.match(out, /published/);
});

after(async () => {
  await browser?.close();
  await garita?.stop();
});

/** Opens /statistics at 320 px without JavaScript in `locale`; returns the page. */
async function statistics(locale) {
  const context = await browser.newContext({ locale, viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(`${garita.url}/statistics`);
  assert.equal(response.status(), 200);
  return page;
}

/** What the first chart shows, and how it sits on the screen. */
async function chart(page) {
  const svg = page.locator('svg[role=img]').first();
  assert.ok(await svg.isVisible(), 'the chart is visible');
  const box = await svg.boundingBox();
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  const title = await svg.locator('title').textContent();
  const text = await svg.evaluate((e) => [...e.querySelectorAll('text')].map((t) => t.textContent).join(' | '));
  return { svg, box, scrollWidth, title, text };
}

test('the chance chart reads on a 320 px screen without JavaScript', async () => {
  const page = await statistics('en-US');
  const { box, scrollWidth, title, text } = await chart(page);
  await page.screenshot({ path: join(artifacts, 'statistics-en-320.png'), fullPage: true });
  assert.ok(scrollWidth <= 320, `the page is ${scrollWidth} px wide`);
  assert.ok(box.x >= 0 && box.x + box.width <= 320, `the chart spans ${box.x} to ${box.x + box.width}`);
  // Text drawn 11 units high is at least 10 px on the screen.
  assert.ok((box.width / CHART_UNITS) * SMALLEST_TEXT >= 10, `the chart is only ${box.width} px wide`);
  assert.equal(title, message('en', 'stats-chance-heading', 'statistics.ftl'));
  for (const port of ['San Ysidro', 'Calexico', 'El Paso']) assert.ok(text.includes(port), `${port} in ${text}`);
  assert.match(text, /\d+(\.\d)?%/);
  // The same numbers in a table beside it, focusable, for screen readers.
  const table = page.locator('div.table[tabindex="0"] table').first();
  assert.ok((await table.textContent()).includes('San Ysidro'));
  // And as a file to download.
  const href = await page.locator('a[href="/statistics.csv"]').getAttribute('href');
  const csv = await page.request.get(`${garita.url}${href}`);
  assert.equal(csv.headers()['content-type'], 'text/csv; charset=utf-8');
  assert.match(csv.headers()['content-disposition'], /garita-statistics\.csv/);
  const lines = (await csv.text()).trim().split('\n');
  assert.ok(lines.some((l) => l.startsWith(`${serviceDate},SYS,San Ysidro,3,6,`)), lines.join('\n'));
  await page.context().close();
});

test('in Arabic the chart is mirrored and still fits', async () => {
  const page = await statistics('ar');
  const { svg, box, scrollWidth, title, text } = await chart(page);
  await page.screenshot({ path: join(artifacts, 'statistics-ar-320.png'), fullPage: true });
  assert.equal(await svg.getAttribute('direction'), 'rtl');
  assert.equal(title, message('ar', 'stats-chance-heading', 'statistics.ftl'));
  assert.ok(scrollWidth <= 320, `the page is ${scrollWidth} px wide`);
  assert.ok(box.x >= 0 && box.x + box.width <= 320);
  for (const port of ['San Ysidro', 'Calexico']) assert.ok(text.includes(port), `${port} in ${text}`);
  assert.match(text, /\d+(\.\d)?%/);
  // Port names start at the right: each name ends near the chart's right edge.
  const names = await svg.evaluate((e) =>
    [...e.querySelectorAll('text[font-weight="700"]')]
      .filter((t) => /San Ysidro|Calexico/.test(t.textContent))
      .map((t) => t.getBoundingClientRect().right),
  );
  for (const right of names) assert.ok(right > box.x + box.width * 0.9, `a name ends at ${right} in ${box.x}..${box.x + box.width}`);
  await page.context().close();
});
