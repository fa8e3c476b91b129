import { DELIVERABLE_MEDIA_TYPES, type DeliverableMediaType } from '@dondoc/contracts';
import { filetypeinfo } from 'magic-bytes.js';
import { firstZipEntry, zipEntryNames } from './zip-entries';

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

/**
 * Word and Excel files are zips with a content-types part and their main part; macro-enabled
 * ones (a VBA project inside) are refused, whatever the name says.
 */
function officeOpenXmlType(names: readonly string[]): DeliverableMediaType | null {
  const has = (name: string) => names.includes(name);
  if (!has('[Content_Types].xml')) return null;
  if (names.some((name) => /(^|\/)vbaProject\.bin$/i.test(name))) return null;
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
  const declared = first.stored.toString('ascii').trim();
  return OPEN_DOCUMENT_TYPES.find((type) => type === declared) ?? null;
}

function zipDocumentType(bytes: Buffer): DeliverableMediaType | null {
  const names = zipEntryNames(bytes);
  if (names === null) return null;
  return officeOpenXmlType(names) ?? openDocumentType(bytes);
}

/**
 * What the file is, read from its bytes (the name a client sends is never trusted): one of the
 * accepted deliverable types, or null for anything else — an executable named report.pdf included.
 */
export function detectDeliverableType(bytes: Buffer): DeliverableMediaType | null {
  const guesses = filetypeinfo(bytes.subarray(0, HEADER_BYTES));
  if (guesses.some((guess) => guess.typename === 'zip')) return zipDocumentType(bytes);
  const plain = guesses.map((guess) => guess.mime).find(isAccepted);
  return plain !== undefined && PLAIN_TYPES.includes(plain) ? plain : null;
}
