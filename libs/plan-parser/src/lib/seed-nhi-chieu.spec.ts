import { parseSeed, rowOf, taskByRef } from './test-support';

const result = parseSeed('NC');
const { plan } = result;
const SPECIALISTS = '[Các phòng, đơn vị chuyên môn]';

describe('Nhị Chiểu plan 158/KH-UBND appendix (tab-separated, deliverable before deadline)', () => {
  it('reads the shape and the 19 tasks of the single unsectioned table', () => {
    expect(plan.shape).toBe('tsv-deliverable-then-deadline');
    expect(plan.sections).toEqual([]);
    expect(plan.tasks.map((task) => task.ref)).toEqual(
      Array.from({ length: 19 }, (_, index) => String(index + 1)),
    );
    expect(plan.tasks.every((task) => task.sectionKey === null)).toBe(true);
  });

  it('reads every row: lead, cooperators and deadline', () => {
    expect(plan.tasks.map(rowOf)).toEqual([
      ['1', 'VHXH', SPECIALISTS, 'Trước 10/5/2026'],
      ['2', 'VP + PVHCC', SPECIALISTS, 'Thường xuyên'],
      ['3', SPECIALISTS, '', 'Hàng năm, bắt đầu từ 2026'],
      ['4', 'VHXH', SPECIALISTS, 'Quý II/2026'],
      ['5', 'VP', SPECIALISTS, 'Thường xuyên'],
      ['6', `UBND + ${SPECIALISTS}`, 'VP', 'Hàng năm, từ năm 2026'],
      ['7', `UBND + ${SPECIALISTS}`, 'VHXH', 'Quý IV/2026'],
      ['8', `VP + ${SPECIALISTS}`, 'VHXH', 'Quý IV/2026'],
      ['9', 'VP + VHXH', SPECIALISTS, 'Quý IV/2026'],
      ['10', 'VP + VHXH', SPECIALISTS, 'Thường xuyên, từ năm 2026'],
      ['11', 'PVHCC', 'VHXH + VP', 'Quý IV/2026'],
      ['12', 'VP', SPECIALISTS, 'Năm 2026'],
      ['13', 'VHXH', SPECIALISTS, 'Quý IV/2026'],
      ['14', 'VHXH', SPECIALISTS, 'Năm 2026'],
      ['15', 'VHXH', SPECIALISTS, 'Sau khi có hướng dẫn của Bộ Khoa học & Công nghệ và thành phố.'],
      ['16', 'VHXH', SPECIALISTS, 'Thường xuyên'],
      ['17', 'VHXH', 'DVSNC', 'Thường xuyên, từ năm 2026'],
      ['18', 'VHXH', 'DVSNC', 'Thường xuyên, từ năm 2026'],
      ['19', 'VHXH', SPECIALISTS, 'Thường xuyên, từ năm 2026'],
    ]);
  });

  it('flags every row with several leads, for a person to choose one', () => {
    expect(plan.tasks.filter((task) => task.flags.includes('several_leads')).map((task) => task.ref)).toEqual(
      ['2', '6', '7', '8', '9', '10'],
    );
  });

  it('joins cells split across page breaks back together', () => {
    expect(plan.tasks.filter((task) => task.flags.includes('continued_row')).map((task) => task.ref)).toEqual(
      ['6', '12', '17'],
    );
    const twelve = taskByRef(result, '12');
    expect(twelve.leadText).toBe('Văn phòng HĐND và UBND phường');
    expect(twelve.cooperatorText).toBe('Các phòng, đơn vị');
    expect(twelve.deliverable).toBe('Ban hành hướng dẫn chế độ báo cáo thống nhất');
    expect(twelve.deliverableKind).toBe('Hướng dẫn');
    expect(twelve.content).toMatch(
      /^Chuẩn hóa chế độ báo cáo, thống nhất hệ thống biểu mẫu, chỉ tiêu báo cáo/,
    );
    expect(taskByRef(result, '17').content).toMatch(/^Chỉ đạo, hướng dẫn các cơ quan đơn vị, Cổng Thông tin/);
    expect(taskByRef(result, '17').deliverable).toBe(
      'Số lượng, số lượt tin bài, chuyên đề, chuyên mục được đăng phát',
    );
    expect(taskByRef(result, '6').deliverable).toMatch(/báo cáo kết quả về UBND phường \(qua phòng VHXH\)$/);
  });

  it('resolves every unit name, so there is nothing to warn about', () => {
    expect(result.warnings).toEqual([]);
  });

  it('reads the header: symbol, date and title', () => {
    expect(plan.symbol).toBe('158/KH-UBND');
    expect(plan.issuedOn).toBe('2026-05-05');
    expect(plan.title).toMatch(/^Triển khai thực hiện Quyết định số 534\/QĐ-TTg .* phường Nhị Chiểu$/);
  });
});
