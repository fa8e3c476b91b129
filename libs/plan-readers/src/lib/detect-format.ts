import type { PlanFormat } from './grid';
import { isOleCompoundFile, oleDirectoryNames } from './ole-container';
import { checkMacros, checkZipBomb, DEFAULT_ZIP_LIMITS, type ZipLimits } from './ooxml-safety';
import { PlanReadError } from './read-error';
import { isZip, readZipDirectory } from './zip-directory';

export interface DetectOptions {
  /** Larger files are refused before anything is read. */
  maxBytes?: number;
  zipLimits?: ZipLimits;
}

/** A ward's plan with its appendix is a few hundred kB; 20 MB leaves room for embedded scans. */
export const DEFAULT_MAX_PLAN_FILE_BYTES = 20 * 1024 * 1024;

export interface DetectedFormat {
  format: PlanFormat;
  /** For text and HTML: the bytes decoded. */
  text?: string;
}

function detectZip(bytes: Uint8Array, limits: ZipLimits): PlanFormat {
  const entries = readZipDirectory(bytes);
  if (!entries) throw new PlanReadError('corrupt', 'mục lục tệp nén bị thiếu');
  checkZipBomb(entries, limits);
  const names = new Set(entries.map((entry) => entry.name));
  const format = names.has('word/document.xml') ? 'docx' : names.has('xl/workbook.xml') ? 'xlsx' : null;
  if (!format) throw new PlanReadError('unsupported_type', 'tệp nén không phải Word hay Excel');
  checkMacros(bytes, entries);
  return format;
}

function detectOle(bytes: Uint8Array): never {
  const names = oleDirectoryNames(bytes);
  if (!names) throw new PlanReadError('corrupt');
  if (names.includes('EncryptedPackage')) throw new PlanReadError('encrypted');
  if (names.some((name) => ['WordDocument', 'Workbook', 'Book'].includes(name))) {
    throw new PlanReadError('legacy_office');
  }
  throw new PlanReadError('unsupported_type');
}

function isPdf(bytes: Uint8Array): boolean {
  // The header may follow some junk within the first kilobyte (PDF 1.7, 7.5.2 note).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function decodeText(bytes: Uint8Array): string | null {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
      return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Control characters other than tab, newline, carriage return, form feed and escape mean binary. */
function looksBinary(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b)
      return true;
  }
  return false;
}

/**
 * The format of an uploaded file, from its bytes only (never its name), after the checks that
 * refuse it without reading it: size, encryption, macros, zip bombs, unknown types.
 * Throws PlanReadError.
 */
export function detectFormat(bytes: Uint8Array, options: DetectOptions = {}): DetectedFormat {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_PLAN_FILE_BYTES;
  if (bytes.length === 0) throw new PlanReadError('empty');
  if (bytes.length > maxBytes) {
    throw new PlanReadError('too_large', `tối đa ${Math.floor(maxBytes / 1024 / 1024)} MB`);
  }
  if (isZip(bytes)) return { format: detectZip(bytes, options.zipLimits ?? DEFAULT_ZIP_LIMITS) };
  if (isOleCompoundFile(bytes)) detectOle(bytes);
  if (isPdf(bytes)) return { format: 'pdf' };
  const text = decodeText(bytes);
  if (text === null || looksBinary(text)) throw new PlanReadError('unsupported_type');
  const looksLikeHtml = /^\s*</.test(text) && /<(?:table|html|body)[\s>]/i.test(text);
  return { format: looksLikeHtml ? 'html' : 'text', text };
}
