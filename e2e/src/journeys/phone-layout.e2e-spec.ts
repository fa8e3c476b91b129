import type { Page } from 'playwright-core';
import { LeadershipPage } from '../pages/leadership.page';
import { LoginPage } from '../pages/login.page';
import { useBuiltApp } from '../support/browser';
import { BrowserSessions, PHONE_VIEWPORT } from '../support/sessions';
import { smallTouchTargets } from '../support/touch-targets';

/** How wide the document is: wider than the screen means the whole page scrolls sideways. */
const documentWidth = (page: Page) => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0);

/**
 * Issue #5: "leaders read boards on their phones; the leadership board and the task drawer work
 * at 390 px wide, and a plan board scrolls its columns sideways without breaking."
 */
describe('on a 390 px phone', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  const signedIn = async (username: string) => {
    const page = await sessions.newPage(PHONE_VIEWPORT);
    await new LoginPage(page).signIn(username);
    await page.getByTestId('board').waitFor();
    return page;
  };

  it('fits the leadership board, its ward tabs and its table into the width', async () => {
    const page = await signedIn('tp.leader');
    const leadership = new LeadershipPage(page);
    await leadership.open();
    expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    for (const code of ['HD', 'BHL', 'NC']) {
      const tab = await page.getByTestId(`leadership-ward-${code}`).boundingBox();
      expect(tab && tab.x >= 0 && tab.x + tab.width <= PHONE_VIEWPORT.width).toBe(true);
    }
    // The unit table fits the phone: no sideways scroll, not even inside its own frame (issue 13).
    const table = page.locator('.table-wrap');
    expect(await table.evaluate((frame) => frame.scrollWidth <= frame.clientWidth)).toBe(true);

    await page.getByTestId('leadership-ward-BHL').click();
    await page.locator('[data-testid="leadership-ward-BHL"][aria-current="page"]').waitFor();
    await page.getByTestId('leadership-total-all').waitFor();
    expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  });

  it('scrolls a plan board’s columns sideways inside the board, not the page', async () => {
    const page = await signedIn('hd.leader');
    expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
    const board = page.getByTestId('board');
    expect(await board.evaluate((scroller) => scroller.scrollWidth > scroller.clientWidth)).toBe(true);
    const approved = page.getByTestId('column-approved');
    expect((await approved.boundingBox())?.x ?? 0).toBeGreaterThan(PHONE_VIEWPORT.width);

    await approved.scrollIntoViewIfNeeded();
    const shown = await approved.boundingBox();
    expect(shown && shown.x >= 0 && shown.x < PHONE_VIEWPORT.width).toBe(true);
    expect(await board.evaluate((scroller) => scroller.scrollLeft)).toBeGreaterThan(0);
    expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);
  });

  it('gives every control a 44 px touch target: board, its filters, bulk selection, drawer, leadership', async () => {
    // The lead unit's staff: cards they may move carry a bulk-selection checkbox.
    const page = await signedIn('hd.vhxh.staff');
    await page.locator('[data-testid^="card-select-"]').first().waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);

    await page.getByTestId('filters-toggle').click();
    await page.getByTestId('filter-timeliness').waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);

    await page.locator('[data-testid^="card-select-"]').first().click();
    await page.getByTestId('bulk-bar').waitFor();
    expect(await smallTouchTargets(page)).toEqual([]);

    await page.locator('[data-testid^="card-details-"]').first().click();
    await page.getByTestId('task-drawer').locator('.content').waitFor();
    expect(await smallTouchTargets(page, '[data-testid="task-drawer"]')).toEqual([]);
    await page.getByTestId('drawer-close').click();

    const leader = await signedIn('hd.leader');
    await new LeadershipPage(leader).open();
    expect(await smallTouchTargets(leader)).toEqual([]);
  });

  it('opens the task drawer across the width, readable and closable', async () => {
    const page = await signedIn('hd.leader');
    await page.locator('[data-testid^="card-details-"]').first().click();
    const drawer = page.getByTestId('task-drawer');
    await drawer.waitFor();
    await drawer.locator('.content').waitFor();
    const box = await drawer.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= PHONE_VIEWPORT.width).toBe(true);
    expect(await drawer.evaluate((panel) => panel.scrollWidth <= panel.clientWidth)).toBe(true);
    expect(await documentWidth(page)).toBeLessThanOrEqual(PHONE_VIEWPORT.width);

    await page.getByTestId('drawer-close').click();
    await drawer.waitFor({ state: 'detached' });
  });
});
