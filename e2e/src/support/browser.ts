import { type BuiltApp, startBuiltApp } from '@dondoc/test-support';

export { CHROMIUM_PATH, launchChromium } from '@dondoc/test-support';

let running: BuiltApp | null = null;

/**
 * Starts the built app (fresh SQLite, demo data) before the file's journeys and stops it after,
 * so journey files never share state. `env` adds to or overrides the app's environment.
 */
export function useBuiltApp(env: Record<string, string> = {}): void {
  beforeAll(async () => {
    running = await startBuiltApp(env);
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

/** The running app's data folder (its SQLite file is `dondoc.sqlite` there). */
export function appDataDir(): string {
  if (!running) throw new Error('no app is running: call useBuiltApp() in the journey file');
  return running.dataDir;
}
