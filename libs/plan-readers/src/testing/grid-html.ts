import { gridToMatrix, type GridCell } from '../lib/grid';
import type { TableFixture } from './table-fixture';

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function spans(cell: GridCell): string {
  return (
    (cell.colSpan && cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') +
    (cell.rowSpan && cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '')
  );
}

const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');

/**
 * The table as a printable page: the header in <thead> so Chromium repeats it on every page, rows
 * kept whole across page breaks, cells top-aligned like Word's, Times New Roman as the decrees ask.
 */
export function tableToHtmlPage(table: TableFixture): string {
  const [header, ...body] = table.rows;
  const row = (cells: GridCell[], tag: 'th' | 'td') =>
    `<tr>${cells.map((cell) => `<${tag}${spans(cell)}>${paragraphs(cell.text)}</${tag}>`).join('')}</tr>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
@page { size: A4 landscape; margin: 15mm; }
body { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13px; }
h1 { font-size: 15px; text-align: center; margin: 0 0 4px; }
table { border-collapse: collapse; width: 100%; margin-top: 12px; }
th, td { border: 1px solid #000; padding: 4px 6px; vertical-align: top; text-align: left; }
th { text-align: center; vertical-align: middle; }
p { margin: 0; }
tr { break-inside: avoid; }
</style></head><body>
${table.title.map((line) => `<h1>${escape(line)}</h1>`).join('\n')}
<table><thead>${row(header, 'th')}</thead><tbody>
${body.map((cells) => row(cells, 'td')).join('\n')}
</tbody></table></body></html>`;
}

/** Word wraps its HTML source every few words, which HTML reads as one space. */
const wrapSource = (text: string) =>
  text
    .split(' ')
    .map((word, index) => (index && index % 6 === 0 ? `\n  ${word}` : word))
    .join(' ');

/**
 * What Word puts on the clipboard for a copied table: Office namespaces, MsoNormal paragraphs,
 * <o:p> fillers, conditional comments, source lines wrapped mid-sentence.
 */
export function tableToWordClipboardHtml(table: TableFixture): string {
  const cellHtml = (cell: GridCell) =>
    `<td width=120 valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;
  padding:0in 5.4pt 0in 5.4pt'${spans(cell)}>
  ${cell.text
    .split('\n')
    .map(
      (line) =>
        `<p class=MsoNormal style='margin-bottom:0in;line-height:normal'><span lang=VI
  style='font-family:"Times New Roman",serif;mso-ansi-language:VI'>${wrapSource(escape(line))}<o:p></o:p></span></p>`,
    )
    .join('\n  ')}
  </td>`;
  return `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0in; font-size:12.0pt;} --></style>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
</head><body lang=EN-US style='tab-interval:.5in'><!--StartFragment-->
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
${table.rows
  .map((cells, index) => `<tr style='mso-yfti-irow:${index}'>\n ${cells.map(cellHtml).join('\n ')}\n</tr>`)
  .join('\n')}
</table>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--EndFragment--></body></html>`;
}

/** Excel's text/plain of a range: tabs between cells, a cell with a line break in quotes. */
export function tableToTsv(table: TableFixture): string {
  return gridToMatrix(table.rows)
    .map((cells) =>
      cells.map((text) => (/[\t\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text)).join('\t'),
    )
    .join('\r\n');
}
