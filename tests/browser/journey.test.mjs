// The whole journey of a winning group, in Spanish on a 360 px phone with JavaScript, the
// phone's position and camera emulated: sign up, register two travellers with photos, ask for an
// appointment, the draw, the winner message in the inbox, each traveller confirming with the
// phone's position: the camera in the page runs the liveness challenge, which a still picture
// cannot pass, so each sends a photo from a file, and a programme admin (signed in with an
// authenticator code) accepts them beside their registration photos. Then the printable
// confirmation with its QR code, and /verify: the token is genuine, and a tampered one is not.
// Then the port: an officer signs
// in with an authenticator code, checks the confirmation offline, scans its QR code (a picture of
// it fed to the emulated camera), and checks in and paroles both travellers. Then, after entry,
// the person reads the parole record, files an intent to depart and confirms the departure by
// land. Screenshots in target/browser-artifacts/journey-*.png and desk-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root, startGarita, startSmtpSink, launchBrowser, message, artifacts, fillPerson, turningCamera, staffSignIn } from './harness.mjs';

// The travellers come from Honduras.
const HONDURAS = { country: 'HN', city: 'San Pedro Sula', address: 'Colonia Rivera Hernández, San Pedro Sula', travel: 'Guatemala' };
const portrait = (n) => join(root, 'crates', 'app', 'tests', 'data', `portrait-${n}.jpg`);
const m = (key) => message('es', key, 'messages.ftl');
const r = (key) => message('es', key, 'registrations.ftl');

let smtp;
let garita;
let browser;
let closesAt;
let serviceDate;
let confirmed_;
const qrPicture = join(artifacts, 'journey-qr.mjpeg');


before(async () => {
  // A request window that is open now and closes in 30 seconds (signing up and registering two
  // travellers take about 4), in a zone where it is about midday (so that the window does not
  // cross midnight).
  const now = new Date();
  const offset = 12 - now.getUTCHours();
  const zone = offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  const local = new Date(now.getTime() + offset * 3600_000);
  const close = new Date(Math.ceil((local.getTime() + 30_000) / 1000) * 1000);
  closesAt = close.getTime() - offset * 3600_000;
  serviceDate = local.toISOString().slice(0, 10);
  const hhmmss = close.toISOString().slice(11, 19);

  smtp = await startSmtpSink();
  garita = await startGarita({
    GARITA_SMTP_URL: smtp.url,
    GARITA_WINDOW_ZONE: zone,
    GARITA_WINDOW_OPENS: '06:00',
    GARITA_WINDOW_CLOSES: hhmmss,
  });
  // The emulated camera shows a face: a one-frame Motion JPEG of a test portrait.
  const face = join(artifacts, 'journey-face.mjpeg');
  copyFileSync(portrait(3), face);
  browser = await launchBrowser([`--use-file-for-fake-video-capture=${face}`]);
});

after(async () => {
  await browser?.close();
  await garita?.stop();
  await smtp?.stop();
});

