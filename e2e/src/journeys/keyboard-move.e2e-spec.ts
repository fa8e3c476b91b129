import { API } from '@dondoc/contracts';
import type { BoardPage } from '../pages/board.page';
import { apiAs, draftDocumentLedBy, eventsOf, firstPlanId } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { movedText } from '../support/labels';
import { BrowserSessions } from '../support/sessions';

/**
 * Issue #5: a staff member who never touches the mouse moves a draft card to "Đã trình" with
 * Tab, Enter and the arrow keys, and a screen reader hears about it through the live region.
 */
describe('moving a card with the keyboard only', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('tabs to a draft card, opens "Chuyển sang…", picks "Đã trình", fills the deliverable and confirms', async () => {
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH');
    const staff: BoardPage = await sessions.boardAs('hd.vhxh.staff', planId);
    const keyboard = staff.page.keyboard;

    await staff.tabToCard(card.ref);
    await keyboard.press('Enter');
    // The menu opens with the focus on its first entry; the arrows walk to "Đã trình".
    await staff.page.getByTestId('move-option-submitted').waitFor();
    expect(await staff.page.getByTestId(`move-menu-${card.ref}`).getAttribute('aria-expanded')).toBe('true');
    await staff.pressUntilFocused('ArrowDown', 'move-option-submitted');
    await keyboard.press('Enter');

    // The dialog puts the focus in its first field: the deliverable.
    await staff.page.getByTestId('move-dialog').waitFor();
    await staff.page.locator('[data-testid="deliverableRef-input"]:focus').waitFor();
    await keyboard.type('ke-hoach-dao-tao-2026.docx');
    await keyboard.press('Enter');

    await staff.waitForCardAt(card.ref, 'submitted', card.version + 1);
    await staff.page.getByTestId('move-dialog').waitFor({ state: 'detached' });
    await staff.page
      .locator('[data-testid="live-region"]', { hasText: movedText(card.ref, 'submitted') })
      .waitFor();
    expect((await staff.liveRegion().innerText()).trim()).toBe(movedText(card.ref, 'submitted'));
    expect(await staff.liveRegion().getAttribute('aria-live')).toBe('polite');

    expect(await eventsOf(staffApi, card.id)).toEqual(['SUBMIT']);
    const task = await staffApi.get<{ card: { context: { deliverableRef: string } } }>(API.task(card.id));
    expect(task.card.context.deliverableRef).toBe('ke-hoach-dao-tao-2026.docx');
  });
});
