import {
  DEFAULT_ZIP_LIMITS,
  macroSign,
  zipBombReason,
  type ZipEntryInfo,
  type ZipLimits,
} from '@dondoc/plan-readers';

/** Why a zip-based upload is refused before anything in it is expanded. */
export type PackageRefusal = 'zip_bomb' | 'macro_enabled';

/**
 * Limits on what an archive declares; real Word and Excel files stay far below every one. The
 * plan import's, so a file refused there is refused here and the other way round.
 */
export const PACKAGE_LIMITS: ZipLimits = DEFAULT_ZIP_LIMITS;

/** An archive whose declared sizes are absurd, judged from the central directory alone. */
export function isZipBomb(entries: readonly ZipEntryInfo[], limits: ZipLimits = PACKAGE_LIMITS): boolean {
  return zipBombReason(entries, limits) !== null;
}

/**
 * Whether a package carries macros, from what it declares. A declaration part that cannot be read
 * counts as macro-enabled here: an upload is refused, not guessed harmless.
 */
export function isMacroEnabled(bytes: Buffer, entries: readonly ZipEntryInfo[]): boolean {
  return macroSign(bytes, entries) !== null;
}

/** What keeps a zip-based upload out, or null when it may be looked at further. */
export function packageRefusal(bytes: Buffer, entries: readonly ZipEntryInfo[]): PackageRefusal | null {
  if (isZipBomb(entries)) return 'zip_bomb';
  if (isMacroEnabled(bytes, entries)) return 'macro_enabled';
  return null;
}
