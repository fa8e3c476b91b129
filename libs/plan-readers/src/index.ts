export {
  DEFAULT_MAX_PLAN_FILE_BYTES,
  detectFormat,
  type DetectOptions,
  type DetectedFormat,
} from './lib/detect-format';
export {
  gridToMatrix,
  type GridCell,
  type GridRow,
  type GridSource,
  type PlanFormat,
  type PlanGrid,
} from './lib/grid';
export {
  DEFAULT_ZIP_LIMITS,
  macroSign,
  zipBombReason,
  type MacroSign,
  type ZipLimits,
} from './lib/ooxml-safety';
export { readPdfText, type PdfPageText, type PdfTextItem } from './lib/pdf/pdf-text';
export { readDocxGrid } from './lib/read-docx';
export { PlanReadError, planReadMessage, type PlanReadErrorCode } from './lib/read-error';
export { readHtmlGrid } from './lib/read-html';
export { readPdfGrid } from './lib/read-pdf';
export { readClipboard, readPlanFile, type ClipboardContent } from './lib/read-plan-file';
export { readTsvGrid, splitTsv } from './lib/read-tsv';
export { readXlsxGrid } from './lib/read-xlsx';
export { firstZipEntry, readZipDirectory, type ZipEntryInfo } from './lib/zip-directory';
export { readZipEntryText } from './lib/zip-entry';
