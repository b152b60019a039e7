// A provisional I-94 in Spanish on a 360 px phone, paid on the provider's hosted page (the
// testkit's Stripe-shaped server, through Garita's real Stripe client): a person applies for
// three travellers, sees the total and the rules before paying, pays on the provider's page,
// comes back to each traveller's provisional number with its QR code, and /verify says the code
// is genuine. No page is wider than the screen. Screenshots: target/browser-artifacts/i94-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startGarita, startSmtpSink, startStripe, launchBrowser, artifacts, message } from './harness.mjs';

let smtp;
let stripe;
let garita;
let browser;

before(async () => {
  smtp = await startSmtpSink();
  stripe = await startStripe();
  garita = await startGarita({
    GARITA_SMTP_URL: smtp.url,
    GARITA_PAYMENT_PROVIDER: 'stripe',
    GARITA_STRIPE_SECRET_KEY: 'sk_test_garita_local',
    GARITA_STRIPE_WEBHOOK_SECRET: 'whsec_garita_local',
    GARITA_STRIPE_API_URL: stripe.url,
  });
  await stripe.setWebhook(`${garita.url}/payments/notify`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await garita?.stop();
  await stripe?.stop();
  await smtp?.stop();
});

async function fits(page, what) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${what} is ${width} px wide on a 360 px screen`);
}

test('three travellers apply in Spanish, pay on the hosted page, and the QR code checks', async () => {
  const context = await browser.newContext({ locale: 'es', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();

  await page.goto(`${garita.url}/signup/details?consent=2`);
  await page.fill('input[name=email]', 'tres.viajeros@example.org');
  await page.fill('input[name=password]', 'tres viajeros a San Diego');
  await page.click('form[action="/signup/details"] button[type=submit]');
  const code = (await smtp.nth(1)).subject.match(/\b(\d{6})\b/)[1];
  await page.fill('input[name=code]', code);
  await page.click('form[action="/signup/verify"] button[type=submit]');

  // The fee and the rules are said before anything is asked.
  await page.goto(`${garita.url}/i94`);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.ok((await page.textContent('main')).includes(message('es', 'i94-rules', 'i94_pages.ftl').slice(0, 40)));
  await fits(page, '/i94');
  const arrival = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
  await page.selectOption('select[name=port]', 'SYS');
  await page.fill('input[name=arrival]', arrival);
  await page.selectOption('select[name=purpose]', 'family');
  await page.fill('input[name=street]', '1 Main St');
  await page.fill('input[name=city]', 'San Diego');
  await page.fill('input[name=state]', 'CA');
  await page.fill('input[name=zip]', '92101');
  await page.click('form[action="/i94"] button[type=submit]');
  await page.waitForURL(/\/i94\/[^/?]+$/);
  const group = new URL(page.url()).pathname;

  for (const [i, family] of ['Pérez Uno', 'Pérez Dos', 'Pérez Tres'].entries()) {
    await page.fill('input[name=given]', 'Ana');
    await page.fill('input[name=family]', family);
    await page.fill('input[name=born_day]', String(3 + i));
    await page.fill('input[name=born_month]', '4');
    await page.fill('input[name=born_year]', '1990');
    await page.selectOption('select[name=sex]', 'F');
    await page.selectOption('select[name=citizenship]', 'MX');
    await page.selectOption('select[name=residence]', 'MX');
    await page.fill('input[name=passport_number]', `G1234567${i}`);
    await page.selectOption('select[name=passport_country]', 'MX');
    await page.fill('input[name=passport_issued]', '2020-01-10');
    await page.fill('input[name=passport_expires]', '2035-01-09');
    await page.click(`form[action="${group}/travellers"] button[type=submit]`);
    await page.waitForURL(new RegExp(`${group}\\?said=added$`));
  }
  const before = await page.textContent('main');
  assert.ok(before.includes('90,00 USD'), 'three travellers at 30,00 USD, as Spanish writes it');
  await fits(page, 'the application');
  await page.screenshot({ path: join(artifacts, 'i94-application.png'), fullPage: true });

  // Paying: a page of Garita's with a link to the provider's page, where the payer pays.
  await page.click(`form[action="${group}/pay"] button[type=submit]`);
  await page.click(`a[href^="${stripe.url}/c/pay/"]`);
  await page.waitForURL(new RegExp(`^${stripe.url}/c/pay/`));
  await page.click('form button[type=submit]');
  await page.waitForURL(new RegExp(`${group}\\?said=paid$`));

  // Each traveller's number with its QR code and its text.
  const paid = await page.textContent('main');
  assert.equal((paid.match(/I94-[0-9A-Z]{4}-[0-9A-Z]{4}/g) ?? []).length, 3, paid);
  assert.equal(await page.locator('figure.qr svg').count(), 3);
  await fits(page, 'the paid application');
  await page.screenshot({ path: join(artifacts, 'i94-paid.png'), fullPage: true });
  const proof = (await page.locator('p.token').first().textContent()).trim();
  assert.match(proof, /^GI1\./);

  // Anyone checks it, here in Spanish: genuine, with no name in the answer.
  await page.goto(`${garita.url}/verify`);
  await page.fill('textarea[name=token]', proof);
  await page.click('form[action="/verify"] button[type=submit]');
  const answer = await page.textContent('main');
  const genuine = message('es', 'i94-check-genuine', 'i94_proof.ftl').split('{')[0].trim();
  assert.ok(answer.includes(genuine), answer);
  assert.ok(!answer.includes('Pérez'));
  await fits(page, '/verify');
  await page.screenshot({ path: join(artifacts, 'i94-verified.png'), fullPage: true });
  await context.close();
});
