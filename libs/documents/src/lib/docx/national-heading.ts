import { type ITableCellOptions, Table, TableCell, TableLayoutType, TableRow, VerticalAlign } from 'docx';
import type { ReportModel } from '../model';
import { documentNumberLine, nfc, placeAndDateLine, upperVi } from '../vietnamese-text';
import { centred, mm, NO_BORDERS, NO_TABLE_BORDERS, PORTRAIT_TEXT_WIDTH, rule, twips } from './layout';

/** The left column holds the issuing body and the number; the right, Quốc hiệu and the date line. */
const LEFT_WIDTH = mm(62);
const RIGHT_WIDTH = PORTRAIT_TEXT_WIDTH - LEFT_WIDTH;

/** Quốc hiệu and Tiêu ngữ, word for word as Nghị định 30/2020 prints them. */
export const QUOC_HIEU = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const TIEU_NGU = 'Độc lập - Tự do - Hạnh phúc';

/** "UBND phường Nhị Chiểu", as running text names the ward's committee. */
export const wardCommittee = (ward: ReportModel['ward']): string => nfc(`UBND ${ward.kind} ${ward.name}`);

/** "UBND PHƯỜNG NHỊ CHIỂU": the issuing body's line of the heading. */
export const issuerLine = (ward: ReportModel['ward']): string => upperVi(wardCommittee(ward));

const cell = (width: number, children: ITableCellOptions['children']) =>
  new TableCell({
    width: twips(width),
    borders: NO_BORDERS,
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlign.TOP,
    children,
  });

/**
 * The two-column heading of Nghị định 30/2020, Phụ lục I, Mẫu 1.x: left, the parent body (upright)
 * above the ward's committee (bold) with a short rule under it, then "Số: …/BC-UBND"; right,
 * Quốc hiệu (bold caps, 12 pt to fit its column) and Tiêu ngữ (bold) with a rule as long as it,
 * then the italic place and date. Two rows, so the number and the date line start level.
 */
export function nationalHeading(model: ReportModel): Table {
  const issuer = [
    ...(model.ward.parentBody ? [centred(upperVi(model.ward.parentBody), { size: 13 })] : []),
    centred(issuerLine(model.ward), { size: 13, bold: true }),
    rule(mm(22), LEFT_WIDTH),
  ];
  const nation = [
    centred(QUOC_HIEU, { size: 12, bold: true }),
    centred(TIEU_NGU, { size: 13, bold: true }),
    rule(mm(60), RIGHT_WIDTH),
  ];
  const number = [centred(documentNumberLine(model.number, model.symbol ?? 'BC-UBND'), { size: 13 }, 0)];
  const dateLine = [
    centred(placeAndDateLine(model.place, model.date, model.year), { size: 14, italics: true }),
  ];
  return new Table({
    layout: TableLayoutType.FIXED,
    width: twips(PORTRAIT_TEXT_WIDTH),
    columnWidths: [LEFT_WIDTH, RIGHT_WIDTH],
    borders: NO_TABLE_BORDERS,
    rows: [
      new TableRow({ children: [cell(LEFT_WIDTH, issuer), cell(RIGHT_WIDTH, nation)] }),
      new TableRow({ children: [cell(LEFT_WIDTH, number), cell(RIGHT_WIDTH, dateLine)] }),
    ],
  });
}
