import { nfc } from '../vietnamese-text';

/** Excel refuses these in a sheet's name, and names longer than 31 characters. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/**
 * Names for sheets from section titles or unit names: forbidden characters become spaces, long
 * names are cut to 31 characters (ending in "…"), and repeats get " (2)", " (3)"… (Excel compares names without
 * case).
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const taken = new Set<string>();
  return wanted.map((name) => {
    const base =
      nfc(name)
        .replace(FORBIDDEN, ' ')
        .replace(/\s+/g, ' ')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Trang';
    for (let copy = 1; ; copy++) {
      const suffix = copy === 1 ? '' : ` (${copy})`;
      const room = MAX_LENGTH - suffix.length;
      const cut = base.length > room ? `${base.slice(0, room - 1).trimEnd()}…` : base;
      const candidate = cut + suffix;
      if (!taken.has(candidate.toLocaleLowerCase('vi'))) {
        taken.add(candidate.toLocaleLowerCase('vi'));
        return candidate;
      }
    }
  });
}
