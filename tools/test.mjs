#!/usr/bin/env node
// `npm test`: every check and every test tier, in the order CI wants them, ending with one
// closing line "N passed, N failed" summed over all jest runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { postgresAnswers, redisAnswers } from './services.mjs';

const root = new URL('..', import.meta.url).pathname;
const summaryDir = join(root, 'tmp', 'test-summary');
const inCi = process.env.CI === 'true';
const parallel = process.env.NX_PARALLEL ?? '2';
/** @type {NodeJS.ProcessEnv} */
const env = { ...process.env, DONDOC_TEST_SUMMARY_DIR: summaryDir, NX_DAEMON: 'false', NX_TUI: 'false' };

function run(title, command, args) {
  console.log(`\n=== ${title}\n$ ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, env, stdio: 'inherit' });
  console.log(
    `=== ${title}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.status === 0;
}

function closingLine() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  if (existsSync(summaryDir)) {
    for (const file of readdirSync(summaryDir)) {
      const counts = JSON.parse(readFileSync(join(summaryDir, file), 'utf8'));
      for (const key of Object.keys(totals)) totals[key] += counts[key] ?? 0;
    }
  }
  return `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}

async function checkServices() {
  const problems = (await Promise.all([postgresAnswers(), redisAnswers()])).filter(Boolean);
  if (problems.length === 0) return console.log('Services: PostgreSQL and Redis answer.');
  for (const problem of problems) console.error(`Services: ${problem}`);
  if (inCi) {
    console.error('CI needs both services: start them (see DEVELOPMENT.md) and run again.');
    process.exit(1);
  }
  if (problems.some((problem) => problem.startsWith('PostgreSQL'))) {
    console.warn('*** Locally, the PostgreSQL half of the integration tests is SKIPPED. ***');
    env.TEST_DATABASES = 'sqlite';
  }
}

rmSync(summaryDir, { recursive: true, force: true });
mkdirSync(summaryDir, { recursive: true });
await checkServices();
try {
  ensureChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

const nx = ['nx'];
const steps = [
  ['format', 'npx', ['prettier', '--check', '.']],
  ['lint', 'npx', [...nx, 'run-many', '-t', 'lint', `--parallel=${parallel}`, '--skip-nx-cache']],
  ['typecheck', 'npx', [...nx, 'run-many', '-t', 'typecheck', `--parallel=${parallel}`]],
  ['unit tests', 'npx', [...nx, 'run-many', '-t', 'test', `--parallel=${parallel}`, '--skip-nx-cache']],
  ['build', 'npx', [...nx, 'run-many', '-t', 'build', `--parallel=${parallel}`]],
  ['integration tests (SQLite and PostgreSQL)', 'npx', [...nx, 'run', 'backend:integration']],
  ['e2e tests (Chromium)', 'npx', [...nx, 'run', 'e2e:e2e']],
];

let failed = false;
for (const [title, command, args] of steps) {
  if (!run(title, command, args)) {
    failed = true;
    if (title === 'format' || title === 'lint' || title === 'typecheck' || title === 'build') break;
  }
}
console.log(`\nTests: ${closingLine()}`);
process.exit(failed ? 1 : 0);
