import type { PlanGrid } from './grid';
import { readHtmlTables } from './html-tables';
import { pickTaskTable } from './pick-table';
import { PlanReadError } from './read-error';

/**
 * A .docx through mammoth, which keeps merged cells as colspan/rowspan (gridSpan, vMerge) and a
 * cell's paragraphs as <p>s; the task table is then picked as for pasted HTML. Images are
 * dropped unread: only text matters here.
 */
export async function readDocxGrid(bytes: Uint8Array): Promise<PlanGrid> {
  // Loaded on first use: mammoth and its XML and zip readers are 3 MB of heap otherwise held for good.
  const mammoth = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })), ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw new PlanReadError('corrupt', error instanceof Error ? error.message.slice(0, 200) : undefined);
  }
  return pickTaskTable(readHtmlTables(html), { format: 'docx' });
}
