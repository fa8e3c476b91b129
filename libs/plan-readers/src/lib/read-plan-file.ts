import { detectFormat, type DetectOptions } from './detect-format';
import type { PlanGrid } from './grid';
import { readDocxGrid } from './read-docx';
import { readHtmlGrid } from './read-html';
import { readPdfGrid } from './read-pdf';
import { readTsvGrid } from './read-tsv';
import { readXlsxGrid } from './read-xlsx';

/**
 * The task table of an uploaded file, whatever its format (told from its bytes). Throws
 * PlanReadError with a code and a Vietnamese message when the file is refused or holds no table.
 */
export async function readPlanFile(bytes: Uint8Array, options: DetectOptions = {}): Promise<PlanGrid> {
  const detected = detectFormat(bytes, options);
  switch (detected.format) {
    case 'docx':
      return readDocxGrid(bytes);
    case 'xlsx':
      return readXlsxGrid(bytes);
    case 'pdf':
      return readPdfGrid(bytes);
    case 'html':
      return readHtmlGrid(detected.text ?? '');
    case 'text':
      return readTsvGrid(detected.text ?? '');
  }
}

/** What a paste puts on the clipboard: Word and Excel give HTML and tab-separated text. */
export interface ClipboardContent {
  html?: string;
  text?: string;
}

/** A pasted table: its HTML when there is any (it keeps merged cells), else its text. */
export function readClipboard(content: ClipboardContent): PlanGrid {
  if (content.html && /<table[\s>]/i.test(content.html)) return readHtmlGrid(content.html);
  return readTsvGrid(content.text ?? '');
}
