export {
  encryptedDocx,
  macroEnabledDocx,
  oversizedDocx,
  scannedPdf,
  truncatedFile,
  xlsxWithoutTable,
  zipBombDocx,
  type MacroDeclaration,
} from './testing/bad-files';
export { buildDocx, type DocxOptions } from './testing/build-docx';
export { buildXlsx, type XlsxOptions } from './testing/build-xlsx';
export { writeCompoundFile, type CfbStream } from './testing/cfb-writer';
export { CHROMIUM_PATH, launchPrintingChromium, printPdf } from './testing/chromium';
export { tableToHtmlPage, tableToTsv, tableToWordClipboardHtml } from './testing/grid-html';
export { encryptOfficeDocument } from './testing/office-encryption';
export { seedParserTable, seedTable } from './testing/seed-tables';
export { MERGED_CELLS_TABLE, manyRowsTable, type TableFixture } from './testing/table-fixture';
