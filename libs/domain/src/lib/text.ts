/**
 * Folds Vietnamese text for matching: NFC first (pasted text often arrives decomposed), then
 * strips the tone and vowel marks, maps đ/Đ to d, lower-cases and collapses white space.
 * "Kế  hoạch" and "ke hoach" fold to the same string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFC')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of the query appears in the text, ignoring diacritics and case. */
export function matchesSearch(text: string, query: string): boolean {
  const folded = foldVietnamese(text);
  return foldVietnamese(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => folded.includes(word));
}
