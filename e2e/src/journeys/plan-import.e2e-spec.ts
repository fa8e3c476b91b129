import type { Page } from 'playwright-core';
import { LoginPage } from '../pages/login.page';
import { PlanImportPage } from '../pages/plan-import.page';
import { apiAs } from '../support/api';
import { expectNoSeriousViolations } from '../support/axe';
import { appUrl, useBuiltApp } from '../support/browser';
import {
  type FrameworkTable,
  type PlanTable,
  frameworkDocx,
  planDocx,
  planXlsx,
} from '../support/plan-documents';
import { BrowserSessions, PHONE_VIEWPORT } from '../support/sessions';

const DESKTOP = { width: 1440, height: 900 };
/** A working group the Hải Dương ward has never heard of: no unit or group resolves it. */
const WORKING_GROUP = 'Tổ công tác chuyển đổi số của phường';
/** The ward's group it turns out to be (its public service units). */
const CHOSEN_GROUP = 'Các đơn vị sự nghiệp công lập';

const FIRST_PLAN: PlanTable = {
  title: 'KẾ HOẠCH Chuyển đổi số phường Hải Dương năm 2026',
  sections: [
    {
      heading: 'I. Hạ tầng và dữ liệu số',
      tasks: [
        ['1', 'Rà soát thiết bị của bộ phận một cửa', WORKING_GROUP, '', 'Báo cáo', 'Quý III/2026'],
        [
          '2',
          'Số hoá hồ sơ thủ tục hành chính',
          'Trung tâm Phục vụ hành chính công',
          '',
          'Báo cáo',
          'Trước ngày 30/6/2026',
        ],
        [
          '3',
          'Tuyên truyền dịch vụ công trực tuyến',
          'Phòng Văn hoá – Xã hội',
          'Công an phường',
          'Kế hoạch',
          'Sớm',
        ],
        ['4', 'Cập nhật cơ sở dữ liệu dân cư', 'Công an phường', '', 'Báo cáo', 'Tháng 10/2026'],
        ['5', 'Kiểm tra an toàn thông tin', 'Văn phòng HĐND và UBND phường', '', 'Báo cáo', 'Quý IV/2026'],
      ],
    },
  ],
};

/** FIRST_PLAN revised (kế hoạch sửa đổi, bổ sung): its section headed anew, the tasks as they were. */
const RENAMED_SECTION = 'Hạ tầng, dữ liệu số và an toàn thông tin';
const FIRST_PLAN_REVISED: PlanTable = {
  title: 'KẾ HOẠCH Chuyển đổi số phường Hải Dương năm 2026 (sửa đổi, bổ sung)',
  sections: [{ ...FIRST_PLAN.sections[0], heading: `I. ${RENAMED_SECTION}` }],
};

const SECOND_PLAN: PlanTable = {
  title: 'KẾ HOẠCH Chuyển đổi số quý IV năm 2026',
  sections: [
    {
      heading: 'I. Dữ liệu số',
      tasks: [
        ['1', 'Số hoá hồ sơ lưu trữ', WORKING_GROUP, '', 'Báo cáo', 'Quý IV/2026'],
        [
          '2',
          'Rà soát tài khoản dịch vụ công',
          'Trung tâm Phục vụ hành chính công',
          '',
          'Báo cáo',
          'Tháng 12/2026',
        ],
      ],
    },
  ],
};

/** A framework of Bắc Hồng Lĩnh's kind: a target (chỉ tiêu), its task and the task's activity on one row. */
const FRAMEWORK: FrameworkTable = {
  title: 'KHUNG NHIỆM VỤ CHUYỂN ĐỔI SỐ TRỌNG TÂM NĂM 2026',
  sections: [
    {
      key: 'I',
      title: 'CHÍNH QUYỀN SỐ',
      rows: [
        [
          '1',
          '1.1. Tỷ lệ hồ sơ thủ tục hành chính được số hoá đạt từ 80% trở lên',
          '2.1. Số hoá hồ sơ, kết quả giải quyết thủ tục hành chính',
          '3.1. Rà soát, số hoá hồ sơ tiếp nhận tại bộ phận một cửa',
          'Báo cáo',
          'Phòng Văn hóa - Xã hội',
          '',
          'Quý IV/2026',
          '',
        ],
      ],
    },
  ],
};

/**
 * Issue #14: an admin brings a Word plan in, maps the name the ward does not know to a group and
 * keeps it, corrects a deadline by keyboard, confirms, and finds every task on the board; the next
 * plan (Excel) that writes the same name resolves it by itself.
 */
