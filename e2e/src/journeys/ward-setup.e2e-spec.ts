import { WORKSPACE_ROOT } from '@dondoc/test-support';
import { Workbook } from 'exceljs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { LoginPage } from '../pages/login.page';
import { expectNoSeriousViolations } from '../support/axe';
import { appDataDir, appUrl, useBuiltApp } from '../support/browser';
import { BrowserSessions, PHONE_VIEWPORT, WIDE_VIEWPORT } from '../support/sessions';

const run = promisify(execFile);
const NEW_PASSWORD = 'mat-khau-moi-cua-phuong';
const NEW_UNITS: Record<string, string> = {
  TCKT: 'Phòng Tài chính – Kế toán',
  QLDT: 'Phòng Quản lý đô thị',
};

/** The built command line against the running app's database (its SQLite in the app's data folder). */
async function cli(...args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, [join(WORKSPACE_ROOT, 'dist/backend/cli.js'), ...args], {
      cwd: WORKSPACE_ROOT,
      env: { ...process.env, DATA_DIR: appDataDir(), LOG_LEVEL: 'warn' },
    });
    return { stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string; code?: number };
    return { stdout: `${failed.stdout ?? ''}${failed.stderr ?? ''}`, code: failed.code ?? 1 };
  }
}

/** Signs in with a one-time password and sets a new one, as the login page insists. */
async function firstSignIn(page: Page, username: string, oneTimePassword: string): Promise<void> {
  await new LoginPage(page).signIn(username, oneTimePassword);
  await page.getByTestId('login-must-change').waitFor();
  await page.getByTestId('login-new-password').fill(NEW_PASSWORD);
  await page.getByTestId('login-repeat-password').fill(NEW_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.endsWith('/dang-nhap'));
}

