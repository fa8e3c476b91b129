// Test data of the deadline engine, for benchmarks and other projects' tests; not part of the library's API.
export { SEED_DEADLINE_CELLS } from './lib/testing/seed-deadline-cells';
