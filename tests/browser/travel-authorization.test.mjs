// Advance travel authorization in a real browser. A supporter in Florida files in English for
// their sister in Haiti. She gets the code by e-mail in Haitian Creole, signs up on a 360 px
// phone in Haitian Creole, types the code, answers the statements, types her passport's two
// lines and takes her photo with the camera in the page, turning her head as it asks (the
// emulated camera, `turningCamera`, and the position emulated in Port-au-Prince). An adjudicator signs in with an authenticator code, sees her
// evidence and photo, and authorizes. She sees her QR code; the supporter sees the decision.
// Screenshots: target/browser-artifacts/ta-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { root, startGarita, startSmtpSink, launchBrowser, message, artifacts, turningCamera, staffSignIn } from './harness.mjs';

const ZONE = 'P<HTIJOSEPH<<MARIE<<<<<<<<<<<<<<<<<<<<<<<<<<\nHA12345677HTI9005042F3104150<<<<<<<<<<<<<<<8';
const en = (key) => message('en', key, 'travel_authorization_pages.ftl');
const ht = (key) => message('ht', key, 'travel_authorization_pages.ftl');

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

/** Signs up with e-mail and password, then the code from the n-th e-mail. */
async function signUp(page, email, password, nth) {
  await page.goto(`${garita.url}/signup/details?consent=2`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', password);
  await page.click('form[action="/signup/details"] button[type=submit]');
  const code = (await smtp.nth(nth)).subject.match(/\b(\d{6})\b/)[1];
  await page.fill('input[name=code]', code);
  await page.click('form[action="/signup/verify"] button[type=submit]');
}

/** The invitation's code in a raw e-mail, whatever its transfer encoding. */
function invitationCode(raw) {
  const plain = raw.match(/TAI-[0-9A-Z]{4}-[0-9A-Z]{4}/);
  if (plain) return plain[0];
  for (const chunk of raw.split(/\r?\n\r?\n/)) {
    const text = Buffer.from(chunk.replace(/\s+/g, ''), 'base64').toString('utf8');
    const found = text.match(/TAI-[0-9A-Z]{4}-[0-9A-Z]{4}/);
    if (found) return found[0];
  }
  throw new Error('no invitation code in the e-mail');
}


test('a supporter files in English; she confirms in Haitian Creole with the camera; authorized', async () => {
  // The supporter, in English, on a laptop.
  const desk = await browser.newContext({ locale: 'en-US', viewport: { width: 1024, height: 900 } });
  const supporter = await desk.newPage();
  await signUp(supporter, 'jean.baptiste@example.org', 'my sister comes home 2027', 1);
  await supporter.goto(`${garita.url}/travel-authorization`);
  await supporter.click(`text=${en('ta-file-link')}`);
  await supporter.selectOption('select[name=programme]', 'chnv');
  await supporter.fill('input[name=people]', '1');
  await Promise.all([supporter.waitForNavigation(), supporter.click(`button:has-text("${en('ta-file-choose')}")`)]);
  await supporter.fill('input[name=given]', 'Jean');
  await supporter.fill('input[name=family]', 'Baptiste');
  await supporter.selectOption('select[name=status]', 'citizen');
  await supporter.selectOption('select[name=state]', 'FL');
  await supporter.check('input[name=supports]');
  await supporter.check('input[name=consents]');
  await supporter.fill('input[name="p1-given"]', 'Marie');
  await supporter.fill('input[name="p1-family"]', 'Joseph');
  await supporter.fill('input[name="p1-born"]', '1990-05-04');
  await supporter.selectOption('select[name="p1-nationality"]', 'HT');
  await supporter.fill('input[name="p1-email"]', 'marie.joseph@example.org');
  await supporter.selectOption('select[name="p1-language"]', 'ht');
  await supporter.selectOption('select[name="p1-relationship"]', 'sibling');
  await supporter.screenshot({ path: join(artifacts, 'ta-01-filing.png'), fullPage: true });
  await Promise.all([supporter.waitForURL(/\/travel-authorization\/cases\//), supporter.click(`button:has-text("${en('ta-file-submit')}")`)]);
  const casePath = new URL(supporter.url()).pathname;
  assert.ok((await supporter.textContent('main')).includes('Waiting for the person to confirm'));

  // Her invitation arrives in Haitian Creole, with the code.
  const invitation = await smtp.nth(2);
  assert.equal(invitation.to.includes('marie.joseph@example.org'), true, invitation.to);
  assert.equal(invitation.subject, message('ht', 'ta-invited-v1-subject', 'travel_authorization.ftl'));
  const code = invitationCode(invitation.raw);

  // She, in Haitian Creole, on a 360 px phone, in Port-au-Prince.
  const phone = await browser.newContext({
    locale: 'ht',
    viewport: { width: 360, height: 780 },
    permissions: ['geolocation', 'camera'],
    geolocation: { latitude: 18.5392, longitude: -72.3364, accuracy: 20 },
  });
  await turningCamera(phone);
  const page = await phone.newPage();
  await signUp(page, 'marie.joseph@example.org', 'mwen prale lakay 2027', 3);
  await page.goto(`${garita.url}/travel-authorization/invitation`);
  assert.equal(await page.getAttribute('html', 'lang'), 'ht');
  await page.fill('input[name=code]', code.toLowerCase());
  await Promise.all([page.waitForURL(/\/travel-authorization\/beneficiaries\//), page.click(`button:has-text("${ht('ta-invitation-submit')}")`)]);
  const personPath = new URL(page.url()).pathname;
  assert.ok((await page.textContent('h1')).includes('Marie'));
  for (const name of ['attest-truthful', 'attest-vaccinations', 'attest-own-travel']) await page.check(`input[name=${name}]`);
  await page.fill('textarea[name=mrz]', ZONE);
  await page.setInputFiles('input[name=passport_page]', join(root, 'crates', 'platform', 'faces', 'tests', 'data', 'obama-1.jpg'));
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the confirmation is ${width} px wide on a 360 px screen`);
  await page.screenshot({ path: join(artifacts, 'ta-02-confirm.png'), fullPage: true });
  // The camera in the page: the challenge's poses said in words; the page sends the frames.
  const r = (key) => message('ht', key, 'registrations.ftl');
  await page.click(`text=${r('photo-camera-start')}`);
  await page.waitForFunction(() => document.querySelector('.camera video')?.readyState >= 2);
  await Promise.all([
    page.waitForNavigation({ timeout: 60_000 }),
    page.click(`text=${r('photo-camera-take')}`),
  ]);
  assert.equal(new URL(page.url()).pathname, personPath);
  const waiting = await page.textContent('main');
  assert.ok(waiting.includes(ht('ta-person-confirmed')), waiting);
  await page.screenshot({ path: join(artifacts, 'ta-03-confirmed.png'), fullPage: true });

  // The adjudicator: her evidence and photo, then the decision.
  const office = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const staff = await office.newPage();
  await staffSignIn(garita, staff, 'adjudicator@garita.example', ['--role', 'adjudicator']);
  await staff.goto(`${garita.url}/staff/travel-authorization`);
  await Promise.all([staff.waitForNavigation(), staff.click('a[href^="/staff/travel-authorization/"]:not([href$="programmes"])')]);
  const evidence = await staff.textContent('main');
  assert.ok(evidence.includes('HA1234567') && evidence.includes('Haiti'), evidence);
  assert.ok(evidence.includes(en('ta-staff-portrait-distance').split(':')[0]), 'the portrait compared');
  assert.ok(evidence.includes(en('ta-staff-photo-passed')), 'the head turned as asked: ' + evidence);
  assert.ok(await staff.$('img[src$="/photo"]'));
  await staff.screenshot({ path: join(artifacts, 'ta-04-evidence.png'), fullPage: true });
  await Promise.all([staff.waitForNavigation(), staff.click(`button:has-text("${en('ta-staff-authorize')}")`)]);
  assert.ok((await staff.textContent('main')).includes(en('ta-staff-authorized')));

  // She sees her authorization and its QR code; the supporter sees the decision.
  await page.goto(`${garita.url}${personPath}`);
  assert.ok(await page.$('figure.qr svg'));
  assert.ok((await page.textContent('p.token')).trim().startsWith('GTA1.'));
  await page.screenshot({ path: join(artifacts, 'ta-05-authorized.png'), fullPage: true });
  await supporter.goto(`${garita.url}${casePath}`);
  assert.ok((await supporter.textContent('main')).includes('Authorized to travel'));
  await desk.close();
  await phone.close();
  await office.close();
});
