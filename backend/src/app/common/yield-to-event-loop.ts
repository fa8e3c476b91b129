/**
 * Lets the requests and socket messages that queued up meanwhile run before the caller goes on:
 * a job that walks thousands of rows calls it between chunks, so that SQLite's synchronous driver
 * does not hold the event loop (and the one connection) for the whole run.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
