#!/usr/bin/env node
// The Node flags the backend runs with (`npm start`, `nx serve backend`, and the built app the
// end-to-end tests and benchmarks start); run alone, prints them for a shell:
//   node $(node tools/backend-node-args.mjs) dist/backend/main.js
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

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(backendNodeArgs().join(' '));