/** The people sheet a ward fills in: built with exceljs, as a ward's .xlsx would be. */
async function peopleSheet(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Người dùng');
  sheet.addRow(['Tên đăng nhập', 'Họ và tên', 'Đơn vị', 'Vai trò', 'Email']);
  sheet.addRow(['tai.tckt', 'Nguyễn Văn Tài', 'TCKT', 'Chuyên viên', 'tai@example.vn']);
  sheet.addRow(['hoa.qldt', 'Trần Thị Hoa', 'QLDT', 'Trưởng phòng', '']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Issue #15, done when: a ward created from the command line is set up in the app by its first
 * admin — units, a group, people from an .xlsx, "Trước ngày D" read as due on D, a plan typed in
 * by hand with three tasks (each deadline's reading in the form the date the card gets) and a
 * corrected deadline — and a person of a new unit, signed in with the one-time password, finds
 * the task on the unit board. The event log and its hash chain still verify afterwards.
 */
describe('a new ward sets itself up', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();
  let adminPassword: string;
  const passwords = new Map<string, string>();
  let planId: string;

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('is created from the command line with its first admin and a one-time password', async () => {
    const created = await cli(
      'create-ward',
      '--code',
      'HT',
      '--name',
      'Phường Hòa Thuận',
      '--admin',
      'admin.ht',
    );
    expect(created.code).toBe(0);
    const match = /admin\.ht signs in once with (\S+)/.exec(created.stdout);
    expect(match).not.toBeNull();
    adminPassword = match?.[1] ?? '';
  });

  it('lets its admin create two units, a group and people from an .xlsx', async () => {
    const page = await sessions.newPage(WIDE_VIEWPORT, { bypassCSP: true });
    await firstSignIn(page, 'admin.ht', adminPassword);
    await page.goto(`${appUrl()}/quan-tri`);
    const units = page.getByTestId('admin-units');
    for (const [code, name] of Object.entries(NEW_UNITS)) {
      const form = page.getByTestId('admin-unit-form');
      await form.locator('input[name="code"]').fill(code);
      await form.locator('input[name="name"]').fill(name);
      await form.locator('button[type="submit"]').click();
      await units.getByTestId(`admin-unit-${code}`).waitFor();
    }

    // A unit's edit form refuses a code another unit has, in the admin's language, and keeps the unit.
    await units.getByTestId('admin-unit-edit-open-TCKT').click();
    const edit = units.getByTestId('admin-unit-edit-TCKT');
    await edit.locator('input[name="code"]').fill('QLDT');
    await edit.locator('button[type="submit"]').click();
    expect(await edit.getByTestId('admin-unit-edit-failure').innerText()).toContain(
      'Mã đơn vị QLDT đã có trong phường',
    );
    await edit.getByRole('button', { name: 'Huỷ' }).click();
    await edit.waitFor({ state: 'detached' });

    // The group through its form, by keyboard: its name, the two new units, a wording of the plans.
    const groupForm = page.getByTestId('admin-group-form');
    await groupForm.locator('input[name="groupName"]').fill('Các phòng mới');
    for (const code of ['TCKT', 'QLDT']) {
      await groupForm.locator(`input[data-unit="${code}"]`).focus();
      await page.keyboard.press('Space');
    }
    await groupForm.locator('textarea[name="wordings"]').fill('Phòng TCKT và Phòng QLĐT');
    await groupForm.locator('button[type="submit"]').press('Enter');
    const group = page.getByTestId('names-group-Các phòng mới');
    await group.waitFor();
    const members = await group.locator('.meta').first().innerText();
    expect(members).toContain('TCKT');
    expect(members).toContain('QLDT');
    expect(await group.locator('.uses').innerText()).toContain('«Phòng TCKT và Phòng QLĐT»');

    await page.getByTestId('admin-import-file').setInputFiles({
      name: 'nguoi-dung.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await peopleSheet(),
    });
    await page.getByTestId('admin-import-summary').waitFor();
    expect(await page.getByTestId('admin-import-summary').innerText()).toContain('2 dòng, 0 dòng cần sửa');
    await page.getByTestId('admin-people-import').locator('button').click();
    const shown = page.getByTestId('admin-one-time-passwords');
    await shown.waitFor();
    for (const item of await shown.locator('li').all()) {
      passwords.set(
        (await item.locator('.code').innerText()).trim(),
        (await item.locator('code').innerText()).trim(),
      );
    }
    expect([...passwords.keys()].sort()).toEqual(['hoa.qldt', 'tai.tckt']);
    await expectNoSeriousViolations(page, 'administration');
  });

  it('lets its admin type in a plan with three tasks and correct a deadline', async () => {
    const page = await sessions.newPage(WIDE_VIEWPORT, { bypassCSP: true });
    await new LoginPage(page).signIn('admin.ht', NEW_PASSWORD);
    await page.waitForURL((url) => !url.pathname.endsWith('/dang-nhap'));
    await page.goto(`${appUrl()}/quan-tri`);
    // This ward reads "Trước ngày D" as due on D itself; its plans from now on read so.
    const settings = page.getByTestId('admin-settings');
    await settings.locator('input[name="reading"][value="same_day"]').check();
    await settings.locator('button[type="submit"]').click();
    await settings.getByRole('status').waitFor();
    const section = page.getByTestId('admin-plans');
    await section.locator('input[name="symbol"]').fill('158/KH-UBND');
    await section.locator('input[name="issuedOn"]').fill('15/03/2026');
    await section.locator('textarea[name="title"]').fill('Kế hoạch chuyển đổi số năm 2026');
    await section.locator('textarea[name="legalBasis"]').fill('Nghị quyết số 57-NQ/TW');
    await section.locator('textarea[name="sections"]').fill('I. Chỉ đạo, điều hành\nII. Chính quyền số');
    await section.getByTestId('create-plan').click();
    await section.getByTestId('plan-created').waitFor();
    await section.getByTestId('plan-created').locator('a').click();
    await page.locator('[data-board-ready]').waitFor();
    planId = new URL(page.url()).pathname.split('/').pop() ?? '';

    // The form's reading is the date the server saves: the card carries the same due date.
    const tasks = [
      ['Xây dựng quy chế số hoá hồ sơ', 'TCKT', 'Trước ngày 15/04/2026', 'Hạn: 15/04/2026', '2026-04-15'],
      ['Chỉnh trang hạ tầng khu phố', 'QLDT', 'Quý II/2026', 'hạn 30/06/2026', '2026-06-30'],
      ['Báo cáo kết quả chuyển đổi số', 'TCKT', 'Trước ngày 30/11/2026', 'Hạn: 30/11/2026', '2026-11-30'],
    ];
    for (const [index, [content, lead, deadline, reading, due]] of tasks.entries()) {
      await page.getByTestId('add-task').click();
      const form = page.getByTestId('task-form');
      await form.getByTestId('task-content').fill(content);
      await form.getByTestId('task-lead').selectOption({ label: `${lead} — ${NEW_UNITS[lead]}` });
      await form.getByTestId('task-deliverable').fill('Báo cáo');
      await form.getByTestId('task-deadline').fill(deadline);
      expect(await form.getByTestId('deadline-reading').innerText()).toContain(reading);
      if (index === 0) await expectNoSeriousViolations(page, 'add task form');
      await form.getByTestId('task-form-save').click();
      await form.waitFor({ state: 'detached' });
      await page.getByTestId(`card-${index + 1}`).waitFor();
      expect(
        await page
          .getByTestId(`card-${index + 1}`)
          .locator('time.due')
          .getAttribute('datetime'),
      ).toBe(due);
    }

    await page.getByTestId('card-details-1').click();
    const drawer = page.getByTestId('task-drawer');
    await drawer.getByTestId('edit-task').click();
    const form = page.getByTestId('task-form');
    await form.getByTestId('task-deadline').fill('Trước ngày 30/05/2026');
    expect(await form.getByTestId('deadline-reading').innerText()).toContain('Hạn: 30/05/2026');
    await form.getByTestId('task-form-save').click();
    await form.waitFor({ state: 'detached' });
    const correction = drawer.locator('[data-testid="history-item"]', { hasText: 'Sửa nhiệm vụ' });
    await correction.waitFor();
    // Who changed what, from what, to what.
    expect(await correction.getByTestId('correction-changes').innerText()).toContain(
      'Thời hạn: Trước ngày 15/04/2026 → Trước ngày 30/05/2026',
    );
    await page.locator('[data-testid="card-1"][data-version="3"]').waitFor();
    expect(await page.getByTestId('card-1').locator('time.due').getAttribute('datetime')).toBe('2026-05-30');
  });

  it('lets a person of a new unit sign in once, choose a password, and find the task on the unit board', async () => {
    const page = await sessions.newPage(PHONE_VIEWPORT, { bypassCSP: true });
    await firstSignIn(page, 'tai.tckt', passwords.get('tai.tckt') ?? '');
    await page.goto(`${appUrl()}/don-vi`);
    const board = page.getByTestId('unit-board');
    await board.getByText('Xây dựng quy chế số hoá hồ sơ').first().waitFor();
    expect(await board.getByText('Chỉnh trang hạ tầng khu phố').count()).toBe(0);
    await expectNoSeriousViolations(page, 'unit board of the new unit at 390 px');
    expect(planId).not.toBe('');
  });

  it('still verifies every task log and the hash chain of every ward', async () => {
    const verified = await cli('verify');
    expect(verified).toMatchObject({ code: 0 });
  });
});
