/** The workflow keeps a submission's deliverable as a short text (at most 200 characters). */
const MAX_REFERENCE_LENGTH = 200;

/**
 * The deliverable reference the server writes into a submission that carries files, e.g.
 * "v2: ke-hoach.pdf, phu-luc.xlsx"; names that do not fit are counted instead ("… và 3 tệp khác").
 */
export function submissionReference(versionNumber: number, names: readonly string[]): string {
  const head = `v${versionNumber}: `;
  for (let shown = names.length; shown >= 1; shown--) {
    const rest = names.length - shown;
    const text = head + names.slice(0, shown).join(', ') + (rest > 0 ? ` và ${rest} tệp khác` : '');
    if (text.length <= MAX_REFERENCE_LENGTH) return text;
  }
  return `${head}${names.length} tệp`;
}