test('sign up, register, request, win, confirm two travellers, print, verify', async () => {
  const context = await browser.newContext({
    locale: 'es-MX',
    viewport: { width: 360, height: 780 },
    permissions: ['geolocation', 'camera'],
    geolocation: { latitude: 32.5412, longitude: -117.0293, accuracy: 12 }, // Tijuana
  });
  const page = await context.newPage();
  let n = 0;
  const shot = (name) => page.screenshot({ path: join(artifacts, `journey-${String(++n).padStart(2, '0')}-${name}.png`), fullPage: true });

  await page.goto(`${garita.url}/signup/details?consent=2`);
  await page.fill('input[name=email]', 'ana.lopez@example.org');
  await page.fill('input[name=password]', 'juntas llegamos 2027');
  await page.click('form[action="/signup/details"] button[type=submit]');
  const code = (await smtp.nth(1)).subject.match(/\b(\d{6})\b/)[1];
  await page.fill('input[name=code]', code);
  await page.click('form[action="/signup/verify"] button[type=submit]');

  await page.goto(`${garita.url}/registration`);
  await page.fill('input[name=street]', '500 Elm St');
  await page.fill('input[name=city]', 'Dallas');
  await page.selectOption('select[name=state]', 'TX');
  await page.fill('input[name=zip]', '75201');
  await fillPerson(page, { ...HONDURAS, given: 'Ana', family: 'López', day: '12', month: '6', year: '1988', gender: 'female', height: '162', weight: '60' });
  await page.click('form[action="/registration/start"] button[type=submit]');
  await page.waitForURL(`${garita.url}/registration`);
  await page.click(`text=${r('registration-add-traveller')}`);
  await fillPerson(page, { ...HONDURAS, given: 'Carlos', family: 'López', day: '2', month: '3', year: '1985', gender: 'male', height: '175', weight: '72' });
  await page.click('form[action="/registration/travellers/new"] button[type=submit]');
  await page.waitForURL(`${garita.url}/registration`);
  const photoLinks = await page.$$eval('a[href$="/photo"]', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(photoLinks.length, 2);
  for (const [i, link] of photoLinks.entries()) {
    await page.goto(`${garita.url}${link}`);
    await page.setInputFiles('input[name=photo]', portrait(i + 1));
    await page.click('form[enctype="multipart/form-data"] button[type=submit]');
    await page.waitForURL(`${garita.url}/registration`);
  }
  await shot('registered');

  // The request: the page asks the (emulated) phone where it is.
  await page.goto(`${garita.url}/request`);
  await page.selectOption('select[name=port]', 'SYS');
  await shot('request');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/request"] button[type=submit]')]);
  const asked = await page.textContent('main');
  await shot('requested');
  const accepted = message('es', 'request-accepted', 'draws.ftl').split('{')[0].trim();
  // The day in words, as Spanish writes it (ICU's data on both sides).
  const day = new Intl.DateTimeFormat('es', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${serviceDate}T12:00:00Z`));
  assert.ok(asked.includes(accepted) && asked.includes(day), asked.replace(/\s+/g, ' '));

  // When the window closes, the day's draw runs (as the scheduler would; `garita draw run`).
  await new Promise((ok) => setTimeout(ok, Math.max(0, closesAt - Date.now() + 1500)));
  const run = spawnSync(garita.bin, ['draw', 'run', '--date', serviceDate, '--database', `sqlite://${garita.dir}/garita.db`], {
    cwd: garita.dir,
    env: garita.env,
    encoding: 'utf8',
  });
  assert.equal(run.status, 0, run.stderr + run.stdout);

  // The winner message is in the inbox, and the status page asks each traveller to confirm.
  await page.goto(`${garita.url}/status`);
  const status = await page.textContent('main');
  const subject = m('msg-won-v1-subject').split('{')[0].trim();
  assert.ok(status.includes(subject), status);
  assert.ok(status.includes(m('status-confirm-title')));
  await shot('winner');
  const confirmLinks = await page.$$eval('a[href$="/confirm"]', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(confirmLinks.length, 2);
  // The first traveller tries the camera in the page: it runs the liveness challenge, saying each
  // pose in words. The emulated camera shows a still picture, which cannot turn its head: the
  // page says how to try again. Then each traveller sends a photo of themselves from a file: a
  // still, which a person looks at while the time to confirm waits.
  for (const [i, link] of confirmLinks.entries()) {
    await page.goto(`${garita.url}${link}`);
    if (i === 0) {
      await page.click(`text=${r('photo-camera-start')}`);
      await page.waitForFunction(() => document.querySelector('.camera video')?.readyState >= 2);
      await shot('camera');
      await Promise.all([
        page.waitForNavigation({ timeout: 60_000 }),
        page.click(`text=${r('photo-camera-take')}`).then(() =>
          page.waitForFunction((said) => document.querySelector('.camera [aria-live]')?.textContent === said, r('liveness-front'))),
      ]);
      const refused = await page.textContent('main');
      assert.ok(refused.includes(r('photo-move-as-asked')), refused);
      await shot('camera-refused');
    }
    await page.setInputFiles('input[name=photo]', portrait(i + 1));
    await Promise.all([page.waitForURL(`${garita.url}/status`), page.click('form[enctype="multipart/form-data"] button[type=submit]')]);
  }
  const waiting = await page.textContent('main');
  assert.ok(waiting.includes(m('status-traveller-review').split(':')[1].split('.')[0].trim()), waiting);
  assert.ok(!waiting.includes(m('status-confirmed')), waiting);
  await shot('in-review');

  // A programme admin accepts each photo, seen beside the registration photo with the distance.
  const staff = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  try {
    const admin = await staff.newPage();
    await staffSignIn(garita, admin, 'admin@garita.example', ['--role', 'programme-admin']);
    await admin.goto(`${garita.url}/staff/reviews/confirmations`);
    assert.equal((await admin.$$('img[src$="/registration"]')).length, 2);
    const compared = message('en', 'desk-face-distance', 'desk.ftl').split('{')[0].trim();
    assert.ok((await admin.textContent('main')).includes(compared));
    await admin.screenshot({ path: join(artifacts, 'journey-review.png'), fullPage: true });
    const accept = `button:has-text("${message('en', 'review-photo-accept', 'registrations.ftl')}")`;
    for (let left = 2; left > 0; left--) {
      await Promise.all([admin.waitForNavigation(), admin.click(accept)]);
      assert.equal((await admin.$$('img[src$="/registration"]')).length, left - 1);
    }
  } finally {
    await staff.close();
  }
  await page.goto(`${garita.url}/status`);
  const confirmed = await page.textContent('main');
  assert.ok(confirmed.includes(m('status-confirmed')), confirmed);
  await shot('confirmed');

  // The printable confirmation: number, QR code, token.
  await page.click(`text=${m('status-confirmation-link')}`);
  await page.waitForURL(`${garita.url}/status/confirmation`);
  assert.ok(await page.$('figure.qr svg'));
  const number = (await page.textContent('.codes code')).trim();
  const token = (await page.textContent('p.token')).trim();
  assert.ok(number.startsWith('GRT-') && token.startsWith('GC1.'), `${number} ${token}`);
  // One sheet, one phone screen wide: nothing sticks out.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  await shot('confirmation');
  await page.emulateMedia({ media: 'print' });
  // The printed sheet itself: a real PDF from Chromium's print path, one page.
  const pdf = await page.pdf({ path: join(artifacts, 'journey-confirmation.pdf'), preferCSSPageSize: true });
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-', 'a PDF was printed');
  assert.equal((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length, 1, 'on one sheet');
  await page.emulateMedia({ media: 'screen' });

  // Anyone checks it, without signing in.
  const anyone = await browser.newContext({ locale: 'es-MX', viewport: { width: 360, height: 780 } });
  const check = await anyone.newPage();
  for (const [tokenText, genuine] of [[token, true], [token.replace('GC1.e', 'GC1.f'), false]]) {
    await check.goto(`${garita.url}/verify`);
    await check.fill('textarea[name=token]', tokenText);
    await Promise.all([check.waitForNavigation(), check.click('form[action="/verify"] button[type=submit]')]);
    if (genuine) {
      const ok = await check.textContent('.notice-ok');
      assert.ok(ok.includes(number), ok);
      await check.screenshot({ path: join(artifacts, 'journey-verify-genuine.png'), fullPage: true });
    } else {
      const no = await check.textContent('.form-error');
      assert.equal(no.trim(), m('check-not-genuine'));
      await check.screenshot({ path: join(artifacts, 'journey-verify-tampered.png'), fullPage: true });
    }
  }
  await anyone.close();

  // For the port: a picture of the confirmation's QR code, as an officer's camera would see a
  // phone held up to it.
  // A sharp phone screen (3 device pixels per CSS pixel), as a camera held close would see it.
  // (Chromium's emulated camera plays a Motion JPEG file: one JPEG frame, named .mjpeg.)
  writeFileSync(join(artifacts, 'journey-qr.svg'), await page.$eval('figure.qr svg', (svg) => svg.outerHTML));
  const sharp = await browser.newContext({
    storageState: await context.storageState(),
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 3,
  });
  const screen = await sharp.newPage();
  await screen.goto(`${garita.url}/status/confirmation`);
  const box = await screen.locator('figure.qr').boundingBox();
  const side = Math.max(box.width, box.height) + 32;
  await screen.screenshot({
    path: qrPicture,
    type: 'jpeg',
    quality: 95,
    fullPage: true,
    clip: { x: Math.max(0, box.x - 16), y: Math.max(0, box.y - 16), width: side, height: side },
  });
  await sharp.close();
  confirmed_ = { number, token, applicant: await context.storageState() };
  await context.close();
});

test('an officer signs in with TOTP, scans the QR code, checks the group in and paroles each', async () => {
  assert.ok(confirmed_, 'the journey above confirmed an appointment');
  const { number, token } = confirmed_;
  const date = JSON.parse(Buffer.from(token.split('.')[1], 'base64url')).date;
  // The officer's camera sees the picture of the QR code.
  const desk = await launchBrowser([`--use-file-for-fake-video-capture=${qrPicture}`]);
  try {
    const context = await desk.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 }, permissions: ['camera'] });
    const page = await context.newPage();
    const shot = (name) => page.screenshot({ path: join(artifacts, `desk-${name}.png`), fullPage: true });
    const e = (key) => message('en', key, 'accounts.ftl');
    const d = (key) => message('en', key, 'desk.ftl');

    await staffSignIn(garita, page, 'officer@cbp.example', ['--role', 'officer', '--port', 'SYS']);

    // The day's list names the appointment.
    await page.goto(`${garita.url}/staff/ports/SYS/day?date=${date}`);
    assert.ok((await page.textContent('main')).includes(number));
    await page.waitForFunction(() => localStorage.getItem('garita-keys'));
    await shot('day');

    // Without a connection, the console still checks the signature with the kept keys.
    await context.setOffline(true);
    await page.fill('input[name=text]', token);
    await page.click(`button:has-text("${d('desk-find')}")`);
    const offline = await page.textContent('#offline-answer');
    assert.ok(offline.includes(number), offline);
    await shot('offline');
    await context.setOffline(false);
    await page.fill('input[name=text]', '');

    // Online: scan the QR code; the console opens the group's intake.
    await page.click(`text=${message('en', 'check-scan', 'messages.ftl')}`);
    await page.waitForURL(/\/staff\/ports\/SYS\/appointments\//, { timeout: 30_000 });
    await shot('intake');
    const forms = await page.$$eval('form[action*="/travellers/"]', (fs) => fs.map((f) => f.getAttribute('action')));
    assert.equal(forms.length, 2, 'both travellers');
    assert.equal((await page.$$('img[src$="/live-photo"]')).length, 2);
    const o = (key) => message('en', key, 'outcomes.ftl');
    for (const [i, action] of forms.entries()) {
      const form = `form[action="${action}"]`;
      // Arrived first, nothing decided; then paroled with a Notice to Appear and the I-94.
      await Promise.all([page.waitForNavigation(), page.click(`${form} button[type=submit]`)]);
      await page.check(`${form} input[name=paroled]`);
      await page.fill(`${form} input[name=notice_to_appear]`, `A20000000${i}`);
      await page.fill(`${form} input[name=admission_number]`, `12345678${i}A1`);
      await page.fill(`${form} input[name=class_of_admission]`, 'DT');
      await Promise.all([page.waitForNavigation(), page.click(`${form} button[type=submit]`)]);
    }
    const done = await page.textContent('main');
    const paroled = o('fact-paroled').split('{')[0].trim();
    assert.equal(done.split(paroled).length - 1, 2, done);
    assert.ok(done.includes('A200000000') && done.includes('123456780A1'), done);
    // A parole date changed: the console asks why, then keeps both versions.
    const first = `form[action="${forms[0]}"]`;
    const later = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
    await page.fill(`${first} input[name=parole_until]`, later);
    await Promise.all([page.waitForNavigation(), page.click(`${first} button[type=submit]`)]);
    assert.ok((await page.textContent('main')).includes(o('desk-reason-needed')));
    await page.fill(`${first} input[name=reason]`, 'Supervisor set a shorter parole');
    await Promise.all([page.waitForNavigation(), page.click(`${first} button[type=submit]`)]);
    assert.ok((await page.textContent('main')).includes(o('desk-history')));
    await shot('paroled');
    await context.close();
  } finally {
    await desk.close();
  }

  // The person reads each traveller's outcome and its history on their status page, in Spanish.
  const person = await browser.newContext({
    locale: 'es-MX',
    viewport: { width: 360, height: 780 },
    storageState: confirmed_.applicant,
  });
  const status = await person.newPage();
  await status.goto(`${garita.url}/status`);
  const main = await status.textContent('main');
  const s = (key) => message('es', key, 'outcomes.ftl');
  assert.ok(main.includes(s('status-arrivals-title')), main);
  assert.equal(main.split(s('fact-paroled').split('{')[0].trim()).length - 1, 4, 'two now, and both versions of one: ' + main);
  assert.ok(main.includes(s('status-arrival-history')) && main.includes('Supervisor set a shorter parole'), main);
  await status.screenshot({ path: join(artifacts, 'journey-outcome.png'), fullPage: true });
  await person.close();
});

