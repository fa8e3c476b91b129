import { boardFilter, type BoardFilter, type FilterableCard } from './board-filter';

const NONE: BoardFilter = { unit: null, section: null, type: null, timeliness: null, mine: false, q: '' };
const card = (over: Partial<FilterableCard>): FilterableCard => ({
  ref: '1',
  title: 'Xây dựng Kế hoạch cải cách hành chính',
  type: 'document',
  timeliness: 'on_track',
  sectionKey: 'I',
  leadUnitId: 'u-vhxh',
  leadUnitCode: 'VHXH',
  cooperatorUnitIds: ['u-vp'],
  cooperatorUnitCodes: ['VP'],
  ...over,
});

describe('boardFilter', () => {
  it('keeps every card when nothing is set', () => {
    expect(boardFilter(NONE, null)(card({}))).toBe(true);
  });

  it('matches each filter on its own field', () => {
    const one = card({});
    expect(boardFilter({ ...NONE, unit: 'VHXH' }, null)(one)).toBe(true);
    expect(boardFilter({ ...NONE, unit: 'VP' }, null)(one)).toBe(false);
    expect(boardFilter({ ...NONE, section: 'II' }, null)(one)).toBe(false);
    expect(boardFilter({ ...NONE, type: 'target' }, null)(one)).toBe(false);
    expect(boardFilter({ ...NONE, timeliness: 'overdue' }, null)(one)).toBe(false);
  });

  it('keeps the viewer’s unit’s tasks, led or cooperated on, for "mine"', () => {
    const mine = boardFilter({ ...NONE, mine: true }, 'u-vp');
    expect(mine(card({}))).toBe(true);
    expect(mine(card({ cooperatorUnitIds: [] }))).toBe(false);
    expect(boardFilter({ ...NONE, mine: true }, null)(card({}))).toBe(false);
  });

  it('searches without diacritics, every word, over ref, content and unit codes', () => {
    expect(boardFilter({ ...NONE, q: 'ke hoach  cai cach' }, null)(card({}))).toBe(true);
    expect(boardFilter({ ...NONE, q: 'vp' }, null)(card({}))).toBe(true);
    expect(boardFilter({ ...NONE, q: 'ke hoach ngan sach' }, null)(card({}))).toBe(false);
  });
});
