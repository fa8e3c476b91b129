import type { CardDto } from '@dondoc/contracts';
import { FiltersBar } from '../pages/filters.page';
import { apiAs, firstPlanId } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';

/** Vietnamese without its marks, lower case: written here on purpose, not imported from the app. */
const bare = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** What a search for every word of `query` must find, by ref, title and unit codes. */
const expectedRefs = (cards: readonly CardDto[], query: string): string[] => {
  const words = bare(query).split(/\s+/).filter(Boolean);
  return cards
    .filter((card) => {
      const haystack = bare(
        [card.ref, card.title, card.leadUnitCode ?? '', ...card.cooperatorUnitCodes].join(' '),
      );
      return words.every((word) => haystack.includes(word));
    })
    .map((card) => card.ref);
};

/**
 * Issue #5: "ke hoach" typed without diacritics finds the "Kế hoạch" tasks; the filters are in
 * the address bar, so a reload (or a shared link) shows the same cards.
 */
describe('filters and diacritic-free search on the board', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('finds "Kế hoạch" from "ke hoach", keeps the filters in the URL and across a reload', async () => {
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const cards = (await staffApi.board(planId)).cards;
    const withKeHoach = cards
      .filter((card) => card.title.toLowerCase().includes('kế hoạch'))
      .map((c) => c.ref);
    const found = expectedRefs(cards, 'ke hoach');
    expect(withKeHoach.length).toBeGreaterThan(0);
    expect(found).toEqual(expect.arrayContaining(withKeHoach));
    expect(found.length).toBeLessThan(cards.length);

    const board = await sessions.boardAs('hd.vhxh.staff', planId);
    // A column longer than the first view's cards fills in from the background read.
    await board.page.locator('[data-testid="board"][data-board-complete]').waitFor();
    const filters = new FiltersBar(board.page);
    expect(await filters.shownRefs()).toHaveLength(cards.length);

    await filters.search('ke hoach');
    await filters.waitForParam('q', 'ke hoach');
    await filters.waitForShown(found);

    const foundByVhxh = cards
      .filter((card) => found.includes(card.ref) && card.leadUnitCode === 'VHXH')
      .map((card) => card.ref);
    expect(foundByVhxh.length).toBeGreaterThan(0);
    expect(foundByVhxh.length).toBeLessThan(found.length);
    await filters.chooseUnit('VHXH');
    await filters.waitForParam('unit', 'VHXH');
    expect(filters.param('q')).toBe('ke hoach');
    await filters.waitForShown(foundByVhxh);

    await board.page.reload();
    await board.page.getByTestId('board').waitFor();
    await filters.waitForShown(foundByVhxh);
    expect(await filters.searchValue()).toBe('ke hoach');
    expect(await filters.unitValue()).toBe('VHXH');
    expect([filters.param('q'), filters.param('unit')]).toEqual(['ke hoach', 'VHXH']);
  });
});
