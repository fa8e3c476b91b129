import { PlanReadError } from './read-error';
import type { ZipEntryInfo } from './zip-directory';
import { readZipEntryText } from './zip-entry';

export interface ZipLimits {
  /** Sum of the declared uncompressed sizes of all entries. */
  maxUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of one large entry; real Office XML stays far below. */
  maxCompressionRatio: number;
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxEntries: 5_000,
};

/** Ratios only matter once an entry is big enough to hurt; tiny parts compress oddly. */
const RATIO_FLOOR_BYTES = 1024 * 1024;
const PACKAGE_PART_MAX_BYTES = 1024 * 1024;

/**
 * Why an archive's declared sizes are absurd (said for the refusal), from the central directory
 * alone, or null when they are not.
 */
export function zipBombReason(
  entries: readonly ZipEntryInfo[],
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): string | null {
  if (entries.length > limits.maxEntries) return `${entries.length} mục trong tệp nén`;
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio)
      return `${entry.name}: tỉ lệ nén ${Math.round(ratio)}:1`;
  }
  return total > limits.maxUncompressedBytes ? `${Math.round(total / 1024 / 1024)} MB khi giải nén` : null;
}

/** Refuses an archive whose declared sizes are absurd, from the central directory alone. */
export function checkZipBomb(entries: readonly ZipEntryInfo[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  const reason = zipBombReason(entries, limits);
  if (reason !== null) throw new PlanReadError('zip_bomb', reason);
}

const MACRO_CONTENT_TYPE = /ContentType\s*=\s*["'][^"']*(?:macroEnabled|vbaProject|vbaData)[^"']*["']/i;
const MACRO_RELATIONSHIP =
  /Type\s*=\s*["'][^"']*\/(?:vbaProject|vbaProjectSignature|wordVbaData|keyMapCustomizations)["']/i;
/** Belt and braces: the part name Office itself gives a VBA project, declared or not. */
const VBA_PART_NAME = /(^|\/)vbaProject\.bin$/i;

/** The part that shows a package carries macros, or that could not be read to tell. */
export interface MacroSign {
  readonly part: string;
  /** A declaration part that cannot be read: refused as corrupt, never guessed harmless. */
  readonly unreadable: boolean;
}

/**
 * Whether a package carries macros, decided from what it declares (its content types and
 * relationships), not from part names: a VBA project renamed to anything is still declared as
 * one, or Office would not run it. Null when nothing says so.
 */
export function macroSign(bytes: Uint8Array, entries: readonly ZipEntryInfo[]): MacroSign | null {
  for (const entry of entries) {
    if (VBA_PART_NAME.test(entry.name)) return { part: entry.name, unreadable: false };
    const declares = entry.name === '[Content_Types].xml' || entry.name.endsWith('.rels');
    if (!declares) continue;
    const text = readZipEntryText(bytes, entry, PACKAGE_PART_MAX_BYTES);
    if (text === null) return { part: entry.name, unreadable: true };
    if (MACRO_CONTENT_TYPE.test(text) || MACRO_RELATIONSHIP.test(text))
      return { part: entry.name, unreadable: false };
  }
  return null;
}

/** Refuses a macro-enabled package, and one whose declarations cannot be read. */
export function checkMacros(bytes: Uint8Array, entries: readonly ZipEntryInfo[]): void {
  const sign = macroSign(bytes, entries);
  if (sign !== null) throw new PlanReadError(sign.unreadable ? 'corrupt' : 'macro_enabled', sign.part);
}
