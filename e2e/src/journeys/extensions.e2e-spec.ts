import type { TaskDetailDto } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { addDays, vietnamDateOf } from '@dondoc/deadlines';
import type { Page } from 'playwright-core';
import { displayDate, TaskDrawer } from '../pages/task-drawer.page';
import { apiAs, draftDocumentLedBy, eventsOf, firstPlanId, moveThroughApi } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';

/** Presses Tab until the focused element matches the selector; answers how many presses it took. */
async function tabTo(page: Page, selector: string, maxPresses = 40): Promise<number> {
  for (let presses = 0; presses <= maxPresses; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector))
      return presses;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} did not get the focus after ${maxPresses} presses of Tab`);
}

const focusIsIn = (page: Page, testId: string) =>
  page.evaluate(
    (id) => document.querySelector(`[data-testid="${id}"]`)?.contains(document.activeElement),
    testId,
  );

/**
 * Issue #13: extensions in the task drawer. The lead asks for one and the approver grants it, by
 * mouse; the approver refuses another with the keyboard only, the focus going into the drawer and
 * its dialog, staying there, and coming back to the card.
 */
describe('extensions in the task drawer', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('the lead asks for an extension and the approver grants it, by mouse', async () => {
    const today = vietnamDateOf(new Date()) as string;
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH');
    const newDue = addDays(today, 45);

    const staff = await sessions.boardAs('hd.vhxh.staff', planId);
    const staffDrawer = await TaskDrawer.open(staff.page, card.ref);
    await staffDrawer.take('REQUEST_EXTENSION', {
      'newDue-input': displayDate(newDue),
      'reason-input': 'Chờ hướng dẫn của Sở Tư pháp',
    });
    await staffDrawer.root.getByTestId('pending-extension').waitFor();
    expect(await staffDrawer.offered()).not.toContain('REQUEST_EXTENSION');

    const approver = await sessions.boardAs('hd.approver', planId);
    const approverDrawer = await TaskDrawer.open(approver.page, card.ref);
    expect(await approverDrawer.offered()).toEqual(
      expect.arrayContaining(['GRANT_EXTENSION', 'REFUSE_EXTENSION']),
    );
    await approverDrawer.take('GRANT_EXTENSION', { 'comment-input': 'Đồng ý, hoàn thành trước hạn mới' });
    await approverDrawer.root.getByTestId('planned-due').waitFor();

    const detail = await staffApi.get<TaskDetailDto>(API.task(card.id));
    expect(detail.card.due).toBe(newDue);
    expect(await eventsOf(staffApi, card.id)).toEqual(['REQUEST_EXTENSION', 'GRANT_EXTENSION']);
  });

  it('the approver refuses an extension with the keyboard only, and the focus comes back to the card', async () => {
    const today = vietnamDateOf(new Date()) as string;
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH', 1);
    await moveThroughApi(staffApi, card.id, {
      event: 'REQUEST_EXTENSION',
      expectedVersion: card.version,
      payload: { newDue: addDays(today, 60), reason: 'Thiếu nhân lực' },
    });

    const approver = await sessions.boardAs('hd.approver', planId);
    const page = approver.page;
    await approver.tabToCard(card.ref);
    await tabTo(page, `[data-testid="card-details-${card.ref}"]`, 10);
    await page.keyboard.press('Enter');
    await page.getByTestId('task-drawer').getByTestId('task-actions').waitFor();
    // The focus is in the drawer at once, and Tab never leaves it.
    expect(await focusIsIn(page, 'task-drawer')).toBe(true);
    const presses = await tabTo(page, '[data-testid="task-action"][data-event="REFUSE_EXTENSION"]');
    expect(presses).toBeLessThan(15);
    for (let round = 0; round < 30; round++) {
      await page.keyboard.press('Tab');
      expect(await focusIsIn(page, 'task-drawer')).toBe(true);
    }
    await tabTo(page, '[data-testid="task-action"][data-event="REFUSE_EXTENSION"]');
    await page.keyboard.press('Enter');

    // The dialog takes the focus into its reason field.
    await page.locator('[data-testid="move-dialog"] [data-testid="reason-input"]:focus').waitFor();
    await page.keyboard.type('Không có căn cứ gia hạn');
    await tabTo(page, '[data-testid="dialog-confirm"]', 5);
    await page.keyboard.press('Enter');
    await page.getByTestId('move-dialog').waitFor({ state: 'detached' });
    await page
      .getByTestId('task-drawer')
      .getByTestId('history-item')
      .first()
      .filter({ hasText: 'Không đồng ý gia hạn' })
      .waitFor();
    expect(await focusIsIn(page, 'task-drawer')).toBe(true);

    await page.keyboard.press('Escape');
    await page.getByTestId('task-drawer').waitFor({ state: 'detached' });
    await page.locator(`[data-testid="card-${card.ref}"]:focus`).waitFor();
    expect(await eventsOf(staffApi, card.id)).toEqual(['REQUEST_EXTENSION', 'REFUSE_EXTENSION']);
  });
});
