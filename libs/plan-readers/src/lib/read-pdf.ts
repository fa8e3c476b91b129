import type { PlanGrid } from './grid';
import { pdfGrid } from './pdf/pdf-grid';
import { readPdfText } from './pdf/pdf-text';

/** A PDF with a text layer (what e-office systems send); a scan is refused, never guessed at. */
export async function readPdfGrid(bytes: Uint8Array): Promise<PlanGrid> {
  return pdfGrid(await readPdfText(bytes));
}
