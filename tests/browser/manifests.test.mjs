// A bus carrier, in Spanish on a laptop: it asks to join Garita on /organizations/apply; a
// programme admin (signed in with an authenticator code) approves it; its lead sets up their
// account from the link in the e-mail, then sends a trip's manifest as a CSV file with one bad
// row: the others are stored and the bad row named with its line, field and what to do; the
// fixed file sent again with the same trip number corrects the manifest. Then an officer at El
// Paso opens it from the arrival board and marks the bus arrived. Screenshots in
// target/browser-artifacts/manifests-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGarita, startSmtpSink, launchBrowser, message, artifacts, staffSignIn, setUpAndSignIn } from './harness.mjs';

const es = (key) => message('es', key, 'manifests.ftl');
const COLUMNS = 'role,family_name,given_names,birth_date,sex,citizenship,residence,document_type,document_number,document_country,document_expiry,us_address';

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

/** The e-mail's text with quoted-printable soft breaks and escapes undone. */
function unquoted(raw) {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

/** A CSV of a driver and `n` passengers; `expiry` is the second passenger's document's end. */
function manifest(path, n, expiry) {
  const lines = [COLUMNS, 'driver,Cruz,Jorge,1975-02-11,M,MX,US,passport-card,C01234567,US,2032-05-01,'];
  for (let i = 1; i <= n; i++) {
    const end = i === 2 ? expiry : '2034-01-31';
    lines.push(`passenger,Flores,Ana ${i},1990-0${1 + (i % 9)}-1${i % 10},F,MX,MX,passport,G${7000000 + i},MX,${end},"${100 + i} Alameda Ave, El Paso, TX"`);
  }
  writeFileSync(path, lines.join('\n') + '\n');
}

test('a carrier joins, sends a CSV with one bad row, fixes it; the port receives the bus', async () => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 1024, height: 800 } });
  const page = await context.newPage();
  let n = 0;
  const shot = (p, name) => p.screenshot({ path: join(artifacts, `manifests-${String(++n).padStart(2, '0')}-${name}.png`), fullPage: true });

  // The carrier asks to join.
  await page.goto(`${garita.url}/organizations/apply`);
  await page.fill('input[name=name]', 'Autobuses del Norte');
  await page.selectOption('select[name=kind]', 'carrier');
  await page.fill('input[name=city]', 'Ciudad Juárez');
  await page.fill('input[name=contact]', 'Av. 16 de Septiembre 100');
  await page.fill('input[name=email]', 'despacho@autobuses.example');
  await page.click('form[action="/organizations/apply"] button[type=submit]');
  assert.match(await page.textContent('main'), new RegExp(message('es', 'joining-received', 'organizations.ftl').slice(0, 20)));

  // A programme admin approves it.
  const staff = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const admin = await staff.newPage();
  await staffSignIn(garita, admin, 'admin@garita.example', ['--role', 'programme-admin']);
  await admin.goto(`${garita.url}/staff/organizations`);
  await admin.click('form[action^="/staff/organizations/requests/"] button[type=submit]');
  assert.match(await admin.textContent('main'), /Approved/);

  // Its lead sets up their account from the e-mail's link.
  let mail;
  for (let i = 1; !mail; i++) {
    const m = await smtp.nth(i);
    if (m.to === 'despacho@autobuses.example') mail = m;
  }
  const setup = unquoted(mail.raw).match(/\/setup\/[A-Za-z0-9_-]+/)[0];
  await setUpAndSignIn(garita, page, 'despacho@autobuses.example', setup, 'es');

  // A trip with one bad row: a passport that ends before the bus arrives.
  const arrives = new Date(Date.now() + 20 * 3600_000).toISOString().slice(0, 16);
  const file = join(artifacts, 'manifests-trip.csv');
  manifest(file, 11, '2020-01-01');
  await page.goto(`${garita.url}/manifests`);
  await page.fill('input[name=trip_id]', 'ADN-2027-0301');
  await page.fill('input[name=bus_plate]', 'CHH 4821');
  await page.fill('input[name=bus_number]', '117');
  await page.fill('input[name=origin]', 'Chihuahua');
  await page.selectOption('select[name=port]', 'ELP');
  await page.fill('input[name=arrives_at]', arrives);
  await page.setInputFiles('input[name=people]', file);
  await page.click('form[action="/manifests"] button[type=submit]');
  await page.waitForURL(`${garita.url}/manifests`);
  const stored = await page.textContent('main');
  assert.ok(stored.includes(es('manifest-problem-expired')), stored);
  assert.ok(stored.includes('document_expiry'), stored);
  assert.match(stored, /11 personas/);
  await shot(page, 'one-bad-row');

  // Fixed, sent again with the same trip number from the trip's correction form.
  manifest(file, 11, '2031-06-30');
  await page.setInputFiles('input[name=people]', file);
  await page.click('form[action="/manifests"] button[type=submit]');
  const fixed = await page.textContent('main');
  assert.ok(!fixed.includes(es('manifest-problem-expired')), fixed);
  assert.match(fixed, /12 personas/);
  await shot(page, 'corrected');

  // The officer at El Paso: the board, the manifest, the bus arrived.
  const port = await staff.newPage();
  await staffSignIn(garita, port, 'officer@cbp.example', ['--role', 'officer', '--port', 'ELP']);
  await port.goto(`${garita.url}/staff/ports/ELP/manifests`);
  assert.match(await port.textContent('main'), /Autobuses del Norte/);
  await port.click('a[href^="/staff/ports/ELP/manifests/"]');
  assert.match(await port.textContent('main'), /Flores, Ana 2/);
  await shot(port, 'officer');
  await port.click('form[action$="/arrived"] button[type=submit]');
  assert.match(await port.textContent('main'), /marked arrived/);
  await staff.close();
  await context.close();
});
