import type { GridRow } from './grid/cell-grid';
import { parsePlanGrid } from './parse-plan-grid';
import { seedWard } from './test-support';
import type { ParsedTask, ParseResult } from './types';

const ward = seedWard('HD');
const HEADER = ['TT', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời hạn'];

function parse(...rows: string[][]): ParseResult {
  const grid: GridRow[] = [HEADER, ...rows].map((texts) => texts.map((text) => ({ text })));
  return parsePlanGrid({ rows: grid }, { units: ward.units, groups: ward.groups, year: 2026 });
}

function problemsOf(task: ParsedTask): [string, string | undefined][] {
  return task.problems.map((problem) => [problem.code, problem.subject]);
}

describe('problems shown on each row of the preview', () => {
  const result = parse(
    ['1', 'Việc rõ ràng', 'Phòng VHXH', 'Văn phòng HĐND&UBND', 'Quý II/2026'],
    ['2', 'Việc của cơ quan ngoài', 'Sở Nội vụ', 'Phòng Văn hoá Xã hộii', 'Quý II/2026'],
    ['3', 'Việc hai chủ trì', 'Phòng VHXH, Văn phòng HĐND&UBND', '', 'Theo dự toán được cấp'],
    ['5', 'Việc không chủ trì', '', '', 'Đôn đốc tiến độ hàng tháng'],
  );
  const [clean, outside, twoLeads, noLead] = result.plan.tasks;

  it('leaves a row that needs nothing without problems', () => {
    expect(clean.problems).toEqual([]);
  });

  it('names each unresolved unit with the cell it stands in and close units to choose from', () => {
    expect(problemsOf(outside)).toEqual([
      ['unresolved_unit', 'Sở Nội vụ'],
      ['unresolved_unit', 'Phòng Văn hoá Xã hộii'],
      ['no_lead', undefined],
    ]);
    expect(outside.problems.map((problem) => problem.field)).toEqual(['lead', 'cooperators', 'lead']);
    expect(outside.problems[0].suggestions).toEqual([]);
    expect(outside.problems[1].suggestions?.[0]).toMatchObject({ kind: 'unit', key: 'VHXH' });
    // A suggestion is never applied: the cooperator stays unresolved until a person confirms.
    expect(outside.cooperatorUnitCodes).toEqual([]);
  });

  it('asks for one lead among several, and says a deadline could not be read', () => {
    expect(problemsOf(twoLeads)).toEqual([
      ['several_leads', 'Phòng VHXH, Văn phòng HĐND&UBND'],
      ['unreadable_deadline', 'Theo dự toán được cấp'],
    ]);
  });

  it('flags a guessed deadline as unsure and a numbering gap on its row', () => {
    expect(problemsOf(noLead)).toEqual([
      ['no_lead', undefined],
      ['unsure_deadline', 'Đôn đốc tiến độ hàng tháng'],
      ['numbering_gap', '5'],
    ]);
  });

  it('says every problem in Vietnamese', () => {
    const messages = result.plan.tasks.flatMap((task) => task.problems.map((problem) => problem.message));
    expect(
      messages.every((message) => /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i.test(message)),
    ).toBe(true);
  });

  it('says an empty deadline cell needs a deadline', () => {
    const [task] = parse(['1', 'Việc', 'Phòng VHXH', '', '']).plan.tasks;
    expect(problemsOf(task)).toEqual([['unreadable_deadline', '']]);
  });
});
