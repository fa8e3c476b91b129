import { isoOf, sectionsOf } from './plans-section.component';

describe('the plan form’s readings', () => {
  it('turns a typed dd/mm/yyyy into an ISO date', () => {
    expect(isoOf('5/3/2026')).toBe('2026-03-05');
    expect(isoOf('15/03/2026')).toBe('2026-03-15');
  });

  it('reads one section a line, its number before the dot', () => {
    expect(sectionsOf('I. Chỉ đạo, điều hành\n\nII) Chính quyền số')).toEqual([
      { key: 'I', title: 'Chỉ đạo, điều hành' },
      { key: 'II', title: 'Chính quyền số' },
    ]);
  });
});
