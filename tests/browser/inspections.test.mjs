// A customs broker books a cargo inspection and reads the specialist's result. A programme admin
// adds the broker's organisation and opens El Paso's slots for cargo two days ahead; the
// broker's admin, in Spanish on a phone-sized screen, fills the request (a container number
// whose check digit is wrong is named in Spanish and nothing is booked), fixes it and books; the
// port's agriculture specialist opens the day, the shipment, and puts it on hold for fumigation
// with a note; the broker is told by e-mail (a real SMTP sink) and reads the hold, the
// treatment and the note on the request's page. Screenshots in
// target/browser-artifacts/inspections-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startGarita, startSmtpSink, launchBrowser, message, artifacts, staffSignIn } from './harness.mjs';

const es = (key) => message('es', key, 'inspections.ftl');
const BROKER = 'Agencia Aduanal del Norte';

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

test('a broker books a cargo inspection and sees the specialist\'s result', async () => {
  let n = 0;
  const shot = (p, name) => p.screenshot({ path: join(artifacts, `inspections-${String(++n).padStart(2, '0')}-${name}.png`), fullPage: true });
  // Two days ahead, as El Paso's day (UTC-7): the same date in both.
  const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

  // The programme admin adds the broker and opens the day's slots for two inspections each.
  const staff = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  const admin = await staff.newPage();
  await staffSignIn(garita, admin, 'admin@garita.example', ['--role', 'programme-admin']);
  await admin.goto(`${garita.url}/staff/organizations`);
  await admin.fill('form[action="/staff/organizations"] input[name=name]', BROKER);
  await admin.selectOption('form[action="/staff/organizations"] select[name=kind]', 'broker');
  await admin.fill('form[action="/staff/organizations"] input[name=city]', 'Ciudad Juárez');
  await admin.fill('form[action="/staff/organizations"] input[name=contact]', '+52 656 000 0000');
  await admin.click('form[action="/staff/organizations"] button[type=submit]');
  assert.match(await admin.textContent('main'), new RegExp(BROKER));
  await admin.goto(`${garita.url}/staff/ports/ELP/inspections?day=${day}`);
  await admin.fill('input[name=capacity]', '2');
  await admin.click('form[action$="/inspections/capacity"] button[type=submit]');
  assert.match(await admin.textContent('main'), /8 slots now take 2 inspections each/);

  // The broker's admin, in Spanish on a narrow screen.
  const phone = await browser.newContext({ locale: 'es-MX', viewport: { width: 360, height: 740 } });
  const page = await phone.newPage();
  await staffSignIn(garita, page, 'aduanas@aan.example',
    ['--role', 'organization-admin', '--organization', BROKER, '--language', 'es'], 'es');
  await page.goto(`${garita.url}/inspections`);
  await page.selectOption('select[name=port]', 'ELP');
  await page.fill('input[name=wished_at]', `${day}T08:00`);
  await page.fill('input[name=entry_number]', 'AAN-0012345-6');
  await page.selectOption('select[name=transport_document]', 'bill-of-lading');
  await page.fill('input[name=transport_number]', 'BOL778812');
  await page.fill('input[name=importer_name]', 'Huerta Los Nogales SPR');
  await page.fill('input[name=importer_number]', '12-3456789');
  await page.fill('input[name=conveyance]', 'CHH 4KJ-221');
  await page.fill('textarea[name=containers]', 'CSQU3054384');
  await page.fill('input[name=goods_location]', 'Andén 4, bahía 2');
  await page.fill('input[name=c1_hts]', '0702.00.2000');
  await page.fill('input[name=c1_description]', 'Jitomate fresco');
  await page.fill('input[name=c1_quantity]', '1200');
  await page.selectOption('select[name=c1_unit]', 'cartons');
  await page.selectOption('select[name=c1_packaging]', 'pallets');
  await page.click('form[action="/inspections"] button[type=submit]');
  const refused = await page.textContent('main');
  assert.ok(refused.includes(es('inspections-problem-container')), refused);
  assert.ok(refused.includes(es('inspections-fields-wrong')), refused);
  await shot(page, 'container-check-digit');

  // Fixed: what was typed stayed; only the container changes.
  assert.equal(await page.inputValue('input[name=entry_number]'), 'AAN-0012345-6');
  await page.fill('textarea[name=containers]', 'CSQU3054383');
  await page.click('form[action="/inspections"] button[type=submit]');
  const booked = await page.textContent('main');
  assert.ok(booked.includes(es('inspections-booked-next')), booked);
  assert.match(page.url(), /\/inspections\/[0-9A-Za-z]+$/);
  const request = page.url();
  await shot(page, 'booked');

  // The agriculture specialist at El Paso: the day, the shipment, a hold for fumigation.
  const desk = await staff.newPage();
  await staffSignIn(garita, desk, 'agro@cbp.example', ['--role', 'agriculture-specialist', '--port', 'ELP']);
  await desk.goto(`${garita.url}/staff`);
  await desk.click('a[href="/staff/ports/ELP/inspections"]');
  await desk.fill('input[name=day]', day);
  await desk.click('form[action="/staff/ports/ELP/inspections"] button[type=submit]');
  assert.match(await desk.textContent('main'), /AAN-0012345-6/);
  await desk.click('a[href^="/staff/ports/ELP/inspections/"]:has-text("AAN-0012345-6")');
  assert.match(await desk.textContent('main'), /CSQU3054383/);
  await desk.selectOption('select[name=result]', 'hold');
  await desk.selectOption('select[name=treatment]', 'fumigation');
  await desk.fill('textarea[name=note]', 'Insectos vivos en el jitomate: fumigar con bromuro de metilo.');
  await desk.click('form[action$="/result"] button[type=submit]');
  assert.match(await desk.textContent('main'), /The result is recorded/);
  await shot(desk, 'specialist');

  // The broker is told by e-mail, and reads the hold, its treatment and the note.
  let told;
  for (let i = 1; !told; i++) {
    const m = await smtp.nth(i);
    if (m.to === 'aduanas@aan.example' && m.subject.includes('AAN-0012345-6')) told = m;
  }
  await page.goto(request);
  const result = await page.textContent('main');
  assert.ok(result.includes(es('inspections-treatment-fumigation')), result);
  assert.ok(result.includes('Insectos vivos en el jitomate'), result);
  assert.ok(!result.includes(es('inspections-cancel')), 'a request on hold is no longer cancelled');
  await shot(page, 'result');
  await staff.close();
  await phone.close();
});
