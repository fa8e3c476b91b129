import { type BuiltApp, startBuiltApp } from '@dondoc/test-support';
import { type Browser, chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Debian's Chromium, never a downloaded build, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
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

let running: BuiltApp | null = null;

/**
 * Starts the built app (fresh SQLite, demo data) before the file's journeys and stops it after,
 * so journey files never share state.
 */
export function useBuiltApp(): void {
  beforeAll(async () => {
    running = await startBuiltApp();
  });
  afterAll(async () => {
    await running?.stop();
    running = null;
  });
}

export function appUrl(): string {
  if (!running) throw new Error('no app is running: call useBuiltApp() in the journey file');
  return running.url;
}
