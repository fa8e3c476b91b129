import { type BuiltApp, startBuiltApp } from '@dondoc/test-support';

declare global {
  var __DONDOC_E2E_APP__: BuiltApp | undefined;
}

/** One app for the whole e2e run: the built backend and frontend on a fresh SQLite with the demo data. */
export default async function globalSetup(): Promise<void> {
  const app = await startBuiltApp();
  globalThis.__DONDOC_E2E_APP__ = app;
  process.env['DONDOC_E2E_URL'] = app.url;
}
