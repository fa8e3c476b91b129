#!/usr/bin/env node
// `npm start`: builds the Angular app and the backend, then serves both on one port
// (default 3000) over the embedded SQLite database, seeded with the real plans on first start.
import { spawn, spawnSync } from 'node:child_process';
import { backendEnv, backendNodeArgs } from './backend-node-args.mjs';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' };
const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', 'backend', 'frontend', '--parallel=2'],
  {
    cwd: root,
    env,
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

// The heap sized for the machine and two malloc arenas: see backend-node-args.mjs.
const server = spawn(process.execPath, [...backendNodeArgs(), 'dist/backend/main.js'], {
  cwd: root,
  env: { ...env, ...backendEnv(env) },
  stdio: 'inherit',
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
  process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
