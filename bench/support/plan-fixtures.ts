import * as Builders from '@dondoc/plan-readers/testing';

/** One plan appendix of `rows` task rows in every format a ward receives it in. */
export interface PlanFixtures {
  readonly docx: Buffer;
  readonly xlsx: Buffer;
  /** Printed by Chromium, as a ward's PDFs are. */
  readonly pdf: Buffer;
  /** As Word puts it on the clipboard. */
  readonly html: string;
  /** Tab-separated text, as a spreadsheet copies it. */
  readonly tsv: string;
}

/** The plan-import benches' input: the same table built once into each format. */
export async function planFixtures(rows: number): Promise<PlanFixtures> {
  const table = Builders.manyRowsTable(rows);
  const docx = await Builders.buildDocx(table);
  const xlsx = await Builders.buildXlsx(table);
  const browser = await Builders.launchPrintingChromium();
  const pdf = await Builders.printPdf(browser, Builders.tableToHtmlPage(table)).finally(() =>
    browser.close(),
  );
  return {
    docx,
    xlsx,
    pdf,
    html: Builders.tableToWordClipboardHtml(table),
    tsv: Builders.tableToTsv(table),
  };
}
