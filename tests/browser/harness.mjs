// Test harness: starts a real `garita serve` on a free port with a fresh SQLite database, and a
// headless Chromium from Debian's package. Screenshots go to target/browser-artifacts/ (kept by CI).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createHmac } from 'node:crypto';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = join(root, 'target', 'browser-artifacts');
mkdirSync(artifacts, { recursive: true });

/** Starts `garita serve --bind 127.0.0.1:0` and resolves once it prints the URL it listens on. */
export async function startGarita(env = {}) {
  const bin = process.env.GARITA_BIN ?? join(root, 'target', 'debug', 'garita');
  const dir = mkdtempSync(join(tmpdir(), 'garita-browser-'));
  const child = spawn(bin, ['serve', '--bind', '127.0.0.1:0', '--database', `sqlite://${dir}/garita.db`], {
    cwd: dir,
    // No drand relay: the tests reach nothing outside this machine (records say `missing`).
    env: { ...process.env, GARITA_BEACON_RELAYS: '[]', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((ok, fail) => {
    let seen = '';
    child.stdout.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/listening on (http:\/\/\S+)/);
      if (match) ok(match[1]);
    });
    child.on('exit', (code) => fail(new Error(`garita exited with ${code} before listening`)));
    child.on('error', fail);
  });
  return {
    url,
    dir,
    bin,
    env: { ...process.env, GARITA_BEACON_RELAYS: '[]', ...env },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((ok) => child.once('exit', ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The testkit's Stripe-shaped payment server (`target/debug/garita-stripe`, built by the test
 * command): its API, its hosted payment page, and its signed events sent to the webhook set with
 * `setWebhook`. Stops when its standard input closes.
 */
export async function startStripe() {
  const bin = join(root, 'target', 'debug', 'garita-stripe');
  const child = spawn(bin, [], { stdio: ['pipe', 'pipe', 'inherit'] });
  let seen = '';
  const said = (pattern) =>
    new Promise((ok, fail) => {
      const look = () => {
        const match = seen.match(pattern);
        if (match) {
          child.stdout.off('data', more);
          ok(match);
        }
      };
      const more = (chunk) => {
        seen += chunk;
        look();
      };
      child.stdout.on('data', more);
      child.once('error', fail);
      look();
    });
  const url = (await said(/listening on (http:\/\/\S+)/))[1];
  return {
    url,
    async setWebhook(to) {
      child.stdin.write(`webhook ${to}\n`);
      await said(/webhook set/);
    },
    async stop() {
      child.stdin.end();
      await new Promise((ok) => (child.exitCode !== null ? ok() : child.once('exit', ok)));
    },
  };
}

/**
 * A request window open now, whatever the hour the tests run: a zone where it is about midday
 * and a window from 06:00 to 18:00. Returns the variables for `startGarita` and today's service
 * date in that zone.
 */
export function windowOpenNow() {
  const offset = 12 - new Date().getUTCHours();
  const zone = offset === 0 ? 'Etc/GMT' : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  return {
    env: { GARITA_WINDOW_ZONE: zone, GARITA_WINDOW_OPENS: '06:00', GARITA_WINDOW_CLOSES: '18:00' },
    serviceDate: new Date(Date.now() + offset * 3600_000).toISOString().slice(0, 10),
  };
}

/** Debian's Chromium, headless, with the flags this sandbox needs (and any given). */
export function launchBrowser(extraArgs = []) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // A fake camera (a moving test pattern) for the photo page's camera.
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      ...extraArgs,
    ],
  });
}

/**
 * A camera for `context` that turns its head as the page asks. Chromium's own fake camera plays a
 * file in a loop and cannot follow a drawn order of poses, so this one is a canvas stream showing
 * two photographs of one face (`crates/platform/faces/tests/data/obama-*.jpg`): facing, turned
 * right, and the same turned picture mirrored for left, whichever pose the page's words ask for
 * (`.camera [aria-live]`, matched to `#page-data`'s `data-liveness-*`). The page, its challenge
 * and the server's checks stay the real ones.
 */
