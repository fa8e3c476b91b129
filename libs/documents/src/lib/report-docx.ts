import {
  AlignmentType,
  Document,
  Header,
  type ISectionOptions,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { appendixPage } from './docx/appendix-table';
import { closingBlock } from './docx/closing';
import { A4, FONT, MARGINS } from './docx/layout';
import { nationalHeading } from './docx/national-heading';
import { reportBody, reportTitle } from './docx/report-body';
import { TABLE_STYLES } from './docx/table-cells';
import type { ReportModel } from './model';
import { nfc } from './vietnamese-text';

/** Nghị định 30/2020 numbers pages from the second one, centred in the top margin, in Arabic numerals. */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 28 })],
      }),
    ],
  });

const page = (orientation: (typeof PageOrientation)[keyof typeof PageOrientation]) => ({
  size: { width: A4.width, height: A4.height, orientation },
  margin: { ...MARGINS, header: 567, footer: 567 },
});

/**
 * The ward's progress report as a .docx in the administrative format of Nghị định 30/2020/NĐ-CP:
 * the national heading, title and trích yếu, the body in the usual outline with the period's
 * figures, Nơi nhận beside the signature block, and the task table as a landscape Phụ lục.
 */
export async function buildReportDocx(model: ReportModel): Promise<Buffer> {
  const report: ISectionOptions = {
    properties: { page: page(PageOrientation.PORTRAIT), titlePage: true },
    headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
    children: [nationalHeading(model), ...reportTitle(model), ...reportBody(model), ...closingBlock(model)],
  };
  const appendix: ISectionOptions = {
    properties: { page: page(PageOrientation.LANDSCAPE) },
    headers: { default: pageNumberHeader() },
    children: appendixPage(model),
  };
  const document = new Document({
    creator: nfc(`UBND ${model.ward.kind} ${model.ward.name}`),
    title: nfc(`Báo cáo ${model.summary}`),
    styles: {
      default: { document: { run: { font: FONT, size: 28, language: { value: 'vi-VN' } } } },
      paragraphStyles: TABLE_STYLES,
    },
    sections: [report, appendix],
  });
  return Packer.toBuffer(document);
}
