/** Bidi overrides and isolates can make a text read otherwise than it is stored (U+202A–E, U+2066–9). */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Characters that show nothing: zero-width space, joiners, word joiner, byte-order mark. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/** User text as stored: NFC, without bidi controls. */
export function storedText(value: string): string {
  return value.normalize('NFC').replace(BIDI_CONTROLS, '');
}

/** Whether a text shows nothing at all: only whitespace, zero-width or bidi characters. */
export function isBlankText(value: string): boolean {
  return storedText(value).replace(INVISIBLE, '').trim() === '';
}
