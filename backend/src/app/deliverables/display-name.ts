import { DELIVERABLE_MEDIA_TYPES, type DeliverableMediaType } from '@dondoc/contracts';
import sanitize from 'sanitize-filename';
import { storedText } from '../common/user-text';

/** Leaves room in the 255-character column and in the event log's short deliverable reference. */
export const MAX_NAME_LENGTH = 120;

/** Extensions the content allows, so a file always opens with the program its bytes are for. */
const EXTENSIONS_OF: Record<DeliverableMediaType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/webp': ['webp'],
};

/**
 * The name people see for an uploaded file: whatever the client sent with path parts, control
 * and reserved characters removed (sanitize-filename), Unicode kept (Vietnamese names), spaces
 * tidied, shortened, and ending in the extension of what the file really is. It is only ever
 * shown and offered on download; files are stored by their hash.
 */
export function displayNameOf(original: string | undefined, mediaType: DeliverableMediaType): string {
  // Bidi controls would let `exe.pdf` read as `fdp.exe`: gone before anything else.
  const lastSegment =
    storedText(original ?? '')
      .split(/[/\\]/)
      .pop() ?? '';
  const cleaned = sanitize(lastSegment.replace(/\s+/g, ' ').trim(), { replacement: '_' });
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const allowed = EXTENSIONS_OF[mediaType];
  const stem = (allowed.includes(extension) ? cleaned.slice(0, dot) : cleaned).replace(/^[.\s]+/, '');
  const suffix = `.${allowed.includes(extension) ? extension : DELIVERABLE_MEDIA_TYPES[mediaType]}`;
  const shortStem = Array.from(/^[_.\s]*$/.test(stem) ? 'san-pham' : stem)
    .slice(0, MAX_NAME_LENGTH - suffix.length)
    .join('')
    .trim();
  return `${shortStem}${suffix}`;
}
