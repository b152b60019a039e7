// A group of three registered in Spanish in a real browser: an adult, a child under 14 and a
// teenager, photos of the two who need one (real faces from the rustface crate's test image),
// then a corrected date of birth; the registration's date, its place in the draw, does not move.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startGarita, startSmtpSink, launchBrowser, message, artifacts, root, fillPerson, windowOpenNow } from './harness.mjs';

let smtp;
let garita;
let browser;

before(async () => {
  smtp = await startSmtpSink();
  // Requests are open now, so that the request page shows what it does without JavaScript.
  garita = await startGarita({ GARITA_SMTP_URL: smtp.url, ...windowOpenNow().env });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await garita?.stop();
  await smtp?.stop();
});

const t = (key) => message('es', key, 'registrations.ftl');
const portrait = (n) => join(root, 'crates', 'app', 'tests', 'data', `portrait-${n}.jpg`);

test('three travellers in Spanish, photos, a corrected date of birth, the same place', async () => {
  const context = await browser.newContext({ locale: 'es-MX', viewport: { width: 360, height: 780 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const shot = (name) => page.screenshot({ path: join(artifacts, `registration-es-${name}.png`), fullPage: true });

  // An account first (sign-up itself is covered by accounts.test.mjs).
  await page.goto(`${garita.url}/signup/details?consent=2`);
  await page.fill('input[name=email]', 'luisa.perez@example.org');
  await page.fill('input[name=password]', 'cruzamos juntos 2027');
  await page.click('form[action="/signup/details"] button[type=submit]');
  const code = (await smtp.nth(1)).subject.match(/\b(\d{6})\b/)[1];
  await page.fill('input[name=code]', code);
  await page.click('form[action="/signup/verify"] button[type=submit]');

  await page.goto(`${garita.url}/registration`);
  assert.equal(new URL(page.url()).pathname, '/registration/start');
  await page.fill('input[name=street]', '1200 Main St');
  await page.fill('input[name=city]', 'Houston');
  await page.selectOption('select[name=state]', 'TX');
  await page.fill('input[name=zip]', '77002');
  await fillPerson(page, { given: 'Luisa', family: 'Pérez Gómez', day: '3', month: '4', year: '1990', gender: 'female', height: '160', weight: '58' });
  await shot('01-start');
  // Without a day of birth: the problems are listed at the top, each linking to its question,
  // and everything typed is kept.
  await page.fill('input[name=birth_day]', '');
  await page.click('form[action="/registration/start"] button[type=submit]');
  const problems = page.locator('.problems');
  assert.ok(await problems.isVisible());
  assert.equal(await problems.locator('a').first().getAttribute('href'), '#f-birth_day');
  assert.ok((await problems.textContent()).includes(t('field-date-missing')));
  assert.equal(await page.inputValue('input[name=birth_city]'), 'Maracaibo');
  await shot('01b-problems');
  await page.click('.problems a[href="#f-birth_day"]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-birth_day');
  await page.fill('input[name=birth_day]', '3');
  await page.click('form[action="/registration/start"] button[type=submit]');
  await page.waitForURL(`${garita.url}/registration`);

  for (const p of [
    { given: 'Mateo', family: 'Pérez', day: '9', month: '9', year: '2019', gender: 'male', height: '115', weight: '21' },
    { given: 'Sofía', family: 'Pérez', day: '1', month: '2', year: '2011', gender: 'female', height: '158', weight: '50' },
  ]) {
    await page.click(`text=${t('registration-add-traveller')}`);
    await fillPerson(page, p);
    await page.click('form[action="/registration/travellers/new"] button[type=submit]');
    await page.waitForURL(`${garita.url}/registration`);
  }
  const summary = await page.textContent('main');
  for (const name of ['Luisa Pérez Gómez', 'Mateo Pérez', 'Sofía Pérez']) assert.ok(summary.includes(name), name);
  assert.ok(summary.includes(t('photo-child')), 'the child needs no photo');
  await shot('02-three-people');

  // Photos for the two who need one.
  const photoLinks = await page.$$eval('a[href$="/photo"]', (as) => as.map((a) => a.getAttribute('href')));
  assert.equal(photoLinks.length, 2, 'Luisa and Sofía need photos; Mateo does not');
  for (const [i, link] of photoLinks.entries()) {
    await page.goto(`${garita.url}${link}`);
    if (i === 0) await shot('03-photo-page');
    await page.setInputFiles('input[name=photo]', portrait(i + 1));
    await page.click('form[enctype="multipart/form-data"] button[type=submit]');
    await page.waitForURL(`${garita.url}/registration`);
  }
  // A phone's 15 MB picture (a real portrait, padded), without JavaScript: refused with the
  // limit in words and what to do, and nothing saved is lost.
  const big = join(artifacts, 'registration-15mb.jpg');
  writeFileSync(big, Buffer.concat([readFileSync(portrait(1)), Buffer.alloc(15 * 1024 * 1024)]));
  await page.goto(`${garita.url}${photoLinks[0]}`);
  await page.setInputFiles('input[name=photo]', big);
  await page.click('form[enctype="multipart/form-data"] button[type=submit]');
  const tooLarge = message('es', 'upload-too-large', 'accounts.ftl').replace('{ $megabytes }', '12');
  assert.ok((await page.textContent('main')).includes(tooLarge), await page.textContent('main'));
  await shot('04a-photo-too-large');
  await page.goto(`${garita.url}/registration`);
  const withPhotos = await page.textContent('main');
  assert.equal(withPhotos.split(t('photo-status-accepted')).length - 1, 2);
  // Registered since today, in words (the record counts days in UTC).
  const since = new Intl.DateTimeFormat('es', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date());
  assert.ok(withPhotos.includes(since), `${since} in ${withPhotos.replace(/\s+/g, ' ')}`);
  await shot('04-photos-saved');

  // Luisa was born in May, not April.
  await page.click(`a[href^="/registration/travellers/"]:not([href$="/photo"]):not([href$="/new"])`);
  assert.equal(await page.inputValue('input[name=given]'), 'Luisa');
  await page.fill('input[name=birth_month]', '5');
  await page.click('form[action^="/registration/travellers/"] button[type=submit]');
  await page.waitForURL(`${garita.url}/registration`);
  const after = await page.textContent('main');
  assert.ok(after.includes(since), `still registered since ${since}`);
  await shot('05-corrected');

  await page.goto(`${garita.url}/registration/history`);
  const history = await page.textContent('main');
  assert.ok(history.includes('1990-04-03') && history.includes('1990-05-03'));
  await shot('06-history');

  // The request needs the phone's position, which a page cannot have without JavaScript: no
  // button that cannot work, but why, what to do, and a link to the helpers.
  await page.goto(`${garita.url}/request`);
  const request = await page.textContent('main');
  assert.ok(request.includes(message('es', 'location-without-script', 'draws.ftl')), request.replace(/\s+/g, ' '));
  assert.equal(await page.isVisible('form[action="/request"] button[type=submit]'), false);
  assert.ok(await page.isVisible('main a[href="/help"]'));
  await page.screenshot({ path: join(artifacts, 'registration-es-06b-request-without-js.png'), fullPage: true });

  // With JavaScript, the photo can be taken in the page. The fake camera shows a test pattern,
  // not a face: the real check answers that it found no face, so the capture really went through.
  const withScripts = await browser.newContext({
    storageState: await context.storageState(),
    locale: 'es-MX',
    viewport: { width: 360, height: 780 },
    permissions: ['camera'],
  });
  const live = await withScripts.newPage();
  // With JavaScript the same 15 MB picture is shrunk in the page before it is sent, and saved.
  await live.goto(`${garita.url}${photoLinks[1]}`);
  await live.setInputFiles('input[name=photo]', big);
  await Promise.all([live.waitForURL(`${garita.url}/registration`), live.click('form[enctype="multipart/form-data"] button[type=submit]')]);
  assert.equal((await live.textContent('main')).split(t('photo-status-accepted')).length - 1, 2);
  await live.goto(`${garita.url}${photoLinks[0]}`);
  await live.click(`text=${t('photo-camera-start')}`);
  await live.waitForFunction(() => document.querySelector('.camera video')?.readyState >= 2);
  await live.screenshot({ path: join(artifacts, 'registration-es-07-camera.png'), fullPage: true });
  await Promise.all([live.waitForNavigation(), live.click(`text=${t('photo-camera-take')}`)]);
  assert.ok((await live.textContent('main')).includes(t('photo-no-face')));
  await withScripts.close();
  await context.close();
});
