// Shared set-up for the browser tests: a real `dossier serve` over a fresh
// temporary library, and Debian's Chromium driven by playwright-core with a
// fresh profile. Playwright cannot download browsers here, so the system
// Chromium is used and nothing else is fetched.

import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where screenshots go (gitignored). */
export const ARTIFACTS = path.join(here, 'artifacts');
/** The repository's shared test fixtures. */
export const FIXTURES = path.resolve(here, '..', 'fixtures');

const DOSSIER_BIN = process.env.DOSSIER_BIN || '/var/tmp/dossier-target/debug/dossier';
/** The UI under test: this checkout's `ui/`, whatever the binary would default to. */
const UI_DIR = path.resolve(here, '..', '..', 'ui');
const CHROMIUM = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SERVER_START_TIMEOUT_MS = 30_000;

/**
 * Starts `dossier serve --port 0` on a new temporary library, serving this
 * checkout's `ui/`, and waits for
 * the line that names its address.
 * @returns {Promise<{url: string, library: string, stop: () => Promise<void>, output: () => string}>}
 */
export async function startServer() {
  const library = await mkdtemp(path.join(tmpdir(), 'dossier-browser-library-'));
  const child = spawn(DOSSIER_BIN, ['serve', '--port', '0', '--ui', UI_DIR, '--library', library], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`dossier serve printed no address within ${SERVER_START_TIMEOUT_MS} ms\nstdout: ${stdout}\nstderr: ${stderr}`)),
      SERVER_START_TIMEOUT_MS,
    );
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      const match = /Serving Dossier at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot start ${DOSSIER_BIN} (set DOSSIER_BIN to the dossier binary): ${error.message}`));
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`dossier serve exited early (code ${code}, signal ${signal})\nstdout: ${stdout}\nstderr: ${stderr}`));
    });
  });
  return {
    url,
    library,
    output: () => `stdout:\n${stdout}\nstderr:\n${stderr}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(library, { recursive: true, force: true });
    },
  };
}

/**
 * Launches Chromium with a fresh profile.
 * @returns {Promise<{context: import('playwright-core').BrowserContext, close: () => Promise<void>}>}
 */
export async function launchBrowser() {
  const profile = await mkdtemp(path.join(tmpdir(), 'dossier-browser-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 1280, height: 860 },
    locale: 'en-GB',
    timezoneId: 'UTC',
  });
  // Generous: the machine is shared with compilers, and imports run the full extraction.
  context.setDefaultTimeout(30_000);
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One server, one browser and one page for a test file, with the page's
 * uncaught errors collected so each file can assert there were none.
 */
export async function openApp() {
  const server = await startServer();
  let browser;
  try {
    browser = await launchBrowser();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const page = browser.context.pages()[0] || (await browser.context.newPage());
  const pageErrors = [];
  const dialogs = [];
  const unanswered = new Set();
  page.on('request', (request) => unanswered.add(request.url()));
  page.on('requestfinished', (request) => unanswered.delete(request.url()));
  page.on('requestfailed', (request) => unanswered.delete(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  return {
    server,
    page,
    context: browser.context,
    pageErrors,
    dialogs,
    /** Opens the app; a load that never finishes names the requests the server left unanswered. */
    open: async (hash = '') => {
      try {
        await page.goto(server.url + hash);
      } catch (error) {
        throw new Error(`${error.message}\nrequests dossier serve never answered: ${[...unanswered].join(', ') || 'none'}`);
      }
    },
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}

/** Saves a full-page screenshot as artifacts/<name>.png. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** Writes a file into a fresh temporary folder and returns its path. */
export async function writeTempFile(name, content) {
  const dir = await mkdtemp(path.join(tmpdir(), 'dossier-browser-files-'));
  const file = path.join(dir, name);
  await writeFile(file, content);
  return file;
}

/** Runs one command of the list over HTTP, as the UI does. */
export async function api(server, command, request = {}) {
  const response = await fetch(new URL(`api/${command}`, server.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`${command} failed: ${response.status} ${JSON.stringify(body)}`);
  return body;
}

/**
 * Clicks an entry of the main navigation (Quotes, Countries, Speakers,
 * Import) and waits until its view has replaced the one before: the app
 * renders a view in its `hashchange` handler, which runs after the click
 * returns, so a locator used at once could still find the old view.
 */
export async function goTo(page, name) {
  const link = page.locator('nav[aria-label="Main"]').getByRole('link', { name, exact: true });
  const target = await link.getAttribute('href');
  await link.click();
  await page.waitForFunction((hash) => location.hash === hash, target);
  // The hashchange event is queued before this task, so its handler has run once this resolves.
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  await page.locator('nav[aria-label="Main"] [aria-current="page"]').filter({ hasText: name }).waitFor();
}
