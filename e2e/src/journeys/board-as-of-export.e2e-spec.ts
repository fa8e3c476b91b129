import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { FiltersBar } from '../pages/filters.page';
import { LoginPage } from '../pages/login.page';
import { apiAs, firstPlanId } from '../support/api';
import { expectNoSeriousViolations } from '../support/axe';
import { appUrl, useBuiltApp } from '../support/browser';
import { BrowserSessions, PHONE_VIEWPORT } from '../support/sessions';

const DESKTOP = { width: 1440, height: 900 };

/** Today in Vietnam as the date field takes it (dd/mm/yyyy) and as the address carries it. */
const today = () => {
  const iso = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
  return { iso, typed: iso.split('-').reverse().join('/') };
};

/** The refs in the first column of the exported sheet, below its header row. */
async function exportedRefs(page: Page): Promise<string[]> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('board-export').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = await download.path();
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer);
  const refs: string[] = [];
  let header = false;
  book.worksheets[0].eachRow((row) => {
    const first = String(row.getCell(1).value ?? '');
    if (header) refs.push(first);
    else header = first === 'Số TT';
  });
  return refs.sort();
}

/**
 * Issue #16: the plan board exports the view on screen (its filters, live or as of a day) to .xlsx,
 * row for row the cards it shows; "Xem tại ngày" shows the board and the leadership board read-only
 * with a banner and a way back; both as-of views pass axe on a desktop and on a phone.
 */
describe('the board as of a day, and its export to Excel', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();
  let planId: string;

  beforeAll(async () => {
    await sessions.start();
    planId = await firstPlanId(await apiAs('hd.vhxh.staff'));
  });
  afterAll(() => sessions.stop());

  const signedIn = async (username: string, viewport = DESKTOP): Promise<Page> => {
    const page = await sessions.newPage(viewport, { bypassCSP: true });
    await new LoginPage(page).signIn(username);
    await page.waitForURL((url) => !url.pathname.endsWith('/dang-nhap'));
    return page;
  };

  it('exports the filtered board, then the board as of today, row for row the cards shown', async () => {
    const page = await signedIn('hd.vhxh.staff');
    await page.goto(`${appUrl()}/ke-hoach/${planId}`);
    await page.locator('[data-board-ready][data-board-complete]').waitFor();
    const filters = new FiltersBar(page);
    const everything = await filters.shownRefs();
    await filters.chooseUnit('VHXH');
    await filters.waitForParam('unit', 'VHXH');
    await page.waitForFunction(
      (all) => document.querySelectorAll('[data-testid^="card-"][data-task-id]').length < all,
      everything.length,
    );
    const shown = await filters.shownRefs();
    expect(shown.length).toBeGreaterThan(0);
    expect(await exportedRefs(page)).toEqual(shown);

    // As of today: read-only, the filters kept, the same cards in the file.
    const day = today();
    await page.getByTestId('as-of-input').fill(day.typed);
    await page.getByTestId('as-of-input').press('Enter');
    await filters.waitForParam('asOf', day.iso);
    await page.locator(`[data-testid="board"][data-as-of="${day.iso}"]`).waitFor();
    await expect(page.getByTestId('as-of-banner').textContent()).resolves.toContain(day.typed);
    await filters.waitForShown(shown);
    expect(filters.param('unit')).toBe('VHXH');
    expect(await page.locator('.card.movable').count()).toBe(0);
    expect(await page.locator('[data-testid^="card-select-"]').count()).toBe(0);
    expect(await exportedRefs(page)).toEqual(shown);

    // A day to come is refused in the field, and the way back goes live.
    await page.getByTestId('as-of-input').fill('31/12/2099');
    await page.getByTestId('as-of-show').click();
    await page.locator('[data-testid="as-of-input"][aria-invalid="true"]').waitFor();
    await page.getByTestId('as-of-live').click();
    await page.waitForURL((url) => !url.searchParams.has('asOf'));
    await page.locator('[data-testid="board"]:not([data-as-of])').waitFor();
    await page.locator('.card.movable').first().waitFor();
  });

  it.each([
    ['1440 px', DESKTOP],
    ['390 px', PHONE_VIEWPORT],
  ] as const)('the as-of plan board and leadership board pass axe at %s', async (_name, viewport) => {
    const day = today();
    const staff = await signedIn('hd.vhxh.staff', viewport);
    await staff.goto(`${appUrl()}/ke-hoach/${planId}?asOf=${day.iso}`);
    await staff.locator(`[data-testid="board"][data-as-of="${day.iso}"]`).waitFor();
    await staff.getByTestId('as-of-banner').waitFor();
    await expectNoSeriousViolations(staff, `plan board as of ${day.iso} at ${viewport.width}`);

    const leader = await signedIn('hd.leader', viewport);
    await leader.goto(`${appUrl()}/lanh-dao?asOf=${day.iso}`);
    await leader.getByTestId('leadership-total-all').waitFor();
    await leader.getByTestId('as-of-banner').waitFor();
    await leader.getByTestId('weekly-chart').waitFor();
    await leader.getByTestId('plan-progress-chart').waitFor();
    expect(await leader.locator('.ticker').count()).toBe(0);
    await expectNoSeriousViolations(leader, `leadership as of ${day.iso} at ${viewport.width}`);
    // Nothing on the page scrolls sideways on a phone.
    const sideways = await leader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(sideways).toBeLessThanOrEqual(1);
  });
});