export async function turningCamera(context) {
  const picture = (name) =>
    `data:image/jpeg;base64,${readFileSync(join(root, 'crates', 'platform', 'faces', 'tests', 'data', name)).toString('base64')}`;
  await context.addInitScript(({ front, turned }) => {
    const load = (src) => new Promise((done) => { const i = new Image(); i.onload = () => done(i); i.src = src; });
    navigator.mediaDevices.getUserMedia = async () => {
      const [facing, side] = await Promise.all([load(front), load(turned)]);
      const canvas = document.createElement('canvas');
      canvas.width = 900;
      canvas.height = 900;
      const g = canvas.getContext('2d');
      const asked = () => {
        const said = document.querySelector('.camera [aria-live]')?.textContent;
        const data = document.getElementById('page-data')?.dataset ?? {};
        return ['left', 'right'].find((p) => said && data[`liveness${p[0].toUpperCase()}${p.slice(1)}`] === said) ?? 'front';
      };
      const draw = () => {
        const pose = asked();
        const image = pose === 'front' ? facing : side;
        const scale = Math.min(1, 800 / Math.max(image.width, image.height));
        const [w, h] = [Math.round(image.width * scale), Math.round(image.height * scale)];
        g.fillStyle = 'rgb(128,128,128)';
        g.fillRect(0, 0, 900, 900);
        g.save();
        if (pose === 'left') { g.translate(w, 0); g.scale(-1, 1); }
        g.drawImage(image, 0, 0, w, h);
        g.restore();
      };
      draw();
      setInterval(draw, 50);
      return canvas.captureStream(20);
    };
  }, { front: picture('obama-1.jpg'), turned: picture('obama-2.jpg') });
}

/**
 * Fills a traveller's form: `p` gives the name, date of birth, gender, height and weight, and may
 * give the birth `country`, `city`, home `address` and `travel` history (else a Venezuelan from
 * Maracaibo). Everyone lives in Mexico and speaks Spanish.
 */
export async function fillPerson(page, p) {
  const country = p.country ?? 'VE';
  await page.fill('input[name=given]', p.given);
  await page.fill('input[name=family]', p.family);
  await page.fill('input[name=birth_day]', p.day);
  await page.fill('input[name=birth_month]', p.month);
  await page.fill('input[name=birth_year]', p.year);
  await page.selectOption('select[name=birth_country]', country);
  await page.fill('input[name=birth_city]', p.city ?? 'Maracaibo');
  await page.selectOption('select[name=residence]', 'MX');
  await page.selectOption('select[name=nationality]', country);
  await page.selectOption('select[name=gender]', p.gender);
  await page.fill('input[name=language]', 'Español');
  await page.fill('input[name=height_cm]', p.height);
  await page.fill('input[name=weight]', p.weight);
  await page.selectOption('select[name=eyes]', 'brown');
  await page.fill('input[name=home_address]', p.address ?? 'Calle 72, Maracaibo, Venezuela');
  await page.fill('input[name=travel_history]', p.travel ?? 'Colombia, Panamá, Costa Rica, Guatemala');
}

/**
 * A message's value straight from a Fluent catalog (single-line messages only): the platform's
 * (crates/platform/i18n) or a service's (crates/services/NAME), wherever the file is.
 */
export function message(locale, key, catalog = 'garita.ftl') {
  const homes = [join(root, 'crates', 'platform', 'i18n')].concat(
    readdirSync(join(root, 'crates', 'services')).map((s) => join(root, 'crates', 'services', s)),
  );
  const file = homes.map((h) => join(h, 'locales', locale, catalog)).find((f) => existsSync(f));
  if (!file) throw new Error(`no catalog ${catalog} for ${locale}`);
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith(`${key} =`));
  if (!line) throw new Error(`${key} not in ${file}`);
  return line.slice(key.length + 2).trim();
}

