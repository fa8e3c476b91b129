#!/usr/bin/env node
// The Node flags and environment the backend runs with (`npm start`, `nx serve backend`, and the
// built app the end-to-end tests and benchmarks start). Run alone, prints them for `env`:
//   env $(node tools/backend-node-args.mjs) dist/backend/main.js
// or, with --json, as {"args": [...], "env": {...}}.
import { totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';

const MB = 1024 * 1024;
/** What the old generation may grow to, at most: room for the largest imports and reports. */
const MOST_OLD_SPACE_MB = 1024;
/** Below this the largest imports and reports would not fit. */
const LEAST_OLD_SPACE_MB = 256;
/**
 * How far the old generation may grow past what was alive after a full collection before the
 * next one, in per cent. V8 derives it from the heap's cap instead (up to 1.3 times at 256 MB,
 * 1.6 at 1 GB, 4 from 2 GB), so a backend holding 100 MB sat on 60–110 MB of garbage after a few
 * big reads (the memory bench on SQLite: 296–313 MB with a 512 MB or 1 GB cap; 244 MB at 20 %,
 * 315 MB at 35 %).
 * The price is more full collections while a request builds up a lot: a ward's report figures
 * spend about twice as long collecting garbage (0.5–1 s a request against 0.3–0.45 s).
 */
const OLD_SPACE_GROWTH_PERCENT = 20;
/**
 * Each of the young generation's two halves, in MB. V8 grows them to 16 MB when allocation is
 * brisk, as it is at start, and keeps 32 MB committed from then on; 8 MB halves hold 16 MB less.
 * A whole board reads as fast; young collections are twice as many, and with the growth above
 * cost moves about 0.1 ms each in pauses (of 4 ms of CPU per move).
 */
const SEMI_SPACE_MB = 8;

/**
 * Not among them: --enable-source-maps. With it Node reads and keeps the source map of every
 * module that names one, and the dependencies' (TypeORM's and class-validator's, with their
 * TypeScript sources) held 16 MB of heap for good. Stack traces name lines of
 * dist/backend/main.js instead, with function and class names intact (the bundle is not
 * minified); NODE_OPTIONS=--enable-source-maps maps them to the sources when that is needed.
 *
 * Why heap flags at all: V8 sizes the old generation from the machine's memory (4 GB on a
 * machine of 16 GB or more) and lets garbage pile up in proportion to it. The cap is a quarter
 * of the machine's memory, within 256 MB–1 GB, a ceiling for the biggest imports and reports;
 * what keeps a server's heap near what it holds alive is the growth and the young generation
 * fixed above, whatever the cap.
 */
export function backendNodeArgs(totalBytes = totalmem()) {
  const quarter = Math.floor(totalBytes / 4 / MB);
  const oldSpace = Math.max(LEAST_OLD_SPACE_MB, Math.min(MOST_OLD_SPACE_MB, quarter));
  return [
    `--max-old-space-size=${oldSpace}`,
    `--heap-growing-percent=${OLD_SPACE_GROWTH_PERCENT}`,
    `--max-semi-space-size=${SEMI_SPACE_MB}`,
  ];
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
