import { changedFields } from './amendment-diff.component';

describe('changedFields', () => {
  it('lists the fields of a task that a revision changes, whatever shape each side has', () => {
    expect(
      changedFields(
        { number: '3', content: 'Tuyên truyền', deadlineText: 'Quý II/2026', leadText: 'Phòng VHXH' },
        { number: '3', content: 'Tuyên truyền', deadlineText: 'Quý III/2026', leadText: 'Phòng VHXH' },
      ),
    ).toEqual([{ field: 'deadlineText', before: 'Quý II/2026', after: 'Quý III/2026' }]);
    expect(changedFields('Nội dung cũ', 'Nội dung mới')).toEqual([
      { field: 'content', before: 'Nội dung cũ', after: 'Nội dung mới' },
    ]);
    expect(changedFields({ content: 'A' }, { content: 'A' })).toEqual([]);
  });
});
