// Every page, in every language, on a 320 px phone: nothing is wider than the screen, and the
// footer links the privacy notice and the accessibility statement. A person
// signs up, registers, adds a photo and asks for an appointment (so that the pages show an entry
// number, a registration record and a day's draw), then each page is opened in each of the ten
// languages; any page wider than 320 px fails, named with its language and width. Screenshots of
// the widest pages go to target/browser-artifacts/narrow-*.png.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { root, startGarita, startSmtpSink, launchBrowser, artifacts, fillPerson, windowOpenNow } from './harness.mjs';

const LANGUAGES = ['en', 'es', 'ht', 'fr', 'pt', 'ru', 'zh-Hans', 'ar', 'tr', 'hi'];

let smtp;
let garita;
let browser;
let serviceDate;

before(async () => {
  const open = windowOpenNow();
  serviceDate = open.serviceDate;
  smtp = await startSmtpSink();
  garita = await startGarita({ GARITA_SMTP_URL: smtp.url, ...open.env });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await garita?.stop();
  await smtp?.stop();
});

test('every page fits a 320 px screen in every language', async () => {
  const context = await browser.newContext({
    locale: 'en',
    viewport: { width: 320, height: 640 },
    permissions: ['geolocation'],
    geolocation: { latitude: 32.5412, longitude: -117.0293, accuracy: 12 }, // Tijuana
  });
  const page = await context.newPage();

  await page.goto(`${garita.url}/signup/details?consent=2`);
  await page.fill('input[name=email]', 'narrow.screen@example.org');
  await page.fill('input[name=password]', 'a small phone in Tijuana');
  await page.click('form[action="/signup/details"] button[type=submit]');
  const code = (await smtp.nth(1)).subject.match(/\b(\d{6})\b/)[1];
  await page.fill('input[name=code]', code);
  await page.click('form[action="/signup/verify"] button[type=submit]');
  await page.goto(`${garita.url}/registration`);
  await page.fill('input[name=street]', '1200 Main St');
  await page.fill('input[name=city]', 'Houston');
  await page.selectOption('select[name=state]', 'TX');
  await page.fill('input[name=zip]', '77002');
  await fillPerson(page, { given: 'Guadalupe Esperanza', family: 'Hernández Castañeda', day: '3', month: '4', year: '1990', gender: 'female', height: '160', weight: '58' });
  await page.click('form[action="/registration/start"] button[type=submit]');
  await page.waitForURL(`${garita.url}/registration`);
  const photo = await page.getAttribute('a[href$="/photo"]', 'href');
  const traveller = photo.replace(/\/photo$/, '');
  await page.goto(`${garita.url}${photo}`);
  await page.setInputFiles('input[name=photo]', join(root, 'crates', 'app', 'tests', 'data', 'portrait-1.jpg'));
  await page.click('form[enctype="multipart/form-data"] button[type=submit]');
  await page.waitForURL(`${garita.url}/registration`);
  await page.goto(`${garita.url}/request`);
  await page.selectOption('select[name=port]', 'BRO');
  await Promise.all([page.waitForNavigation(), page.click('form[action="/request"] button[type=submit]')]);
  // The 32-character entry number is shown in groups that wrap, and copies whole.
  assert.match(await page.textContent('main .codes code.long'), /^[0-9a-f]{32}$/);

  const pages = [
    '/', '/ports', '/privacy', '/accessibility', '/record/check', '/draws', `/draws/${serviceDate}`, '/statistics', '/wait-times', '/wait-times/SYS', '/service-status', '/help', '/verify',
    '/account', '/account/cases', '/account/close', '/registration', '/registration/record', '/registration/history', '/registration/address',
    '/registration/travellers/new', traveller, photo, '/request', '/status', '/i94', '/trusted-traveler',
    '/travel-authorization', '/travel-authorization/file?programme=chnv&people=2', '/travel-authorization/invitation',
    '/departure?people=2', '/departure/figures', '/parole', '/notices', '/organizations/apply', '/manifests', '/inspections', '/inspections/declarations',
  ];
  const wide = [];
  for (const lang of LANGUAGES) {
    await page.goto(`${garita.url}/language/${lang}?next=/`);
    for (const path of pages) {
      const response = await page.goto(`${garita.url}${path}`);
      assert.ok(response.ok(), `${lang} ${path}: ${response.status()}`);
      // The privacy notice and the accessibility statement are a tap away from every page.
      assert.equal(await page.locator('footer a[href="/privacy"], footer a[href="/accessibility"]').count(), 2, `${lang} ${path}`);
      // Wider than the screen on either side (right-to-left pages overflow to the left, which
      // scrollWidth does not count): the elements that stick out, to say what to fix. Tables scroll in
      // their own focusable box, and the skip link waits off screen until it has focus.
      const out = await page.evaluate(() => {
        const sticking = [...document.querySelectorAll('body *')].filter((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1) && !e.closest('.table, .skip');
        });
        return {
          width: document.documentElement.scrollWidth,
          culprits: sticking
            .filter((e) => e.children.length === 0)
            .slice(0, 3)
            .map((e) => `<${e.tagName.toLowerCase()} class="${e.className}">${(e.textContent ?? '').slice(0, 40)}`),
        };
      });
      if (out.width > 320 || out.culprits.length > 0) {
        wide.push(`${lang} ${path}: ${out.width}px ${out.culprits.join(' | ')}`);
        await page.screenshot({ path: join(artifacts, `narrow-${lang}-${path.replace(/\W+/g, '_')}.png`), fullPage: true });
      }
    }
  }
  assert.deepEqual(wide, [], `pages wider than 320 px:\n${wide.join('\n')}`);
  await context.close();
});
