import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const app = globalThis.__DONDOC_E2E_APP__;
  if (!app) return;
  app.process.kill('SIGTERM');
  await new Promise((done) => (app.process.exitCode !== null ? done(null) : app.process.once('exit', done)));
  rmSync(app.dataDir, { recursive: true, force: true });
}
