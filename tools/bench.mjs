#!/usr/bin/env node
// `npm run bench`: builds the backend and frontend, then runs every bench/*.bench.ts in turn.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, NX_DAEMON: 'false', NX_TUI: 'false' };
const run = (command, args) => spawnSync(command, args, { cwd: root, env, stdio: 'inherit' }).status === 0;

if (!run('npx', ['nx', 'run-many', '-t', 'build', '-p', 'backend', 'frontend', '--parallel=2']))
  process.exit(1);
const only = process.argv[2];
const files = readdirSync(`${root}/bench`).filter(
  (file) => file.endsWith('.bench.ts') && (!only || file.includes(only)),
);
let failed = false;
for (const file of files.sort()) {
  console.log(`\n##### ${file}`);
  failed = !run('npx', ['tsx', `bench/${file}`]) || failed;
}
process.exit(failed ? 1 : 0);
