import {
  type FiguresDto,
  REPORTS_API,
  type RoundDto,
  type RoundSummaryDto,
  type TaskStanding,
} from '@dondoc/contracts';
import {
  addDays,
  formatViDate,
  type IsoDate,
  REPORT_CATEGORY_LABELS_VI,
  vietnamDateOf,
} from '@dondoc/deadlines';
import { periodOf } from '@dondoc/reports';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { LoginPage } from '../pages/login.page';
import { PartFormPage, ReportsPage } from '../pages/reports.page';
import { apiAs } from '../support/api';
import { expectNoSeriousViolations } from '../support/axe';
import { appUrl, useBuiltApp } from '../support/browser';
import { BrowserSessions, PHONE_VIEWPORT } from '../support/sessions';

const DESKTOP = { width: 1440, height: 900 };
const OFFICE = 'hd.vp.staff';
const VHXH = 'hd.vhxh.staff';
const PVHCC = 'hd.pvhcc.staff';

const today = vietnamDateOf(new Date()) as IsoDate;
/** The Nghị định 09 quarter running today: its tasks exist before its cut-off, whatever day this runs. */
const quarter = periodOf(today, 'quarterly', 'nd09');
const due = formatViDate(addDays(today, 60));
const EVIDENCE_NAME = 'Danh mục thủ tục công khai.docx';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const TASKS = [
  ['Rà soát, công khai thủ tục hành chính tại bộ phận một cửa', 'Phòng Văn hóa - Xã hội'],
  ['Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính', 'Trung tâm Phục vụ hành chính công'],
] as const;

/** A plan of two tasks, one for each of two lead units, as a ward would paste it from its appendix. */
const PLAN_TEXT = [
  'Số: 977/KH-UBND',
  '',
  'Hải Dương, ngày 01 tháng 12 năm 2026',
  '',
  '## KẾ HOẠCH',
  '',
  '**Thử nghiệm đợt báo cáo quý về cải cách hành chính**',
  '',
  'STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tSản phẩm/ Kết quả\tThời hạn',
  ...TASKS.map(([content, lead], index) => `${index + 1}\t${content}\t${lead}\t\tBáo cáo\tTrước ${due}`),
  '',
].join('\n');

/** A sheet's table as text: the header row (the first holding `headerCell`, under the title lines) and the rows below. */
function sheetTable(sheet: ExcelJS.Worksheet, headerCell: string): { header: string[]; rows: string[][] } {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell) => cells.push(cell.text));
    rows.push(cells);
  });
  const at = rows.findIndex((cells) => cells.includes(headerCell));
  return { header: rows[at] ?? [], rows: rows.slice(at + 1) };
}

/**
 * Issue #16's journey on the Hải Dương demo ward: Văn phòng opens a quarterly round for a plan of
 * two lead units; both write and send their parts; one is returned with a reason and sent again;
 * Văn phòng compiles and downloads the Word report and the Excel appendix, which are read back
 * with mammoth and exceljs and checked against the API's figures. The reports page and the part
 * form pass axe at 1440 and 390 px, in Vietnamese and English.
 */
