import { startBuiltApp } from './app-server';

declare global {
  var __DONDOC_E2E_APP__: import('./app-server').RunningApp | undefined;
}

export default async function globalSetup(): Promise<void> {
  const app = await startBuiltApp();
  globalThis.__DONDOC_E2E_APP__ = app;
  process.env['DONDOC_E2E_URL'] = app.url;
}
