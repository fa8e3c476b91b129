/**
 * Event ids are numeric strings that may outgrow a double (bigint sequences), so they are
 * compared as decimal numbers by length first, then digit by digit.
 */
export function compareEventIds(a: string, b: string): number {
  const left = a.replace(/^0+(?=\d)/, '');
  const right = b.replace(/^0+(?=\d)/, '');
  if (left.length !== right.length) return left.length - right.length;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The newer of two event ids; a missing one never wins. */
export function newestEventId(current: string | null, candidate: string | null): string | null {
  if (candidate === null) return current;
  if (current === null) return candidate;
  return compareEventIds(candidate, current) > 0 ? candidate : current;
}
