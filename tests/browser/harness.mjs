// Test harness: starts a real `garita serve` on a free port with a fresh SQLite database, and a
// headless Chromium from Debian's package. Screenshots go to target/browser-artifacts/ (kept by CI).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = join(root, 'target', 'browser-artifacts');
mkdirSync(artifacts, { recursive: true });

/** Starts `garita serve --bind 127.0.0.1:0` and resolves once it prints the URL it listens on. */
export async function startGarita() {
  const bin = process.env.GARITA_BIN ?? join(root, 'target', 'debug', 'garita');
  const dir = mkdtempSync(join(tmpdir(), 'garita-browser-'));
  const child = spawn(bin, ['serve', '--bind', '127.0.0.1:0', '--database', `sqlite://${dir}/garita.db`], {
    cwd: dir,
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
    async stop() {
      child.kill('SIGTERM');
      await new Promise((ok) => child.once('exit', ok));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with the flags this sandbox needs. */
export function launchBrowser() {
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
    ],
  });
}

/** A message's value straight from a Fluent catalog (single-line messages only). */
export function message(locale, key) {
  const file = join(root, 'crates', 'i18n', 'locales', locale, 'garita.ftl');
  const line = readFileSync(file, 'utf8').split('\n').find((l) => l.startsWith(`${key} =`));
  if (!line) throw new Error(`${key} not in ${file}`);
  return line.slice(key.length + 2).trim();
}
