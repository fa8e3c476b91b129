/**
 * The one text form of a JSON value that hashes the same wherever it is computed: object keys in
 * code-unit order at every depth, no whitespace, and JSON.stringify's rules for everything else
 * (an undefined property is left out, as it is when the value is stored and read back).
 *
 * Written here rather than taken from a package on purpose: every stored hash depends on these
 * bytes, so they must not change with a dependency upgrade.
 */
export function canonicalJson(value: unknown): string {
  const plain: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
  return write(plain);
}

function write(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(write).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${write(record[key])}`);
  return `{${members.join(',')}}`;
}
