import type { ParsedTask } from '@dondoc/plan-parser';
import { diffAmendment, numberOf, similarity, type StandingTask } from './amendment-diff';

const standing = (id: string, ref: string, sectionKey: string | null, content: string): StandingTask => ({
  id,
  ref,
  sectionKey,
  content,
  leadText: 'Phòng Văn hóa - Xã hội',
  cooperatorText: '',
  deliverable: 'Báo cáo',
  deadlineText: 'Quý II/2026',
  budgetText: '',
});

const incoming = (ref: string, number: string, sectionKey: string | null, content: string): ParsedTask =>
  ({
    ref,
    number,
    sectionKey,
    content,
    leadText: 'Phòng Văn hóa - Xã hội',
    cooperatorText: '',
    deliverable: 'Báo cáo',
    deadlineText: 'Quý II/2026',
    budgetText: '',
  }) as ParsedTask;

describe('diffAmendment', () => {
  it('matches by section and number, and a number repeated in another section by its own section', () => {
    const diff = diffAmendment(
      [
        standing('a', '1', 'I', 'Ban hành kế hoạch cải cách hành chính'),
        standing('b', 'II.1', 'II', 'Rà soát thủ tục hành chính nội bộ'),
      ],
      [
        incoming('1', '1', 'I', 'Ban hành kế hoạch cải cách hành chính'),
        incoming('II.1', '1', 'II', 'Rà soát thủ tục hành chính nội bộ và công khai'),
      ],
    );
    expect(diff.kept.map((pair) => pair.standing.id)).toEqual(['a']);
    expect(diff.changed.map((change) => [change.standing.id, change.after])).toEqual([
      ['b', { content: 'Rà soát thủ tục hành chính nội bộ và công khai' }],
    ]);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('follows a renumbered task by its content, without diacritics, and says the number changed', () => {
    const diff = diffAmendment(
      [standing('a', '2', 'I', 'Kiểm tra công tác cải cách hành chính')],
      [
        incoming('2', '2', 'I', 'Xây dựng bộ chỉ số đo mức độ hài lòng'),
        incoming('3', '3', 'I', 'Kiem tra cong tac cai cach hanh chinh'),
      ],
    );
    expect(diff.added.map((task) => task.ref)).toEqual(['2']);
    expect(diff.changed).toHaveLength(1);
    expect(diff.changed[0]).toMatchObject({
      standing: { id: 'a' },
      before: { number: '2', content: 'Kiểm tra công tác cải cách hành chính' },
      after: { number: '3', content: 'Kiem tra cong tac cai cach hanh chinh' },
    });
  });

  it('reads a task nothing matches as removed, and spacing or Unicode form alone as no change', () => {
    const diff = diffAmendment(
      [
        standing('a', '1', null, 'Tổ chức hội nghị'),
        standing('b', '2', null, 'Công khai thủ tục trên cổng thông tin'),
      ],
      [incoming('1', '1', null, 'Tổ chức  hội nghị'.normalize('NFD'))],
    );
    expect(diff.kept.map((pair) => pair.standing.id)).toEqual(['a']);
    expect(diff.removed.map((task) => task.id)).toEqual(['b']);
  });

  it('reads the printed number back from a ref the parser qualified', () => {
    expect(numberOf({ ref: 'VII.3', sectionKey: 'VII' })).toBe('3');
    expect(numberOf({ ref: '3#2', sectionKey: null })).toBe('3');
    expect(numberOf({ ref: 'task@14', sectionKey: 'I' })).toBe('');
  });

  it('scores word overlap without diacritics or case', () => {
    expect(similarity('Kế hoạch', 'KE HOACH')).toBe(1);
    expect(similarity('a b c d', 'a b x y')).toBe(0.5);
    expect(similarity('', '')).toBe(1);
  });
});
