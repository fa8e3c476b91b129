import { buildDocx } from '../testing/build-docx';
import { buildXlsx } from '../testing/build-xlsx';
import { writeCompoundFile } from '../testing/cfb-writer';
import { MERGED_CELLS_TABLE, type TableFixture } from '../testing/table-fixture';
import { detectFormat } from './detect-format';
import { gridToMatrix } from './grid';
import { oleDirectoryNames } from './ole-container';
import { textLines } from './pdf/pdf-lines';
import { readHtmlGrid } from './read-html';
import { readPlanFile } from './read-plan-file';
import { splitTsv } from './read-tsv';
import { readZipDirectory } from './zip-directory';

const header = ['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', 'Thời gian'].map((text) => ({ text }));
const row = (...texts: string[]) => texts.map((text) => ({ text }));

describe('readers, one behaviour at a time', () => {
  it('reads Excel date cells as dd/mm/yyyy text and keeps a wrapped cell’s lines', async () => {
    const table: TableFixture = {
      title: ['KẾ HOẠCH'],
      rows: [header, row('1', 'Rà soát thủ tục\nBáo cáo kết quả', 'Phòng Kinh tế', '05/03/2026')],
    };
    const grid = await readPlanFile(await buildXlsx(table, { datesAsDates: true }));
    expect(gridToMatrix(grid.rows)[1]).toEqual([
      '1',
      'Rà soát thủ tục\nBáo cáo kết quả',
      'Phòng Kinh tế',
      '05/03/2026',
    ]);
  });

  it('drops a header row the author typed again further down a Word table', async () => {
    const table: TableFixture = {
      title: [],
      rows: [
        header,
        row('1', 'Việc một', 'Phòng A', 'Quý I/2026'),
        header,
        row('2', 'Việc hai', 'Phòng B', 'Quý II/2026'),
      ],
    };
    const grid = await readPlanFile(await buildDocx(table));
    expect(gridToMatrix(grid.rows).map((cells) => cells[0])).toEqual(['STT', '1', '2']);
    expect(grid.sourceRows).toEqual([1, 2, 4]);
  });

  it("reads Excel's clipboard HTML: line breaks kept in the cell, entities decoded, styles ignored", () => {
    const html = `<html><head><style>td {mso-number-format:"\\@";}</style></head><body><table>
<tr><td>STT</td><td>Nội dung</td><td>Chủ trì</td><td>Thời hạn</td></tr>
<tr><td class=xl65>1</td><td class=xl66 width=300 style='white-space:normal'>Tuyên truyền&nbsp;CCHC<br
 style='mso-data-placement:same-cell'>trên Cổng thông tin</td><td>Phòng VH&amp;XH</td><td>Thường xuyên</td></tr>
</table></body></html>`;
    expect(gridToMatrix(readHtmlGrid(html).rows)[1]).toEqual([
      '1',
      'Tuyên truyền\u00a0CCHC\ntrên Cổng thông tin',
      'Phòng VH&XH',
      'Thường xuyên',
    ]);
  });

  it('splits tab-separated text with Excel quoting (tabs, line breaks and quotes inside a cell)', () => {
    expect(splitTsv('STT\tNội dung\r\n1\t"Dòng một\nDòng ""hai""\tvẫn ô này"\r\n')).toEqual([
      ['STT', 'Nội dung'],
      ['1', 'Dòng một\nDòng "hai"\tvẫn ô này'],
    ]);
  });

  it('tells HTML from plain text by the bytes, and reads UTF-16 text with its byte order mark', () => {
    expect(detectFormat(Buffer.from('<html><body><table><tr><td>1</td></tr></table>')).format).toBe('html');
    expect(detectFormat(Buffer.from('STT\tNội dung\n1\tViệc')).format).toBe('text');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('STT\tNội dung', 'utf16le')]);
    expect(detectFormat(utf16)).toEqual({ format: 'text', text: 'STT\tNội dung' });
  });

  it("lists a real .docx's parts with their declared sizes from the central directory", async () => {
    const entries = readZipDirectory(await buildDocx(MERGED_CELLS_TABLE)) ?? [];
    const document = entries.find((entry) => entry.name === 'word/document.xml');
    expect(document?.uncompressedSize).toBeGreaterThan(document?.compressedSize ?? Infinity);
    expect(entries.map((entry) => entry.name)).toContain('[Content_Types].xml');
  });

  it('reads back the stream names of a compound file, small (mini stream) and large alike', () => {
    const file = writeCompoundFile([
      { name: 'EncryptionInfo', data: Buffer.alloc(900, 1) },
      { name: 'EncryptedPackage', data: Buffer.alloc(70_000, 2) },
    ]);
    expect(oleDirectoryNames(file)).toEqual(['Root Entry', 'EncryptionInfo', 'EncryptedPackage']);
  });

  it('joins the fragments Chromium splits Vietnamese into, by position, and writes them in NFC', () => {
    const fragments = ['Ph', 'ụ', ' l', 'ụ', 'c'];
    let x = 10;
    const items = fragments.map((str) => {
      const item = { str, x, y: 700, width: str.length * 5, height: 10 };
      x += item.width;
      return item;
    });
    items.push({ str: 'Thời hạn'.normalize('NFD'), x: 200, y: 700, width: 40, height: 10 });
    const [line] = textLines([{ width: 800, height: 800, items }]);
    expect(line.runs.map((run) => run.text)).toEqual(['Phụ lục', 'Thời hạn']);
  });
});
