#!/usr/bin/env node
// The Node flags and environment the backend runs with (`npm start`, `nx serve backend`, and the
// built app the end-to-end tests and benchmarks start). Run alone, prints them for `env`:
//   env $(node tools/backend-node-args.mjs) dist/backend/main.js
// or, with --json, as {"args": [...], "env": {...}}.
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const MB = 1024 * 1024;
/** What the old generation may grow to, at most: a ward's 100,000 tasks with 1,000 boards open hold about 200 MB. */
const MOST_OLD_SPACE_MB = 1024;
/** Below this the largest imports and reports would not fit. */
const LEAST_OLD_SPACE_MB = 256;

/**
 * Why a heap size at all: V8 sizes the old generation from the machine's memory (4 GB on a
 * machine of 16 GB or more) and, with that much room, lets the heap grow up to four times what
 * was alive after its last full collection before it collects again. A backend that holds
 * 200 MB then sits at 500–600 MB after a few big reads, most of it garbage. With at most 1 GB
 * V8 grows the heap by at most 1.6 times (its factor scales from 1.3 at 256 MB to 4 at 2 GB), so
 * garbage is collected near what is alive, and 1 GB still leaves five times that for imports
 * and reports. A quarter of the machine's memory on a small machine, never under 256 MB.
 */
export function backendNodeArgs(totalBytes = totalmem()) {
  const quarter = Math.floor(totalBytes / 4 / MB);
  const oldSpace = Math.max(LEAST_OLD_SPACE_MB, Math.min(MOST_OLD_SPACE_MB, quarter));
  return [`--max-old-space-size=${oldSpace}`];
}

/**
 * glibc gives each thread that allocates its own malloc arena (up to eight per core), and memory
 * freed in one stays with it: the app's native allocations (SQLite, zlib for compressed answers,
 * sockets) spread over the libuv and V8 threads leave tens of MB resident. Two arenas measured
 * 27 MB less after big reads (296 against 323 MB) at no visible cost in speed. The operator's
 * own value wins.
 */
export function backendEnv(env = process.env) {
  return { MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '2' };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = backendNodeArgs();
  const env = backendEnv();
  if (process.argv[2] === '--json') console.log(JSON.stringify({ args, env }));
  else
    console.log(
      [...Object.entries(env).map(([name, value]) => `${name}=${value}`), process.execPath, ...args].join(
        ' ',
      ),
    );
}
