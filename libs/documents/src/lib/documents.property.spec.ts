import fc from 'fast-check';
import { htmlTableRows, readDocx } from '../testing/read-docx';
import { readXlsx, rowValues } from '../testing/read-xlsx';
import { reportModel } from '../testing/report-fixture';
import type { AppendixTask, PlanAppendixModel, TaskReportStatus } from './model';
import { buildReportDocx } from './report-docx';
import { countStatuses, REPORT_CATEGORIES, TASK_STATUS_LABELS_VI, totalOf } from './status';
import { buildPlanWorkbook } from './xlsx/plan-workbook';

/** Words with every kind of Vietnamese mark, some decomposed as macOS and some keyboards send them, and XML's specials. */
const WORDS = [
  'Rà soát',
  'thủ tục',
  'hành chính',
  'đất đai',
  'hộ tịch',
  'Nghị định 30/2020/NĐ-CP',
  'Ủy ban',
  'chuyển đổi số',
  'quý II/2026',
  'KTHT&ĐT',
  '<dự thảo>',
  '"ý kiến"',
  'ưu tiên',
  'Quỹ',
  'ngữ',
].flatMap((word) => [word, word.normalize('NFD')]);

const text = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 6 })
  .map((words) => words.join(' '));
const day = fc
  .integer({ min: 0, max: 3 * 365 })
  .map((offset) => new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));
const status = fc.constantFrom<TaskReportStatus>(...REPORT_CATEGORIES, 'cancelled');

const task = fc.record<Omit<AppendixTask, 'number'>>({
  content: text,
  lead: fc.constantFrom(
    'Phòng Văn hóa - Xã hội',
    'Công an phường',
    'Phòng Kinh tế, Hạ tầng và Đô thị'.normalize('NFD'),
  ),
  cooperators: text,
  deliverable: text,
  deadlineText: text,
  due: fc.option(day, { nil: null }),
  result: text,
  status,
  completedOn: fc.option(day, { nil: null }),
  daysLate: fc.option(fc.integer({ min: 1, max: 400 }), { nil: null }),
});

const appendix: fc.Arbitrary<PlanAppendixModel> = fc
  .array(fc.record({ title: text, tasks: fc.array(task, { maxLength: 6 }) }), { minLength: 1, maxLength: 3 })
  .map((sections) => {
    let number = 0;
    return {
      planReference: '158/KH-UBND',
      planTitle: 'Kế hoạch cải cách hành chính năm 2026',
      asOf: '2026-06-14',
      sections: sections.map((section) => ({
        title: section.title,
        tasks: section.tasks.map((generated) => ({ ...generated, number: String(++number) })),
      })),
    };
  });

const nfc = (value: string) => value.normalize('NFC');
const utc = (date: string | null) => (date === null ? null : new Date(`${date}T00:00:00.000Z`));
const tasksOf = (model: PlanAppendixModel) => model.sections.flatMap((section) => section.tasks);

describe('exports of any plan', () => {
  it('the workbook reads back every task as given (in NFC), and its figures add up to its rows', async () => {
    await fc.assert(
      fc.asyncProperty(appendix, async (model) => {
        const workbook = await readXlsx(await buildPlanWorkbook(model));
        const [sheet, figures] = workbook.worksheets;
        const expected = model.sections.flatMap((section) =>
          section.tasks.map((task) => [
            nfc(section.title),
            task.number,
            nfc(task.content),
            nfc(task.lead),
            nfc(task.cooperators),
            nfc(task.deliverable),
            nfc(task.deadlineText),
            utc(task.due),
            nfc(task.result),
            TASK_STATUS_LABELS_VI[task.status],
            utc(task.completedOn),
            task.daysLate,
          ]),
        );
        expect(expected.map((_, index) => rowValues(sheet, 4 + index))).toEqual(expected);
        expect(sheet.rowCount).toBe(3 + expected.length);

        const counts = countStatuses(tasksOf(model));
        const units = new Set(tasksOf(model).map((task) => nfc(task.lead))).size;
        const unitRows = Array.from(
          { length: units },
          (_, index) => rowValues(figures, 4 + index) as number[],
        );
        for (const row of unitRows) expect(row[2] + row[3] + row[4] + row[5]).toBe(row[1]);
        expect(rowValues(figures, 4 + units)).toEqual([
          'Tổng cộng',
          totalOf(counts),
          ...REPORT_CATEGORIES.map((category) => counts[category]),
          counts.cancelled,
          expect.any(Number),
        ]);
      }),
      { numRuns: 25 },
    );
  });

  it("the report's Phụ lục lists every task under its section and its figures table totals the plan", async () => {
    await fc.assert(
      fc.asyncProperty(appendix, async (model) => {
        const report = reportModel(model);
        const docx = await readDocx(await buildReportDocx(report));
        const rows = htmlTableRows(docx.html, 'Nội dung nhiệm vụ').slice(1);
        const expected = model.sections.flatMap((section) => [
          [nfc(section.title)],
          ...section.tasks.map((task) => [
            task.number,
            nfc(task.content),
            nfc(task.lead),
            TASK_STATUS_LABELS_VI[task.status],
          ]),
        ]);
        expect(
          rows.map((row) => (row.length === 1 ? row : [row[0], row[1], row[2], row[5].split('\n')[0]])),
        ).toEqual(expected);
        const total = htmlTableRows(docx.html, 'Tỷ lệ hoàn thành đúng hạn').at(-1);
        const counts = countStatuses(tasksOf(model));
        expect(total?.slice(0, 7)).toEqual([
          'Tổng cộng',
          String(totalOf(counts)),
          ...REPORT_CATEGORIES.map((category) => String(counts[category])),
          String(counts.cancelled),
        ]);
      }),
      { numRuns: 10 },
    );
  });
});