/**
 * The headers of a raw message, unfolded, with RFC 2047 encoded words decoded. (mailparser would
 * do this, but its current dependencies are not all on the registry this machine reaches.)
 */
function headers(raw) {
  const head = raw.split(/\r?\n\r?\n/)[0].replace(/\r?\n[ \t]+/g, ' ');
  // Whitespace between two encoded words is not part of the text; elsewhere it is.
  const decode = (value) =>
    value.replace(/(\?=)\s+(?==\?)/g, '$1').replace(/=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g, (_, _charset, encoding, text) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex) => String.fromCharCode(parseInt(hex, 16))),
            'latin1',
          ).toString('utf8'),
    ).trim();
  const field = (name) => decode((head.match(new RegExp(`^${name}: (.*)$`, 'mi')) ?? [])[1] ?? '');
  return { to: field('To'), subject: field('Subject'), raw };
}

/** A real SMTP server on a free port that keeps every message it receives. */
export async function startSmtpSink() {
  const { SMTPServer } = await import('smtp-server');
  const messages = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, done) {
      const chunks = [];
      stream.on('data', (chunk) => chunks.push(chunk));
      stream.on('end', () => {
        messages.push(headers(Buffer.concat(chunks).toString('utf8')));
        done();
      });
    },
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.server.address();
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    /** Waits for the n-th message (1-based) to arrive. */
    async nth(n, timeoutMs = 15000) {
      const start = Date.now();
      while (messages.length < n) {
        if (Date.now() - start > timeoutMs) throw new Error(`only ${messages.length} messages arrived`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
      return messages[n - 1];
    },
    stop: () => new Promise((ok) => server.close(ok)),
  };
}

/** The code an authenticator app shows for a base-32 key at a time (RFC 6238: SHA-1, 30 s). */
export function totp(key, ms) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of key.replace(/\s/g, '')) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const secret = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const step = Buffer.alloc(8);
  step.writeBigUInt64BE(BigInt(Math.floor(ms / 30_000)));
  const mac = createHmac('sha1', secret).update(step).digest();
  const at = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(at) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/**
 * A staff account's set-up from its one-time link (a password and the authenticator app, its
 * key read from the page), then signing in: password, then the app's code (the next step's:
 * the set-up used this one). The buttons are found by their words in the page's `locale`.
 */
export async function setUpAndSignIn(garita, page, email, setup, locale = 'en') {
  const e = (key) => message(locale, key, 'accounts.ftl');
  await page.goto(`${garita.url}${setup}`);
  const key = (await page.textContent('main')).match(/([A-Z2-7]{4}(?: [A-Z2-7]{1,4})+)/)[1];
  await page.fill('input[name=password]', 'a long staff passphrase 2026');
  await page.fill('input[name=code]', totp(key, Date.now()));
  await Promise.all([page.waitForNavigation(), page.click(`button:has-text("${e('setup-submit')}")`)]);
  await page.goto(`${garita.url}/signin`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=password]', 'a long staff passphrase 2026');
  await Promise.all([page.waitForURL(/\/signin\/code/), page.click(`button:has-text("${e('signin-submit')}")`)]);
  await page.fill('input[name=code]', totp(key, Date.now() + 30_000));
  await Promise.all([page.waitForNavigation(), page.click(`button:has-text("${e('totp-submit')}")`)]);
}

/**
 * A staff member made with `garita admin create-user` (these arguments), set up and signed in
 * on a page in `locale`.
 */
export async function staffSignIn(garita, page, email, args, locale = 'en') {
  const made = spawnSync(garita.bin, ['admin', 'create-user', '--email', email, ...args,
    '--database', `sqlite://${garita.dir}/garita.db`], { cwd: garita.dir, env: garita.env, encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr + made.stdout);
  await setUpAndSignIn(garita, page, email, made.stdout.match(/\/setup\/\S+/)[0], locale);
}
