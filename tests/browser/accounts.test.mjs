// An account in Haitian Creole, the whole way: consent, sign-up, the code from a real SMTP server,
// recovery codes, sign-out, recovery with a printed code, signing in again and closing it.
// JavaScript off, a 320 px phone. Then, in Spanish, a helper makes an account for a person who
// is present and hands it over, and the person withdraws the helper's access from /account.
// Each step is saved as a screenshot in target/browser-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startGarita, startSmtpSink, launchBrowser, message, artifacts, totp } from './harness.mjs';

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

const t = (key) => message('ht', key, 'accounts.ftl');
const EMAIL = 'jean.baptiste@example.org';
const PASSWORD = 'lakay se lakay 2026';
const NEW_PASSWORD = 'nouvo modpas pou mwen';

test('sign up in Haitian Creole, verify, sign out, recover with a code, sign in again, close the account', async () => {
  const context = await browser.newContext({
    locale: 'ht',
    viewport: { width: 320, height: 720 },
    javaScriptEnabled: false,
  });
  const page = await context.newPage();
  const shot = (name) => page.screenshot({ path: join(artifacts, `account-ht-${name}.png`), fullPage: true });

  await page.goto(`${garita.url}/signup`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ht');
  assert.equal((await page.textContent('h1')).trim(), t('consent-title'));
  await shot('01-consent');
  await page.click(`text=${t('consent-agree')}`);

  await page.fill('input[name=email]', EMAIL);
  await page.fill('input[name=password]', PASSWORD);
  assert.equal(await page.inputValue('select[name=language]'), 'ht');
  await shot('02-form');
  await page.click('form[action="/signup/details"] button[type=submit]');
  await page.waitForURL(`${garita.url}/signup/verify`);
  await shot('03-check-email');

  const mail = await smtp.nth(1);
  assert.ok(mail.to.includes(EMAIL), mail.to);
  // The subject is the Creole message with the code in it.
  const code = mail.subject.match(/\b(\d{6})\b/)[1];
  assert.equal(mail.subject, t('email-verify-subject').replace('{ $code }', code));
  await page.fill('input[name=code]', code);
  await page.click('form[action="/signup/verify"] button[type=submit]');
  assert.equal((await page.textContent('h1')).trim(), t('codes-title'));
  const codes = await page.$$eval('ol.codes code', (els) => els.map((e) => e.textContent));
  assert.equal(codes.length, 10);
  await shot('04-recovery-codes');

  await page.goto(`${garita.url}/account`);
  const account = await page.textContent('main');
  assert.ok(account.includes(EMAIL));
  // Where the person signed in, in words: today's date in Creole, in Mexico City's time (no
  // browser zone is known without JavaScript). CLDR has no Creole, so the names are Garita's own.
  const months = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];
  const [y, mo, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Mexico_City' }).format(new Date()).split('-').map(Number);
  assert.ok(account.includes(`${d} ${months[mo - 1]} ${y}`), account.replace(/\s+/g, ' '));
  await shot('05-account');
  // The same page in Arabic: the month as Arabic writes it (Chromium's CLDR data agrees).
  await page.goto(`${garita.url}/language/ar?next=/account`);
  const arabic = await page.textContent('main');
  const month = new Intl.DateTimeFormat('ar', { month: 'long', timeZone: 'America/Mexico_City' }).format(new Date());
  assert.ok(arabic.includes(month), `${month} in ${arabic.replace(/\s+/g, ' ')}`);
  await shot('05-account-ar');
  // Without JavaScript no copy is kept for offline reading, so the status page does not promise one.
  await page.goto(`${garita.url}/status`);
  assert.equal(await page.isVisible(`text=${message('ar', 'inbox-offline', 'messages.ftl')}`), false);
  assert.ok((await page.content()).includes(message('ar', 'inbox-offline', 'messages.ftl')));
  await page.goto(`${garita.url}/language/ht?next=/account`);
  await page.click(`form[action="/signout"] button`);
  assert.ok((await page.textContent('main')).includes(t('signed-out')));
  await shot('06-signed-out');
  await page.goto(`${garita.url}/account`);
  assert.equal(new URL(page.url()).pathname, '/signin');

  await page.goto(`${garita.url}/recover`);
  await shot('07-recover');
  const byCode = page.locator('form[action="/recover/code"]');
  await byCode.locator('input[name=email]').fill(EMAIL);
  await byCode.locator('input[name=code]').fill(codes[0]);
  await byCode.locator('input[name=password]').fill(NEW_PASSWORD);
  await byCode.locator('button').click();
  assert.ok((await page.textContent('main')).includes(t('recover-done')));
  await shot('08-recovered');
  const notice = await smtp.nth(2);
  assert.equal(notice.subject, t('email-password-changed-subject'));

  await page.goto(`${garita.url}/signin`);
  await page.fill('input[name=email]', EMAIL);
  await page.fill('input[name=password]', NEW_PASSWORD);
  await page.click('form[action="/signin"] button[type=submit]');
  await page.waitForURL(`${garita.url}/account`);
  assert.ok((await page.textContent('main')).includes(EMAIL));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(overflow <= 320, `page is ${overflow}px wide on a 320px screen`);
  await shot('09-signed-in-again');

  // Closing the account: asked plainly, refused without the box ticked, then done; after it,
  // nobody signs in with that address and password.
  await page.click(`a[href="/account/close"]`);
  assert.equal((await page.textContent('h1')).trim(), t('close-title'));
  await page.click('form[action="/account/close"] button[type=submit]');
  assert.ok((await page.textContent('main')).includes(t('close-not-sure')));
  await page.check('input[name=sure]');
  await shot('10-close');
  await page.click('form[action="/account/close"] button[type=submit]');
  assert.ok((await page.textContent('main')).includes(t('close-done')));
  await shot('11-closed');
  await page.goto(`${garita.url}/account`);
  assert.equal(new URL(page.url()).pathname, '/signin');
  await page.fill('input[name=email]', EMAIL);
  await page.fill('input[name=password]', NEW_PASSWORD);
  await page.click('form[action="/signin"] button[type=submit]');
  assert.notEqual(new URL(page.url()).pathname, '/account');
  await context.close();
});

test('a helper makes an account for a person, hands it over, and the person withdraws the helper', async () => {
  const made = spawnSync(garita.bin, ['admin', 'create-user', '--email', 'ayuda@casa.example', '--role', 'helper',
    '--organization', 'Casa del Migrante', '--database', `sqlite://${garita.dir}/garita.db`],
    { cwd: garita.dir, env: garita.env, encoding: 'utf8' });
  assert.equal(made.status, 0, made.stderr + made.stdout);
  const setup = made.stdout.match(/\/setup\/\S+/)[0];
  const es = (key) => message('es', key, 'accounts.ftl');

  // The helper sets up a password and an authenticator, then signs in with both.
  const desk = await browser.newContext({ locale: 'es-MX', viewport: { width: 1024, height: 900 } });
  const helper = await desk.newPage();
  await helper.goto(`${garita.url}${setup}`);
  const key = (await helper.textContent('main')).match(/([A-Z2-7]{4}(?: [A-Z2-7]{1,4})+)/)[1];
  await helper.fill('input[name=password]', 'una frase larga de la casa 2026');
  await helper.fill('input[name=code]', totp(key, Date.now()));
  await Promise.all([helper.waitForNavigation(), helper.click('form[action^="/setup/"] button[type=submit]')]);
  await helper.goto(`${garita.url}/signin`);
  await helper.fill('input[name=email]', 'ayuda@casa.example');
  await helper.fill('input[name=password]', 'una frase larga de la casa 2026');
  await Promise.all([helper.waitForURL(/\/signin\/code/), helper.click('form[action="/signin"] button[type=submit]')]);
  await helper.fill('input[name=code]', totp(key, Date.now() + 30_000));
  await Promise.all([helper.waitForNavigation(), helper.click('form[action="/signin/code"] button[type=submit]')]);

  // With Rosa present: the consent text read to her, her account made and handed over.
  await helper.goto(`${garita.url}/staff/people`);
  await helper.fill('input[name=email]', 'rosa@example.org');
  await helper.selectOption('select[name=language]', 'es');
  await helper.check('input[name=consent]');
  // Made: the helper now works in her registration; then hands the account over.
  await Promise.all([helper.waitForURL(/\/registration/), helper.click('form[action="/staff/people"] button[type=submit]')]);
  await helper.goto(`${garita.url}/staff/people`);
  await Promise.all([helper.waitForNavigation(), helper.click('form[action$="/handover"] button[type=submit]')]);
  const handover = (await helper.textContent('main')).match(/https?:\/\/\S+\/setup\/[A-Za-z0-9_-]+/)[0];

  // Rosa takes her account over on her own phone and signs in (a code for the new phone).
  const phone = await browser.newContext({ locale: 'es-MX', viewport: { width: 360, height: 780 }, javaScriptEnabled: false });
  const rosa = await phone.newPage();
  const shot = (name) => rosa.screenshot({ path: join(artifacts, `helper-es-${name}.png`), fullPage: true });
  await rosa.goto(handover);
  await rosa.fill('input[name=password]', 'mi propia frase segura');
  await Promise.all([rosa.waitForNavigation(), rosa.click('form[action^="/setup/"] button[type=submit]')]);
  const sent = smtp.messages.length;
  await rosa.goto(`${garita.url}/signin`);
  await rosa.fill('input[name=email]', 'rosa@example.org');
  await rosa.fill('input[name=password]', 'mi propia frase segura');
  await Promise.all([rosa.waitForNavigation(), rosa.click('form[action="/signin"] button[type=submit]')]);
  if (rosa.url().includes('/signin/device')) {
    // The newest e-mail with a code in its subject (a notice may come first).
    let code;
    for (let n = sent + 1; !code; n += 1) code = (await smtp.nth(n)).subject.match(/\b(\d{6})\b/)?.[1];
    await rosa.fill('input[name=code]', code);
    await Promise.all([rosa.waitForNavigation(), rosa.click('form[action="/signin/device"] button[type=submit]')]);
  }
  await rosa.goto(`${garita.url}/account`);
  assert.ok((await rosa.textContent('main')).includes('Casa del Migrante'), 'she sees who can act for her');
  await shot('01-helper-listed');
  await Promise.all([rosa.waitForNavigation(), rosa.click('form[action="/account/helpers/withdraw"] button[type=submit]')]);
  await shot('02-withdrawn');
  assert.ok(!(await rosa.$('form[action="/account/helpers/withdraw"]')), 'nobody left to withdraw');

  // The helper no longer finds her, nor can work in her account.
  await helper.goto(`${garita.url}/staff/people`);
  assert.ok(!(await helper.textContent('main')).includes('rosa@example.org'));
  await desk.close();
  await phone.close();
});
