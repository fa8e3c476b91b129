export { buildDocx, type DocxOptions } from './testing/build-docx';
export { buildXlsx, type XlsxOptions } from './testing/build-xlsx';
export { CHROMIUM_PATH, launchPrintingChromium, printPdf } from './testing/chromium';
export { tableToHtmlPage, tableToTsv, tableToWordClipboardHtml } from './testing/grid-html';
export { MERGED_CELLS_TABLE, manyRowsTable, type TableFixture } from './testing/table-fixture';
