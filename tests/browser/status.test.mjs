// The status page and its inbox stay readable without a connection once loaded (the service
// worker keeps the last copy), and signing out on a shared phone removes that copy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startGarita, startSmtpSink, launchBrowser, message, artifacts } from './harness.mjs';

let smtp;
let garita;
let browser;

before(async () => {
  smtp = await startSmtpSink();
  garita = await startGarita({ GARITA_SMTP_URL: smtp.url });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await garita?.stop();
  await smtp?.stop();
});

const t = (key) => message('es', key, 'messages.ftl');
const EMAIL = 'maria.offline@example.org';

test('the status page is kept for offline reading, and forgotten at sign-out', async () => {
  const context = await browser.newContext({ locale: 'es', viewport: { width: 320, height: 720 } });
  const page = await context.newPage();
  const shot = (name) => page.screenshot({ path: join(artifacts, `status-es-${name}.png`), fullPage: true });

  // A new account in Spanish.
  await page.goto(`${garita.url}/signup`);
  await page.click(`text=${message('es', 'consent-agree', 'accounts.ftl')}`);
  await page.fill('input[name=email]', EMAIL);
  await page.fill('input[name=password]', 'mi casa es tu casa 2026');
  await page.click('form[action="/signup/details"] button[type=submit]');
  await page.waitForURL(`${garita.url}/signup/verify`);
  const mail = await smtp.nth(1);
  const code = mail.subject.match(/\b(\d{6})\b/)[1];
  await page.fill('input[name=code]', code);
  await page.click('form[action="/signup/verify"] button[type=submit]');

  await page.goto(`${garita.url}/status`);
  assert.equal((await page.textContent('h1')).trim(), t('status-title'));
  assert.ok((await page.textContent('main')).includes(t('inbox-empty')));
  // The worker takes control, then keeps the page the next time it is fetched.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  // The promise to read offline shows once the worker is there to keep it.
  await page.waitForSelector(`text=${t('inbox-offline')}`, { state: 'visible' });
  await shot('01-online');

  await context.setOffline(true);
  await page.reload();
  assert.equal((await page.textContent('h1')).trim(), t('status-title'), 'read offline');
  assert.ok((await page.textContent('main')).includes(t('inbox-offline')));
  await shot('02-offline');
  await context.setOffline(false);

  await page.goto(`${garita.url}/account`);
  await page.click('form[action="/signout"] button');
  await page.waitForLoadState();
  assert.ok((await page.textContent('main')).includes(message('es', 'signed-out', 'accounts.ftl')), 'signed out');
  // Clear-Site-Data took the kept copy and the worker that kept it.
  const kept = await page.evaluate(async () => ({
    caches: (await caches.keys()).length,
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  assert.deepEqual(kept, { caches: 0, workers: 0 }, 'nothing kept after sign-out');
  // Offline, the status page is simply not there: the browser's own network error, nothing else.
  await context.setOffline(true);
  let failure = null;
  const again = await page.goto(`${garita.url}/status`).catch((e) => { failure = e; return null; });
  assert.equal(again, null, 'no page answered offline');
  assert.match(String(failure), /ERR_INTERNET_DISCONNECTED/, String(failure));
  await context.setOffline(false);
  await context.close();
});
