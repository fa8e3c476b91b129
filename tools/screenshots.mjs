#!/usr/bin/env node
// `npm run screenshots`: the three boards in Vietnamese, as the README shows them. Builds the apps
// (unless --skip-build), starts the built backend on a throw-away SQLite with the demo data, signs in
// as the demo users in Debian's Chromium and writes docs/screenshots/*.png.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, ensureChromium } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
/** The browser tests' flags too (libs/test-support): one list for every headless Chromium here. */
const CHROMIUM_FLAGS = JSON.parse(readFileSync(join(root, 'tools/chromium-flags.json'), 'utf8'));
const outDir = join(root, 'docs/screenshots');
const DESKTOP = { width: 1600, height: 1000 };
const PHONE = { width: 390, height: 844 };
const PASSWORD = 'dondoc2026';

/** What to photograph: who signs in, where they go, what must be on screen first. */
const SHOTS = [
  {
    file: 'plan-board.png',
    user: 'hd.vhxh.head',
    path: '/',
    ready: '[data-testid="board"] [data-testid^="card-"]',
    viewport: DESKTOP,
  },
  {
    file: 'unit-board.png',
    user: 'hd.vhxh.staff',
    path: '/don-vi',
    ready: '[data-testid="unit-group-to_do"] article',
    viewport: DESKTOP,
  },
  {
    file: 'leadership-board.png',
    user: 'tp.leader',
    path: '/lanh-dao',
    ready: '[data-testid="leadership-total-all"]',
    viewport: DESKTOP,
  },
  {
    file: 'leadership-board-phone.png',
    user: 'tp.leader',
    path: '/lanh-dao?ward=NC',
    ready: '[data-testid="leadership-total-all"]',
    viewport: PHONE,
    phone: true,
  },
];

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => done(port));
    });
  });
}

function build() {
  const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' };
  const result = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'backend', 'frontend'], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** The built backend serving the built frontend, on a fresh SQLite seeded with the demo wards. */
async function startApp() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'dondoc-screenshots-'));
  const child = spawn(process.execPath, [join(root, 'dist/backend/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      FRONTEND_DIST: join(root, 'dist/frontend/browser'),
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the backend exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  await stop();
  throw new Error(`the backend did not answer ${url}/api/health`);
}

async function shoot(browser, url, shot) {
  const context = await browser.newContext({
    viewport: shot.viewport,
    deviceScaleFactor: shot.phone ? 2 : 1,
    isMobile: Boolean(shot.phone),
    hasTouch: Boolean(shot.phone),
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  // Vietnamese whatever the browser says; the app remembers the choice here.
  await context.addInitScript(() => localStorage.setItem('dondoc.language', 'vi'));
  const page = await context.newPage();
  try {
    await page.goto(`${url}/dang-nhap`);
    await page.getByTestId('login-username').fill(shot.user);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((address) => !address.pathname.startsWith('/dang-nhap'));
    await page.goto(`${url}${shot.path}`);
    await page.locator(shot.ready).first().waitFor({ timeout: 30_000 });
    // Fonts and the last layout pass before the picture.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(400);
    const file = join(outDir, shot.file);
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  } finally {
    await context.close();
  }
}

async function main() {
  if (!process.argv.includes('--skip-build')) build();
  for (const built of ['dist/backend/main.js', 'dist/frontend/browser/index.html'])
    if (!existsSync(join(root, built))) throw new Error(`${built} is missing: build the apps first`);
  ensureChromium();
  mkdirSync(outDir, { recursive: true });
  const app = await startApp();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  try {
    for (const shot of SHOTS) await shoot(browser, app.url, shot);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
