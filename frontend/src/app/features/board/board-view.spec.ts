import { convertToParamMap } from '@angular/router';
import { matchesSearch } from '@dondoc/domain';
import { aCard } from '../../../testing/factories';
import {
  activeFilterCount,
  type BoardView,
  cardFilter,
  DEFAULT_VIEW,
  isFiltered,
  viewFromParams,
  viewToParams,
} from './board-view';

/** What the URL would hold after `router.navigate` with the params (nulls are dropped). */
function throughUrl(view: BoardView): BoardView {
  const params = Object.fromEntries(
    Object.entries(viewToParams(view)).filter(([, value]) => value !== null),
  ) as Record<string, string>;
  const url = new URLSearchParams(params).toString();
  return viewFromParams(convertToParamMap(Object.fromEntries(new URLSearchParams(url))));
}

const view = (overrides: Partial<BoardView> = {}): BoardView => ({ ...DEFAULT_VIEW, ...overrides });

describe('board view in the URL', () => {
  it.each<[string, BoardView]>([
    ['the default view', view()],
    [
      'every filter and the swimlanes',
      view({
        unit: 'VHXH',
        section: 'II',
        type: 'periodic_report',
        timeliness: 'overdue',
        mine: true,
        q: 'kế hoạch 2026',
        lanes: 'section',
      }),
    ],
    ['lanes by unit with a search only', view({ q: 'cải cách', lanes: 'unit' })],
  ])('survives the round trip: %s', (_case, original) => {
    expect(throughUrl(original)).toEqual(original);
  });

  it('keeps the URL short: a default field is removed from it', () => {
    expect(viewToParams(view())).toEqual({
      unit: null,
      section: null,
      type: null,
      timeliness: null,
      mine: null,
      q: null,
      lanes: null,
    });
    expect(viewToParams(view({ mine: true, lanes: 'unit' }))).toMatchObject({ mine: '1', lanes: 'unit' });
  });

  it('reads an unknown or malformed value as absent', () => {
    const read = viewFromParams(
      convertToParamMap({ type: 'memo', timeliness: 'late', lanes: 'diagonal', mine: 'yes', unit: '  ' }),
    );
    expect(read).toEqual(DEFAULT_VIEW);
  });

  it('says whether anything is filtered (swimlanes alone filter nothing)', () => {
    expect(isFiltered(view({ lanes: 'section' }))).toBe(false);
    expect(isFiltered(view({ q: '  ' }))).toBe(false);
    expect(isFiltered(view({ timeliness: 'due_soon' }))).toBe(true);
  });

  it('counts the filters in force for the folded filter button (swimlanes and blank search are none)', () => {
    expect(activeFilterCount(view({ lanes: 'unit', q: '  ' }))).toBe(0);
    expect(activeFilterCount(view({ unit: 'VHXH', timeliness: 'overdue', mine: true, q: 'số hoá' }))).toBe(4);
  });
});

describe('cardFilter', () => {
  const plan = aCard({ id: 'a', ref: '1.2', title: 'Ban hành Kế hoạch cải cách hành chính năm 2026' });
  const report = aCard({
    id: 'b',
    ref: '7',
    title: 'Báo cáo định kỳ về đào tạo',
    type: 'periodic_report',
    leadUnitId: 'unit-vp',
    leadUnitCode: 'VP',
    cooperatorUnitIds: [],
    cooperatorUnitCodes: [],
    sectionKey: 'II',
    timeliness: 'overdue',
  });
  const cooperating = aCard({
    id: 'c',
    ref: '12',
    title: 'Đánh giá chỉ số hài lòng',
    leadUnitId: 'unit-tp',
    leadUnitCode: 'TP',
    cooperatorUnitIds: ['unit-vhxh'],
    cooperatorUnitCodes: ['VHXH'],
    timeliness: 'due_soon',
  });
  const cards = [plan, report, cooperating];
  const refsOf = (filterView: BoardView, myUnitId: string | null = 'unit-vhxh') =>
    cards.filter(cardFilter(filterView, myUnitId)).map((card) => card.ref);

  it.each([
    ['ke hoach', ['1.2']],
    ['KE HOACH cai cach', ['1.2']],
    ['dao tao', ['7']],
    ['Đào tạo', ['7']],
    ['hai long', ['12']],
    ['1.2', ['1.2']],
    ['vp', ['1.2', '7']],
    ['vhxh', ['1.2', '12']],
    ['ke hoach bao cao', []],
  ])('searches "%s" without diacritics in content, ref and unit codes', (q, expected) => {
    expect(refsOf(view({ q }))).toEqual(expected);
  });

  it('agrees with matchesSearch of @dondoc/domain on the content', () => {
    for (const q of ['ke hoach', 'hanh chinh 2026', 'Cải Cách', 'bao cao dinh ky']) {
      expect(refsOf(view({ q }))).toEqual(
        cards
          .filter((card) =>
            matchesSearch(
              [card.ref, card.title, card.leadUnitCode ?? '', ...card.cooperatorUnitCodes].join(' '),
              q,
            ),
          )
          .map((card) => card.ref),
      );
    }
  });

  it.each<[string, Partial<BoardView>, string[]]>([
    ['lead unit', { unit: 'VP' }, ['7']],
    ['section', { section: 'II' }, ['7']],
    ['task type', { type: 'periodic_report' }, ['7']],
    ['timeliness', { timeliness: 'due_soon' }, ['12']],
    ['my tasks: led or cooperated by my unit', { mine: true }, ['1.2', '12']],
    ['all together', { mine: true, timeliness: 'due_soon', q: 'chi so' }, ['12']],
  ])('filters by %s', (_case, filters, expected) => {
    expect(refsOf(view(filters))).toEqual(expected);
  });

  it('shows no task as "mine" to a user without a unit', () => {
    expect(refsOf(view({ mine: true }), null)).toEqual([]);
  });
});
