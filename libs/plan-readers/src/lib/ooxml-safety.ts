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

/** Refuses an archive whose declared sizes are absurd, from the central directory alone. */
export function checkZipBomb(entries: ZipEntryInfo[], limits: ZipLimits = DEFAULT_ZIP_LIMITS): void {
  if (entries.length > limits.maxEntries)
    throw new PlanReadError('zip_bomb', `${entries.length} mục trong tệp nén`);
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > RATIO_FLOOR_BYTES && ratio > limits.maxCompressionRatio) {
      throw new PlanReadError('zip_bomb', `${entry.name}: tỉ lệ nén ${Math.round(ratio)}:1`);
    }
  }
  if (total > limits.maxUncompressedBytes) {
    throw new PlanReadError('zip_bomb', `${Math.round(total / 1024 / 1024)} MB khi giải nén`);
  }
}

const MACRO_CONTENT_TYPE = /ContentType\s*=\s*["'][^"']*(?:macroEnabled|vbaProject|vbaData)[^"']*["']/i;
const MACRO_RELATIONSHIP =
  /Type\s*=\s*["'][^"']*\/(?:vbaProject|vbaProjectSignature|wordVbaData|keyMapCustomizations)["']/i;

/**
 * Refuses a macro-enabled package. Decided from what the package declares (its content types and
 * relationships), not from part names: a VBA project renamed to anything is still declared.
 */
export function checkMacros(bytes: Uint8Array, entries: ZipEntryInfo[]): void {
  for (const entry of entries) {
    const declares = entry.name === '[Content_Types].xml' || entry.name.endsWith('.rels');
    if (!declares) continue;
    const text = readZipEntryText(bytes, entry, PACKAGE_PART_MAX_BYTES);
    if (text === null) throw new PlanReadError('corrupt', entry.name);
    if (MACRO_CONTENT_TYPE.test(text) || MACRO_RELATIONSHIP.test(text)) {
      throw new PlanReadError('macro_enabled', entry.name);
    }
  }
}