// After entry, in Spanish: the person reads the parole record (both versions of the changed
// date), files an intent to depart, and, back home in Honduras, confirms the departure with the
// phone's position and the camera in the page, which turns as asked (`turningCamera`).
test('in Spanish: the parole record, an intent to depart, and the departure confirmed by land', async () => {
  const d = (key) => message('es', key, 'departure_pages.ftl');
  const o = (key) => message('es', key, 'outcomes.ftl');
  const person = await browser.newContext({
    locale: 'es-MX',
    viewport: { width: 360, height: 780 },
    storageState: confirmed_.applicant,
    permissions: ['geolocation', 'camera'],
    geolocation: { latitude: 15.5042, longitude: -88.025, accuracy: 25 }, // San Pedro Sula
  });
  await turningCamera(person);
  const page = await person.newPage();

  // The parole record: what the officer recorded, both versions of the changed date and why.
  await page.goto(`${garita.url}/parole`);
  assert.equal((await page.textContent('h1')).trim(), o('parole-title'));
  const record = await page.textContent('main');
  assert.ok(record.includes('Supervisor set a shorter parole'), record);
  assert.ok(await page.$('a[href="/registration/record.json"]') && await page.$('a[href="/record/check"]'));
  await page.screenshot({ path: join(artifacts, 'journey-parole.png'), fullPage: true });

  // The intent: what it does and does not do legally, read first; then the form.
  await page.goto(`${garita.url}/departure`);
  const legal = await page.textContent('main');
  assert.ok(legal.includes(d('dep-legal-not-judge')) && legal.includes(d('dep-legal-asylum')), legal);
  await page.selectOption('select[name=destination]', 'HN');
  await page.fill('input[name="t1-given"]', 'Ana');
  await page.fill('input[name="t1-family"]', 'López');
  await page.fill('input[name="t1-born"]', '1988-06-12');
  await page.selectOption('select[name="t1-citizenship"]', 'HN');
  await page.selectOption('select[name="t1-document_country"]', 'HN');
  await page.fill('input[name="t1-document_number"]', 'E1234567');
  await page.check('input[name=understood]');
  await Promise.all([page.waitForURL(/\/departure\/[0-9a-f]+$/), page.click(`button:has-text("${d('dep-file-submit')}")`)]);
  const intentPath = new URL(page.url()).pathname;
  await page.screenshot({ path: join(artifacts, 'journey-intent.png'), fullPage: true });

  // Home in Honduras: the position and the camera in the page, each pose as asked.
  await Promise.all([page.waitForURL(/\/travellers\/0$/), page.click(`text=${d('dep-confirm-link')}`)]);
  await page.click(`text=${r('photo-camera-start')}`);
  await page.waitForFunction(() => document.querySelector('.camera video')?.readyState >= 2);
  await Promise.all([
    page.waitForURL((url) => url.pathname === intentPath, { timeout: 60_000 }),
    page.click(`text=${r('photo-camera-take')}`),
  ]);
  const done = await page.textContent('main');
  const departed = d('dep-departed-line').split('}')[1].split('{')[0]; // " salió el "
  assert.ok(done.includes(`Ana López${departed}`), done);
  assert.ok(await page.$('figure.qr svg'), 'the signed confirmation as a QR code');
  await page.screenshot({ path: join(artifacts, 'journey-departed.png'), fullPage: true });
  await person.close();
});
