// The home page in a real browser: Spanish from the browser's language, Arabic chosen with the
// language picker (a plain link, no JavaScript), right to left, usable at 320 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startGarita, launchBrowser, message, artifacts } from './harness.mjs';

let garita;
let browser;

before(async () => {
  garita = await startGarita();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await garita?.stop();
});

async function phone(locale) {
  return browser.newContext({
    locale,
    viewport: { width: 320, height: 720 },
    javaScriptEnabled: false,
  });
}

test('the home page speaks Spanish to a Spanish-speaking browser', async () => {
  const context = await phone('es-MX');
  const page = await context.newPage();
  await page.goto(garita.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal((await page.textContent('h1')).trim(), message('es', 'home-title'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 320, `page is ${overflow}px wide on a 320px screen`);
  await page.screenshot({ path: join(artifacts, 'home-es.png'), fullPage: true });
  await context.close();
});

test('choosing Arabic in the picker turns the page right to left', async () => {
  const context = await phone('es-MX');
  const page = await context.newPage();
  await page.goto(garita.url);
  await page.click('nav.languages a[lang="ar"]');
  await page.waitForURL(`${garita.url}/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.equal(
    await page.evaluate(() => getComputedStyle(document.body).direction),
    'rtl',
  );
  // Fluent wraps placeables in bidi isolation marks for Arabic; the title has none.
  assert.equal((await page.textContent('h1')).trim(), message('ar', 'home-title'));
  await page.screenshot({ path: join(artifacts, 'home-ar.png'), fullPage: true });

  // The choice is remembered on the next page.
  await page.click('nav.main-nav a[href="/ports"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.locator('li.card').count(), 8);
  await page.screenshot({ path: join(artifacts, 'ports-ar.png'), fullPage: true });
  await context.close();
});
