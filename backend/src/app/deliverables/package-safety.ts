import { readZipEntryText, type ZipEntryInfo } from './zip-entries';

/** Why a zip-based upload is refused before anything in it is expanded. */
export type PackageRefusal = 'zip_bomb' | 'macro_enabled';

/** Limits on what an archive declares; real Word and Excel files stay far below every one. */
export const PACKAGE_LIMITS = {
  /** Sum of the declared expanded sizes of all entries. */
  maxExpandedBytes: 200 * 1024 * 1024,
  /** Expanded ÷ compressed size of one entry large enough to matter. */
  maxCompressionRatio: 100,
  maxEntries: 5_000,
} as const;

/** Ratios only matter once an entry is big enough to hurt; tiny XML parts compress oddly well. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** A content-types or relationships part is a few kilobytes; more is not read. */
const DECLARATION_MAX_BYTES = 1024 * 1024;

/** An archive whose declared sizes are absurd, judged from the central directory alone. */
export function isZipBomb(
  entries: readonly ZipEntryInfo[],
  limits: { readonly [key in keyof typeof PACKAGE_LIMITS]: number } = PACKAGE_LIMITS,
): boolean {
  if (entries.length > limits.maxEntries) return true;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) return true;
  }
  return total > limits.maxExpandedBytes;
}

const MACRO_CONTENT_TYPE = /ContentType\s*=\s*["'][^"']*(?:macroEnabled|vbaProject|vbaData)[^"']*["']/i;
const MACRO_RELATIONSHIP =
  /Type\s*=\s*["'][^"']*\/(?:vbaProject|vbaProjectSignature|wordVbaData|keyMapCustomizations)["']/i;
/** Belt and braces: the part name Office itself gives a VBA project, declared or not. */
const VBA_PART_NAME = /(^|\/)vbaProject\.bin$/i;

/**
 * Whether a package carries macros, decided from what it declares (its content types and
 * relationships): a VBA project renamed to anything is still declared as one, or Office would
 * not run it. A declaration part that cannot be read counts as macro-enabled: refused, not guessed.
 */
export function isMacroEnabled(bytes: Buffer, entries: readonly ZipEntryInfo[]): boolean {
  for (const entry of entries) {
    if (VBA_PART_NAME.test(entry.name)) return true;
    const declares = entry.name === '[Content_Types].xml' || entry.name.endsWith('.rels');
    if (!declares) continue;
    const text = readZipEntryText(bytes, entry, DECLARATION_MAX_BYTES);
    if (text === null || MACRO_CONTENT_TYPE.test(text) || MACRO_RELATIONSHIP.test(text)) return true;
  }
  return false;
}

/** What keeps a zip-based upload out, or null when it may be looked at further. */
export function packageRefusal(bytes: Buffer, entries: readonly ZipEntryInfo[]): PackageRefusal | null {
  if (isZipBomb(entries)) return 'zip_bomb';
  if (isMacroEnabled(bytes, entries)) return 'macro_enabled';
  return null;
}