describe('a quarterly report round, from asking the units to the Word and Excel files', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();
  let planId: string;
  let roundId: string;

  const signedIn = async (username: string, viewport = DESKTOP, bypassCSP = false): Promise<Page> => {
    const page = await sessions.newPage(viewport, { bypassCSP });
    await new LoginPage(page).signIn(username);
    await page.waitForURL((url) => !url.pathname.endsWith('/dang-nhap'));
    return page;
  };

  beforeAll(async () => {
    await sessions.start();
    const admin = await apiAs('hd.admin');
    const imported = await fetch(`${appUrl()}/api/plans/import?year=2026`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain; charset=utf-8', authorization: `Bearer ${admin.token}` },
      body: PLAN_TEXT,
    });
    const answer = (await imported.json()) as { planId: string; taskCount: number };
    expect({ status: imported.status, taskCount: answer.taskCount }).toEqual({ status: 201, taskCount: 2 });
    planId = answer.planId;
  });
  afterAll(() => sessions.stop());

  it('asks two units, returns one part, compiles and downloads files that say what the API says', async () => {
    const office = new ReportsPage(await signedIn(OFFICE));
    await office.open();
    await office.openRound({
      planId,
      year: quarter.year,
      periodKey: quarter.key,
      sendBy: formatViDate(addDays(today, 7)),
    });
    const officeApi = await apiAs(OFFICE);
    const [summary] = await officeApi.get<RoundSummaryDto[]>(`${REPORTS_API.rounds}?planId=${planId}`);
    roundId = summary.id;
    const opened = await officeApi.get<RoundDto>(REPORTS_API.round(roundId));
    expect(opened.parts.map((part) => part.state)).toEqual(['asked', 'asked']);
    const [vhxh, pvhcc] = opened.parts.map((part) => part.unitId);

    // The first unit finds the ask on its unit board and writes its part from there.
    const vhxhPage = await signedIn(VHXH, DESKTOP, true);
    await vhxhPage.goto(`${appUrl()}/don-vi`);
    await vhxhPage.getByTestId('unit-asked-parts').getByRole('link', { name: quarter.label }).click();
    const vhxhForm = new PartFormPage(vhxhPage);
    await vhxhPage.getByTestId('part-line').first().waitFor();
    await vhxhForm.write(['Đã rà soát, công khai 42 thủ tục hành chính']);
    // Its evidence: a real Word file, attached to the task's result through the line's file input.
    const evidence = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Paragraph('Danh mục 42 thủ tục đã công khai')] }] }),
    );
    await vhxhForm.attach(0, { name: EVIDENCE_NAME, mimeType: DOCX_TYPE, buffer: evidence });
    // The editable form with its file input, list and remove button (the later checks see it read-only).
    await expectNoSeriousViolations(vhxhPage, 'part form with a result file');
    await vhxhForm.submit();

    const pvhccForm = new PartFormPage(await signedIn(PVHCC));
    await pvhccForm.open(roundId);
    await pvhccForm.write(['Đang làm']);
    await pvhccForm.submit();

    await office.reloadRound(planId);
    await office.waitForPart(vhxh, 'submitted');
    // Văn phòng sees the unit's file in its row and downloads the same bytes under the Vietnamese name.
    const attached = await office.downloadResultFile(vhxh, EVIDENCE_NAME);
    expect(attached.name).toBe(EVIDENCE_NAME);
    expect(attached.bytes.equals(evidence)).toBe(true);
    await office.accept(vhxh);
    await office.returnPart(pvhcc, 'Ghi rõ số hồ sơ đã số hoá');

    await pvhccForm.open(roundId);
    await pvhccForm.returnReason().filter({ hasText: 'Ghi rõ số hồ sơ đã số hoá' }).waitFor();
    await pvhccForm.write(['Đã số hoá 1.250 hồ sơ, đạt 86%']);
    await pvhccForm.submit();

    await office.reloadRound(planId);
    await office.accept(pvhcc);
    await office.compile();
    const round = await officeApi.get<RoundDto>(REPORTS_API.round(roundId));
    expect(round).toMatchObject({ state: 'compiling', missingUnitIds: [] });
    expect(round.figures).toMatchObject({ units: 2, accepted: 2, acceptedLate: 0, returns: 1 });
    const figures = await officeApi.get<FiguresDto>(
      `${REPORTS_API.planFigures(planId)}?period=${quarter.key}&basis=nd09`,
    );
    const standings = new Map<string, TaskStanding>(
      (figures.standings ?? []).map((standing) => [standing.taskId, standing]),
    );
    const resultOf = new Map(round.parts.flatMap((part) => part.results.map((r) => [r.taskId, r.result])));

    // The Word report: the national heading, the number line, the period's figures, the task table.
    const docx = await office.download('download-docx');
    expect(docx.name).toMatch(/\.docx$/);
    const { value: text } = await mammoth.extractRawText({ buffer: docx.bytes });
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(lines).toEqual(
      expect.arrayContaining(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']),
    );
    expect(lines.find((line) => line.startsWith('Số:'))).toMatch(/^Số: .*\/BC-UBND$/);
    const totalRow = lines.indexOf('Tổng cộng');
    const { overall } = figures;
    expect(lines.slice(totalRow + 1, totalRow + 7)).toEqual(
      [
        overall.total,
        overall.completed_on_time,
        overall.completed_late,
        overall.in_progress_on_time,
        overall.in_progress_overdue,
        overall.cancelled,
      ].map(String),
    );
    for (const task of round.tasks) {
      expect(text).toContain(task.content);
      expect(text).toContain(resultOf.get(task.id));
    }

    // The Excel appendix: one row per task with the round's result and the fold's status; figures per unit.
    const xlsx = await office.download('download-appendix');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ExcelJS.Buffer);
    const { header, rows: taskRows } = sheetTable(book.worksheets[0], 'Nội dung nhiệm vụ');
    const column = (name: string) => header.indexOf(name);
    expect(taskRows).toHaveLength(round.tasks.length);
    for (const task of round.tasks) {
      const row = taskRows.find((cells) => cells[column('Nội dung nhiệm vụ')] === task.content);
      const standing = standings.get(task.id);
      expect(standing?.bucket).not.toBe('cancelled');
      expect({
        stt: row?.[column('STT')],
        result: row?.[column('Kết quả thực hiện')],
        status: row?.[column('Trạng thái')],
      }).toEqual({
        stt: task.ref,
        result: resultOf.get(task.id),
        status: standing && standing.bucket !== 'cancelled' ? REPORT_CATEGORY_LABELS_VI[standing.bucket] : '',
      });
    }
    // The figures sheet: a row per lead (named as the plan writes it) and the total, as the API counts them.
    const { header: unitHeader, rows: unitRows } = sheetTable(
      book.worksheets[book.worksheets.length - 1],
      'Đơn vị chủ trì',
    );
    const cell = (cells: string[], name: string) => cells[unitHeader.indexOf(name)];
    const categories = [
      'Tổng số nhiệm vụ',
      ...(['completed_on_time', 'completed_late', 'in_progress_on_time', 'in_progress_overdue'] as const).map(
        (category) => REPORT_CATEGORY_LABELS_VI[category],
      ),
    ];
    const counted = (cells: string[]) => categories.map((name) => cell(cells, name));
    const [total] = unitRows.filter((cells) => cell(cells, 'Đơn vị chủ trì') === 'Tổng cộng');
    const perUnit = unitRows.filter((cells) => cell(cells, 'Đơn vị chủ trì') !== 'Tổng cộng');
    expect(counted(total)).toEqual(
      [
        overall.total,
        overall.completed_on_time,
        overall.completed_late,
        overall.in_progress_on_time,
        overall.in_progress_overdue,
      ].map(String),
    );
    expect(perUnit.map(counted).sort()).toEqual(
      figures.byUnit
        .map(({ counts }) =>
          [
            counts.total,
            counts.completed_on_time,
            counts.completed_late,
            counts.in_progress_on_time,
            counts.in_progress_overdue,
          ].map(String),
        )
        .sort(),
    );
    // Three browsers and two downloads on a shared machine: a guard against a hung step, not a speed check.
  }, 600_000);

  describe.each(['vi', 'en'] as const)('accessibility in %s', (language) => {
    const pageIn = async (username: string, viewport: typeof DESKTOP) => {
      const page = await signedIn(username, viewport, true);
      await page.evaluate((chosen) => localStorage.setItem('dondoc.language', chosen), language);
      return page;
    };

    it.each([
      ['1440 px', DESKTOP],
      ['390 px', PHONE_VIEWPORT],
    ] as const)(
      'the reports page with a round and the part form at %s',
      async (_name, viewport) => {
        const office = new ReportsPage(await pageIn(OFFICE, viewport));
        await office.reloadRound(planId);
        expect(await office.page.evaluate(() => document.documentElement.lang)).toBe(language);
        // Nothing widens the page past the screen: the figures table scrolls sideways in its own
        // frame, which a keyboard can reach and a screen reader names.
        expect(
          await office.page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0),
        ).toBeLessThanOrEqual(viewport.width);
        const frame = office.figuresFrame();
        const box = await frame.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
        expect(await frame.evaluate((element) => [element.tabIndex, element.getAttribute('role')])).toEqual([
          0,
          'region',
        ]);
        expect(await frame.getAttribute('aria-label')).toBeTruthy();
        await expectNoSeriousViolations(office.page, `reports page ${language} ${viewport.width}`);

        const form = new PartFormPage(await pageIn(VHXH, viewport));
        await form.open(roundId);
        await expectNoSeriousViolations(form.page, `part form ${language} ${viewport.width}`);
      },
      300_000,
    );
  });
});
