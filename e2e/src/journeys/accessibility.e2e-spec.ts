import type { Page } from 'playwright-core';
import { LoginPage } from '../pages/login.page';
import { apiAs, draftDocumentLedBy, firstPlanId } from '../support/api';
import { expectNoSeriousViolations } from '../support/axe';
import { appUrl, useBuiltApp } from '../support/browser';
import { BrowserSessions, PHONE_VIEWPORT } from '../support/sessions';

const DESKTOP = { width: 1440, height: 900 };
const LANGUAGES = ['vi', 'en'] as const;
const SCREENS = [
  ['1440 px', DESKTOP],
  ['390 px', PHONE_VIEWPORT],
] as const;

/**
 * Issue #13: axe-core finds no serious or critical violation on the login, plan, unit and
 * leadership pages, in Vietnamese and in English, on a desktop and on a phone — nor with the task
 * drawer or a dialog open on the plan board.
 */
describe('accessibility of every page (axe-core)', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();
  let planId: string;
  /** A draft its unit may submit: its drawer offers the submit dialog, with the file upload. */
  let draftRef: string;

  beforeAll(async () => {
    await sessions.start();
    const api = await apiAs('hd.vhxh.staff');
    planId = await firstPlanId(api);
    draftRef = (await draftDocumentLedBy(api, planId, 'VHXH')).ref;
  });
  afterAll(() => sessions.stop());

  /** A fresh page in the language, before the app reads its stored choice. */
  const pageIn = async (language: (typeof LANGUAGES)[number], viewport: typeof DESKTOP): Promise<Page> => {
    const page = await sessions.newPage(viewport, { bypassCSP: true });
    await page.addInitScript((chosen) => localStorage.setItem('dondoc.language', chosen), language);
    return page;
  };

  const signedIn = async (page: Page, username: string): Promise<void> => {
    await new LoginPage(page).signIn(username);
    await page.waitForURL((url) => !url.pathname.endsWith('/dang-nhap'));
  };

  describe.each(LANGUAGES)('in %s', (language) => {
    it.each(SCREENS)('the login page at %s', async (_name, viewport) => {
      const page = await pageIn(language, viewport);
      await page.goto(`${appUrl()}/dang-nhap`);
      await page.getByTestId('login-submit').waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      await expectNoSeriousViolations(page, `login ${language}`);
    });

    it.each(SCREENS)('the plan board, its drawer and a dialog at %s', async (_name, viewport) => {
      const page = await pageIn(language, viewport);
      await signedIn(page, 'hd.vhxh.staff');
      await page.goto(`${appUrl()}/ke-hoach/${planId}`);
      await page.locator('[data-board-ready]').waitFor();
      await expectNoSeriousViolations(page, `plan board ${language}`);

      await page.getByTestId(`card-details-${draftRef}`).click();
      const drawer = page.getByTestId('task-drawer');
      await drawer.locator('[data-testid="task-action"][data-event="SUBMIT"]').waitFor();
      await expectNoSeriousViolations(page, `task drawer ${language}`);

      await drawer.locator('[data-testid="task-action"][data-event="SUBMIT"]').click();
      await page.getByTestId('move-dialog').getByTestId('dialog-upload').waitFor();
      await expectNoSeriousViolations(page, `submit dialog ${language}`);
    });

    it.each(SCREENS)('the unit board at %s', async (_name, viewport) => {
      const page = await pageIn(language, viewport);
      await signedIn(page, 'hd.vhxh.staff');
      await page.goto(`${appUrl()}/don-vi`);
      await page.getByTestId('unit-board').waitFor();
      await expectNoSeriousViolations(page, `unit board ${language}`);
    });

    it.each(SCREENS)('the leadership board at %s', async (_name, viewport) => {
      const page = await pageIn(language, viewport);
      await signedIn(page, 'hd.leader');
      await page.goto(`${appUrl()}/lanh-dao`);
      await page.getByTestId('leadership-total-all').waitFor();
      await expectNoSeriousViolations(page, `leadership ${language}`);
      if (viewport === PHONE_VIEWPORT) {
        // The table fits the phone: nothing scrolls sideways.
        const sideways = await page
          .locator('.table-wrap')
          .evaluate((wrap) => wrap.scrollWidth - wrap.clientWidth);
        expect(sideways).toBeLessThanOrEqual(1);
      }
    });
  });
});
