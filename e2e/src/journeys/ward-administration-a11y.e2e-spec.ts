import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { LoginPage } from '../pages/login.page';
import { expectNoSeriousViolations } from '../support/axe';
import { appDataDir, appUrl, useBuiltApp } from '../support/browser';
import { BrowserSessions, PHONE_VIEWPORT } from '../support/sessions';
import { smallTouchTargets } from '../support/touch-targets';

const DESKTOP = { width: 1440, height: 900 };
const CITY_PASSWORD = 'quan-tri-thanh-pho-2026';

/**
 * The administration page as issue 15 left it, for a ward admin (the names section: aliases and
 * wordings with the plans they were met in) and for a city-level admin (wards and grants): no
 * serious axe violation in either language, on a desktop and on a 390 px phone without sideways
 * scrolling, and a ward created from the keyboard alone.
 */
describe('ward administration: accessible, by keyboard, on a phone', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(async () => {
    await sessions.start();
    // The city's office, as an operator makes it: from the command line, on the app's own database.
    const printed = execFileSync(
      process.execPath,
      [
        join(__dirname, '../../../dist/backend/cli.js'),
        'create-ward',
        '--code',
        'TP',
        '--name',
        'UBND thành phố',
        '--admin',
        'admin.tp',
        '--city',
      ],
      { env: { ...process.env, DATA_DIR: appDataDir(), LOG_LEVEL: 'silent' }, encoding: 'utf8' },
    );
    const oneTime = /signs in once with (\S+)/.exec(printed)?.[1];
    if (!oneTime) throw new Error(`create-ward printed no password: ${printed}`);
    const changed = await fetch(`${appUrl()}/api/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin.tp', password: oneTime, newPassword: CITY_PASSWORD }),
    });
    if (changed.status !== 200) throw new Error(`changing the password: ${await changed.text()}`);
  });
  afterAll(() => sessions.stop());

  const adminPage = async (
    language: 'vi' | 'en',
    viewport: typeof DESKTOP,
    username: string,
    password?: string,
  ): Promise<Page> => {
    const page = await sessions.newPage(viewport, { bypassCSP: true });
    await page.addInitScript((chosen) => localStorage.setItem('dondoc.language', chosen), language);
    await new LoginPage(page).signIn(username, password);
    await page.waitForURL((url) => !url.pathname.endsWith('/dang-nhap'));
    await page.goto(`${appUrl()}/quan-tri`);
    return page;
  };

  const fitsSideways = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

  describe.each(['vi', 'en'] as const)('in %s', (language) => {
    it.each([
      ['1440 px', DESKTOP],
      ['390 px', PHONE_VIEWPORT],
    ] as const)('a ward admin’s names section at %s', async (_name, viewport) => {
      const page = await adminPage(language, viewport, 'hd.admin');
      await page.locator('[data-testid="admin-names"] li.names').first().waitFor();
      await expectNoSeriousViolations(page, `administration, names ${language}`);
      expect(await fitsSideways(page)).toBe(true);
    });

    it.each([
      ['1440 px', DESKTOP],
      ['390 px', PHONE_VIEWPORT],
    ] as const)('a city-level admin’s section at %s', async (_name, viewport) => {
      const page = await adminPage(language, viewport, 'admin.tp', CITY_PASSWORD);
      await page.getByTestId('city-ward-TP').waitFor();
      await expectNoSeriousViolations(page, `administration, city ${language}`);
      expect(await fitsSideways(page)).toBe(true);
    });
  });

  it('offers a unit’s edit form and a group’s forms by keyboard, axe-clean with 44 px targets at 390 px', async () => {
    const page = await adminPage('vi', PHONE_VIEWPORT, 'hd.admin');
    const units = page.getByTestId('admin-units');
    await units.locator('[data-testid^="admin-unit-edit-open-"]').first().waitFor();
    await units.locator('[data-testid^="admin-unit-edit-open-"]').first().press('Enter');
    const edit = units.locator('form[data-testid^="admin-unit-edit-"]');
    await edit.waitFor();
    // The keyboard lands in the form it opened.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('code');
    expect(await smallTouchTargets(page, 'form[data-testid^="admin-unit-edit-"]')).toEqual([]);
    expect(await smallTouchTargets(page, '[data-testid="admin-group-form"]')).toEqual([]);

    const names = page.getByTestId('admin-names');
    await names.getByTestId('group-delete').first().press('Enter');
    await names.getByTestId('group-delete-confirm').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'group-delete-confirm',
    );
    expect(await smallTouchTargets(page, '[data-testid="admin-names"] [role="group"]')).toEqual([]);
    await expectNoSeriousViolations(page, 'administration, unit edit and group forms at 390 px');
    expect(await fitsSideways(page)).toBe(true);
  });

  it('creates a ward by keyboard alone and shows its admin’s one-time password', async () => {
    const page = await adminPage('vi', PHONE_VIEWPORT, 'admin.tp', CITY_PASSWORD);
    const form = page.getByTestId('city-ward-form');
    await form.locator('input[name="code"]').focus();
    await page.keyboard.type('HL');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Phường Hạ Long');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Quảng Ninh');
    await page.keyboard.press('Tab');
    await page.keyboard.type('admin.hl');
    await page.keyboard.press('Enter');
    const created = page.getByTestId('city-created-ward');
    await created.waitFor();
    expect(await created.locator('code').innerText()).toMatch(/\S{8,}/);
    await page.getByTestId('city-ward-HL').waitFor();
    // Its creator holds it at once: the box for the new ward is ticked in their own row.
    const box = page.locator('[data-testid="city-grants-admin.tp"] input[type="checkbox"]').first();
    expect(await box.isChecked()).toBe(true);
  });
});