describe('importing a plan from a document', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  const signedIn = async (page: Page, username: string): Promise<void> => {
    await new LoginPage(page).signIn(username);
    await page.waitForURL((url) => !url.pathname.endsWith('/dang-nhap'));
  };

  describe.each(['vi', 'en'] as const)('accessibility in %s', (language) => {
    it.each([
      ['1440 px', DESKTOP],
      ['390 px', PHONE_VIEWPORT],
    ] as const)('the page and its preview at %s', async (_name, viewport) => {
      const page = await sessions.newPage(viewport, { bypassCSP: true });
      await page.addInitScript((chosen) => localStorage.setItem('dondoc.language', chosen), language);
      await signedIn(page, 'hd.admin');
      const importPage = new PlanImportPage(page);
      await importPage.open();
      await expectNoSeriousViolations(page, `import page ${language}`);
      // A plan with a name nobody has mapped yet, so the choices show too; nothing is confirmed.
      await importPage.pick(await planDocx(SECOND_PLAN), 'ke-hoach.docx');
      await importPage.name(WORKING_GROUP).waitFor();
      await expectNoSeriousViolations(page, `import preview ${language}`);
      const sideways = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(sideways).toBeLessThanOrEqual(1);
    });
  });

  it('an admin drops a .docx, maps the unknown name to a group, fixes a deadline, confirms, the next plan knows the name, and a revision renames the section on an open board', async () => {
    const page = await sessions.newPage(DESKTOP, { bypassCSP: true });
    await signedIn(page, 'hd.admin');
    await page.getByTestId('nav-plan-import').click();
    const importPage = new PlanImportPage(page);
    await page.getByTestId('import-drop').waitFor();

    await importPage.drop(await planDocx(FIRST_PLAN), 'chuyen-doi-so.docx');
    expect(await importPage.rows().count()).toBe(5);
    await importPage.name(WORKING_GROUP).waitFor();
    expect(await importPage.problems('1').and(page.locator('[data-code="unresolved_unit"]')).count()).toBe(1);
    expect(await importPage.row('3').locator('[data-testid="import-check"]').count()).toBe(1);

    await importPage.chooseGroup(WORKING_GROUP, CHOSEN_GROUP);
    await importPage.retypeByKeyboard('3', 'deliverable', 'deadlineText', 'Trước ngày 30/9/2026');
    expect(await importPage.blockers()).not.toBeNull();
    await importPage.reread();
    const reading = importPage.row('3').getByTestId('import-reading-cell');
    expect(await reading.locator('[data-kind]').getAttribute('data-kind')).toBe('date');
    // "Trước ngày 30/9" is due the day before (the plans' usual reading), a Tuesday.
    expect(await reading.getByTestId('import-due-dates').innerText()).toBe('29/09/2026');
    expect(await importPage.openBlockingProblems()).toEqual([]);
    expect(await importPage.blockers()).toBe('0');

    const planId = await importPage.confirm();
    expect(planId).not.toBe('');
    await page.getByTestId('board').waitFor();
    for (const [, content] of FIRST_PLAN.sections[0].tasks)
      await page.locator('[data-testid^="card-"]', { hasText: content }).first().waitFor();

    await page.getByTestId('nav-plan-import').click();
    await importPage.pick(await planXlsx(SECOND_PLAN), 'quy-iv.xlsx');
    expect(await importPage.rows().count()).toBe(2);
    expect(await page.getByTestId('import-names').count()).toBe(0);
    expect(await importPage.problems('1').and(page.locator('[data-code="unresolved_unit"]')).count()).toBe(0);
    await importPage.confirm();
    for (const [, content] of SECOND_PLAN.sections[0].tasks)
      await page.locator('[data-testid^="card-"]', { hasText: content }).first().waitFor();

    // A revision of the first plan heads its section anew: the preview says so, and a board of the
    // plan open elsewhere, in swimlanes by section, takes the new title as soon as it is applied.
    const watcher = await sessions.boardAs('hd.vhxh.head', planId);
    await watcher.page.goto(`${appUrl()}/ke-hoach/${planId}?lanes=section`);
    const laneTitle = watcher.page.getByTestId('lane-section-I').locator('.lane-name');
    expect((await laneTitle.innerText()).trim()).toBe('I. Hạ tầng và dữ liệu số');
    await importPage.open();
    await page.getByTestId('import-amends').selectOption(planId);
    await importPage.pick(await planDocx(FIRST_PLAN_REVISED), 'sua-doi.docx');
    const renamed = await page.getByTestId('import-amendment-sections').locator('li').allTextContents();
    expect(renamed.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual([
      `I. Hạ tầng và dữ liệu số → đổi tên thành ${RENAMED_SECTION}`,
    ]);
    await expectNoSeriousViolations(page, 'revision preview');
    expect(await importPage.confirm()).toBe(planId);
    await watcher.page
      .getByTestId('lane-section-I')
      .locator('.lane-name', { hasText: `I. ${RENAMED_SECTION}` })
      .waitFor();
  });

  it('keeps a framework’s target a target (chỉ tiêu) when its row is corrected in the preview', async () => {
    const page = await sessions.newPage(DESKTOP);
    await signedIn(page, 'bhl.admin');
    const importPage = new PlanImportPage(page);
    await importPage.open();
    await importPage.pick(await frameworkDocx(FRAMEWORK), 'khung-nhiem-vu.docx');
    const typeOf = (number: string) => importPage.row(number).locator('td.type').innerText();
    expect(await typeOf('1.1')).toBe('Chỉ tiêu');

    await importPage.retypeByKeyboard('1.1', 'deliverable', 'deadlineText', 'Trước ngày 30/11/2026');
    await importPage.reread();
    expect(await importPage.rows().count()).toBe(3);
    expect(await typeOf('1.1')).toBe('Chỉ tiêu');
    expect(await importPage.row('1.1').getByTestId('import-due-dates').innerText()).toBe('30/11/2026');

    const planId = await importPage.confirm();
    const board = await (await apiAs('bhl.admin')).board(planId);
    const target = board.cards.find((card) => card.ref === '1.1');
    expect(target).toMatchObject({ type: 'target', deadlineText: 'Trước ngày 30/11/2026' });
    expect(board.cards.map((card) => card.ref).sort()).toEqual(['1.1', '2.1', '3.1']);
  });
});
