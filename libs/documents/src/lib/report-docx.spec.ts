import { htmlTableRows, readDocx, type ReadDocx } from '../testing/read-docx';
import { planAppendix, reportModel } from '../testing/report-fixture';
import type { ReportModel } from './model';
import { buildReportDocx } from './report-docx';
import { TASK_STATUS_LABELS_VI } from './status';

const TWIPS_PER_MM = 1440 / 25.4;

const build = async (model: ReportModel = reportModel()): Promise<ReadDocx> =>
  readDocx(await buildReportDocx(model));

const runOf = (docx: ReadDocx, text: string) => {
  const found = docx.runs.find((run) => run.text === text);
  if (!found) throw new Error(`no run reads "${text}"`);
  return found;
};

/** A section's page attribute, e.g. pgMar's top, in millimetres. */
const pageMm = (sectPr: string, element: string, attribute: string) =>
  Number(new RegExp(`<w:${element} [^>]*w:${attribute}="(\\d+)"`).exec(sectPr)?.[1]) / TWIPS_PER_MM;

describe('buildReportDocx', () => {
  let docx: ReadDocx;
  const model = reportModel();
  beforeAll(async () => {
    docx = await build(model);
  });

  it('opens with the two-column national heading of Nghị định 30/2020', () => {
    expect(docx.lines.slice(0, 6)).toEqual([
      'UBND THÀNH PHỐ HẢI PHÒNG',
      'UBND PHƯỜNG NHỊ CHIỂU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 45/BC-UBND',
      'Nhị Chiểu, ngày 05 tháng 3 năm 2026',
    ]);
    const heading = htmlTableRows(docx.html, 'CỘNG HÒA');
    expect(heading).toEqual([
      [
        'UBND THÀNH PHỐ HẢI PHÒNG\nUBND PHƯỜNG NHỊ CHIỂU',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
      ],
      ['Số: 45/BC-UBND', 'Nhị Chiểu, ngày 05 tháng 3 năm 2026'],
    ]);
  });

  it("sets the heading in the decree's weights: the ward, Quốc hiệu and Tiêu ngữ bold, the date italic", () => {
    expect(runOf(docx, 'UBND THÀNH PHỐ HẢI PHÒNG')).toMatchObject({ bold: false, size: 13 });
    expect(runOf(docx, 'UBND PHƯỜNG NHỊ CHIỂU')).toMatchObject({ bold: true, size: 13 });
    expect(runOf(docx, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true, size: 12 });
    expect(runOf(docx, 'Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, size: 13 });
    expect(runOf(docx, 'Nhị Chiểu, ngày 05 tháng 3 năm 2026')).toMatchObject({ italics: true, size: 14 });
    // A rule under the ward's name and one under Tiêu ngữ, in the heading table; one under the trích yếu.
    const rules = docx.documentXml.match(/<w:pBdr><w:top w:val="single"/g) ?? [];
    expect(rules).toHaveLength(3);
  });

  it('titles the report "BÁO CÁO" with its trích yếu, both bold and centred', () => {
    const title = docx.lines.indexOf('BÁO CÁO');
    expect(title).toBe(6);
    expect(docx.lines[title + 1]).toBe(model.summary);
    expect(runOf(docx, 'BÁO CÁO')).toMatchObject({ bold: true, size: 14 });
    expect(runOf(docx, model.summary)).toMatchObject({ bold: true, size: 14 });
  });

  it('follows the outline I–IV with the sub-headings of the assessment, in order', () => {
    const headings = [
      'I. KẾT QUẢ THỰC HIỆN',
      '1. Chỉ đạo điều hành',
      '2. Cải cách thủ tục hành chính',
      'II. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Tồn tại, hạn chế',
      '3. Nguyên nhân',
      'III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI',
      'IV. ĐỀ XUẤT, KIẾN NGHỊ',
    ];
    const positions = headings.map((heading) => docx.lines.indexOf(heading));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(docx.lines).toContain(model.assessment.causes[0]);
    expect(docx.lines).toContain(model.proposals[0]);
  });

  it('states the period and its figures in words and in a table by section that adds up', () => {
    expect(docx.lines).toContain(
      'Số liệu Quý I năm 2026 (từ ngày 15/12/2025 đến ngày 14/03/2026): Tổng số 6 nhiệm vụ, trong đó: ' +
        'đã hoàn thành đúng hạn 2 nhiệm vụ (33,3%); đã hoàn thành quá hạn 2 nhiệm vụ (33,3%); ' +
        'chưa hoàn thành trong hạn 1 nhiệm vụ (16,7%); chưa hoàn thành quá hạn 1 nhiệm vụ (16,7%). ' +
        'Ngoài ra, 1 nhiệm vụ đã hủy, không thực hiện.',
    );
    const rows = htmlTableRows(docx.html, 'Tỷ lệ hoàn thành đúng hạn');
    expect(rows[0]).toEqual([
      'Lĩnh vực',
      'Tổng số',
      'Đã hoàn thành đúng hạn',
      'Đã hoàn thành quá hạn',
      'Chưa hoàn thành trong hạn',
      'Chưa hoàn thành quá hạn',
      'Đã hủy',
      'Tỷ lệ hoàn thành đúng hạn',
    ]);
    expect(rows.slice(1)).toEqual([
      ['1. Chỉ đạo điều hành', '3', '1', '1', '1', '0', '1', '33,3%'],
      ['2. Cải cách thủ tục hành chính', '3', '1', '1', '0', '1', '0', '33,3%'],
      ['Tổng cộng', '6', '2', '2', '1', '1', '1', '33,3%'],
    ]);
  });

  it('puts Nơi nhận beside the signature block, with room left for the signature', () => {
    const [closing] = htmlTableRows(docx.html, 'Nơi nhận:');
    expect(closing[0].split('\n')).toEqual([
      'Nơi nhận:',
      '- UBND thành phố Hải Phòng;',
      '- Sở Nội vụ;',
      '- TT Đảng ủy, HĐND phường;',
      '- Lưu: VT, VHXH.',
    ]);
    expect(closing[1].split('\n').filter(Boolean)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
    const signature = docx.documentXml.slice(
      docx.documentXml.indexOf('>CHỦ TỊCH<'),
      docx.documentXml.indexOf('>Nguyễn Văn An<'),
    );
    // Four empty lines of 14 pt between the title and the name: about 2.5 cm for signature and seal.
    expect(signature.match(/<w:p>/g)).toHaveLength(5);
    expect(runOf(docx, 'Nơi nhận:')).toMatchObject({ bold: true, italics: true, size: 12 });
    expect(runOf(docx, '- Sở Nội vụ;')).toMatchObject({ bold: false, size: 11 });
    expect(runOf(docx, 'TM. ỦY BAN NHÂN DÂN')).toMatchObject({ bold: true });
    expect(runOf(docx, 'Nguyễn Văn An')).toMatchObject({ bold: true });
  });

  it('ends with a Phụ lục table of every task under its section, with result and status', () => {
    expect(docx.lines).toContain('Phụ lục');
    expect(docx.lines).toContain(
      '(Kèm theo Báo cáo số 45/BC-UBND ngày 05 tháng 3 năm 2026 của UBND phường Nhị Chiểu; số liệu tính đến ngày 14/03/2026)',
    );
    const rows = htmlTableRows(docx.html, 'Nội dung nhiệm vụ');
    expect(rows[0]).toEqual([
      'STT',
      'Nội dung nhiệm vụ',
      'Chủ trì',
      'Thời hạn',
      'Kết quả thực hiện',
      'Trạng thái',
    ]);
    const expected = model.appendix.sections.flatMap((section) => [
      [section.title],
      ...section.tasks.map((task) => [
        task.number,
        task.content,
        task.lead,
        task.result,
        TASK_STATUS_LABELS_VI[task.status],
      ]),
    ]);
    const read = rows
      .slice(1)
      .map((row) => (row.length === 1 ? row : [row[0], row[1], row[2], row[4], row[5].split('\n')[0]]));
    expect(read).toEqual(expected);
    expect(docx.html).toContain('<td colspan="6"><p><strong>I. Chỉ đạo điều hành</strong></p></td>');
  });

  it('shows in the Phụ lục the deadline in force, the day a task was done and how late an open one is', () => {
    const rows = htmlTableRows(docx.html, 'Nội dung nhiệm vụ');
    const done = rows.find((row) => row[0] === '1') ?? [];
    expect(done[3]).toBe('Quý I/2026\n(hạn: 01/03/2026)');
    expect(done[5]).toBe('Đã hoàn thành đúng hạn\n(01/04/2026)');
    const overdue = rows.find((row) => row[0] === '4') ?? [];
    expect(overdue[5]).toBe('Chưa hoàn thành quá hạn\n(trễ 4 ngày)');
  });

  it('writes every run in Times New Roman: 13–14 pt text, 12 pt tables and Nơi nhận, 11 pt recipients', () => {
    expect(new Set(docx.runs.map((run) => run.font))).toEqual(new Set(['Times New Roman']));
    expect(docx.stylesXml).toMatch(
      /<w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/,
    );
    expect(new Set(docx.runs.map((run) => run.size))).toEqual(new Set([11, 12, 13, 14]));
    for (const paragraph of [...model.overview, ...model.assessment.strengths, ...model.nextTasks]) {
      expect(runOf(docx, paragraph).size).toBe(14);
    }
    expect(runOf(docx, model.appendix.sections[0].tasks[0].content).size).toBe(12);
  });

  it("lays the report on portrait A4 with the decree's margins, and the Phụ lục on landscape A4", () => {
    expect(docx.sections).toHaveLength(2);
    const [report, appendix] = docx.sections;
    expect(report).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    expect(appendix).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    for (const section of docx.sections) {
      expect(pageMm(section, 'pgMar', 'top')).toBeGreaterThanOrEqual(20 - 0.1);
      expect(pageMm(section, 'pgMar', 'top')).toBeLessThanOrEqual(25);
      expect(pageMm(section, 'pgMar', 'bottom')).toBeGreaterThanOrEqual(20 - 0.1);
      expect(pageMm(section, 'pgMar', 'bottom')).toBeLessThanOrEqual(25);
      expect(pageMm(section, 'pgMar', 'left')).toBeGreaterThanOrEqual(30 - 0.1);
      expect(pageMm(section, 'pgMar', 'left')).toBeLessThanOrEqual(35);
      expect(pageMm(section, 'pgMar', 'right')).toBeGreaterThanOrEqual(15 - 0.1);
      expect(pageMm(section, 'pgMar', 'right')).toBeLessThanOrEqual(20);
    }
    // The first page carries no page number (titlePg with an empty first-page header).
    expect(report).toContain('<w:titlePg/>');
  });

  it("repeats the Phụ lục table's header row on every page, and only there", () => {
    const tables = docx.documentXml.split('<w:tbl>').slice(1);
    const appendixTable = tables.find((table) => table.includes('Nội dung nhiệm vụ')) ?? '';
    expect(appendixTable.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(appendixTable.indexOf('<w:tblHeader/>')).toBeLessThan(appendixTable.indexOf('STT'));
  });

  it('leaves blanks for the number and the date of a report not yet issued', async () => {
    const draft = await build({ ...reportModel(), number: null, date: null, year: 2027 });
    expect(draft.lines).toContain(
      'Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-UBND',
    );
    expect(draft.lines.find((line) => line.startsWith('Nhị Chiểu, ngày'))).toBe(
      'Nhị Chiểu, ngày\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0năm 2027',
    );
  });

  it('writes Vietnamese handed over decomposed (NFD) as composed NFC text', async () => {
    const decomposed = reportModel(planAppendix(3, 1));
    const nfd = (text: string) => text.normalize('NFD');
    const read = await build({
      ...decomposed,
      ward: { ...decomposed.ward, name: nfd('Nhị Chiểu') },
      summary: nfd(decomposed.summary),
      recipients: decomposed.recipients.map(nfd),
    });
    expect(nfd('Nhị Chiểu')).not.toBe('Nhị Chiểu');
    expect(read.lines).toContain('UBND PHƯỜNG NHỊ CHIỂU');
    expect(read.lines).toContain(decomposed.summary.normalize('NFC'));
    expect(read.documentXml.normalize('NFC')).toBe(read.documentXml);
  });

  it('leaves the parent body out when none is given, and signs for a deputy when told', async () => {
    const model = reportModel();
    const read = await build({
      ...model,
      ward: { name: 'Bắc Hồng Lĩnh', kind: 'phường' },
      signer: { authority: 'KT. Chủ tịch', position: 'Phó Chủ tịch', name: 'Trần Thị Bình' },
    });
    expect(read.lines.slice(0, 2)).toEqual([
      'UBND PHƯỜNG BẮC HỒNG LĨNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
    expect(read.lines).toEqual(expect.arrayContaining(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Thị Bình']));
  });

  it('keeps its outline for a plan without sections, and writes pasted text with line breaks and stray controls', async () => {
    const model = reportModel(planAppendix(0, 1));
    const read = await build({
      ...model,
      sections: [],
      overview: ['Đoạn thứ nhất.\u0007\nĐoạn thứ hai.'],
      assessment: { strengths: [], shortcomings: [], causes: [] },
    });
    expect(read.lines).toEqual(expect.arrayContaining(['Đoạn thứ nhất.', 'Đoạn thứ hai.', '3. Nguyên nhân']));
    expect(read.lines.indexOf('II. ĐÁNH GIÁ CHUNG')).toBeLessThan(
      read.lines.indexOf('IV. ĐỀ XUẤT, KIẾN NGHỊ'),
    );
    expect(htmlTableRows(read.html, 'Tỷ lệ hoàn thành đúng hạn').slice(1)).toEqual([
      ['Tổng cộng', '0', '0', '0', '0', '0', '0', '0%'],
    ]);
  });
});
