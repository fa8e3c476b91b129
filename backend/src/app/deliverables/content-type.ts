import { DELIVERABLE_MEDIA_TYPES, type DeliverableMediaType } from '@dondoc/contracts';
import { firstZipEntry, readZipDirectory } from '@dondoc/plan-readers';
import { filetypeinfo } from 'magic-bytes.js';
import { type PackageRefusal, packageRefusal } from './package-safety';

/** The signatures magic-bytes.js needs sit in the first few bytes; WebP's in the first 12. */
const HEADER_BYTES = 64;

const OPEN_DOCUMENT_TYPES: readonly DeliverableMediaType[] = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
];

const PLAIN_TYPES: readonly DeliverableMediaType[] = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/webp',
];

function isAccepted(mime: string | undefined): mime is DeliverableMediaType {
  return mime !== undefined && Object.prototype.hasOwnProperty.call(DELIVERABLE_MEDIA_TYPES, mime);
}

/** Word and Excel files are zips with a content-types part and their main part. */
function officeOpenXmlType(names: readonly string[]): DeliverableMediaType | null {
  const has = (name: string) => names.includes(name);
  if (!has('[Content_Types].xml')) return null;
  if (has('word/document.xml')) {
    return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  }
  if (has('xl/workbook.xml')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  return null;
}

/** OpenDocument puts its media type, uncompressed, in a first entry named `mimetype`. */
function openDocumentType(bytes: Buffer): DeliverableMediaType | null {
  const first = firstZipEntry(bytes);
  if (first?.name !== 'mimetype' || first.stored === null) return null;
  const declared = Buffer.from(first.stored).toString('ascii').trim();
  return OPEN_DOCUMENT_TYPES.find((type) => type === declared) ?? null;
}

/** What an upload is: an accepted type, or why it is refused. */
export type UploadVerdict = { type: DeliverableMediaType } | { refused: PackageRefusal | 'unsupported_type' };

function zipVerdict(bytes: Buffer): UploadVerdict {
  const entries = readZipDirectory(bytes);
  if (entries === null) return { refused: 'unsupported_type' };
  // Judged from the directory before any part is expanded: a bomb is never inflated.
  const refusal = packageRefusal(bytes, entries);
  if (refusal !== null) return { refused: refusal };
  const type = officeOpenXmlType(entries.map((entry) => entry.name)) ?? openDocumentType(bytes);
  return type === null ? { refused: 'unsupported_type' } : { type };
}

/**
 * What the file is, read from its bytes (the name a client sends is never trusted): one of the
 * accepted deliverable types, or why not — an executable named report.pdf, a macro-enabled Word
 * file whatever its parts are called, an archive that would expand to absurd sizes.
 */
export function judgeUpload(bytes: Buffer): UploadVerdict {
  const guesses = filetypeinfo(bytes.subarray(0, HEADER_BYTES));
  if (guesses.some((guess) => guess.typename === 'zip')) return zipVerdict(bytes);
  const plain = guesses.map((guess) => guess.mime).find(isAccepted);
  return plain !== undefined && PLAIN_TYPES.includes(plain)
    ? { type: plain }
    : { refused: 'unsupported_type' };
}

/** The accepted type the bytes hold, or null for anything refused. */
export function detectDeliverableType(bytes: Buffer): DeliverableMediaType | null {
  const verdict = judgeUpload(bytes);
  return 'type' in verdict ? verdict.type : null;
}
