import { type NotificationListDto, NOTIFICATIONS_API } from '@dondoc/contracts';
import { BoardPage } from '../pages/board.page';
import { LoginPage } from '../pages/login.page';
import { NotificationBellPage } from '../pages/notification-bell.page';
import { apiAs, draftDocumentLedBy, firstPlanId } from '../support/api';
import { useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';

/**
 * Issue #6: the reviewer keeps the app open in one browser; the lead unit's staff submits a task
 * in another; the reviewer's bell shows the new notification at once, without a reload, and opens
 * the task on its board.
 */
describe('notifications arrive live in a second browser', () => {
  beforeAll(() => {
    // Reminders would add notifications of their own while the journey counts (the built app
    // inherits this file's environment).
    process.env['SCHEDULER_ENABLED'] = 'false';
  });
  useBuiltApp();
  const sessions = new BrowserSessions();

  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('shows the reviewer a submission the moment the lead submits it', async () => {
    const staffApi = await apiAs('hd.pvhcc.staff');
    const reviewerApi = await apiAs('hd.reviewer');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'PVHCC');

    const reviewerPage = await sessions.newPage();
    await new LoginPage(reviewerPage).signIn('hd.reviewer');
    await reviewerPage.getByTestId('board').waitFor();
    const bell = new NotificationBellPage(reviewerPage);
    await bell.waitUntilLive();
    const before = (await reviewerApi.get<NotificationListDto>(NOTIFICATIONS_API.list())).unreadCount;
    await bell.waitForUnreadCount(before);
    await reviewerPage.evaluate(() => Object.assign(window, { e2eMarker: 'before-the-submission' }));

    const lead: BoardPage = await sessions.boardAs('hd.pvhcc.staff', planId);
    await lead.page.getByTestId(`move-menu-${card.ref}`).click();
    await lead.page.getByTestId('move-option-submitted').click();
    await lead.page.getByTestId('move-dialog').waitFor();
    await lead.confirmDialog({ 'deliverableRef-input': 'ke-hoach-2026.docx' });
    await lead.waitForCardAt(card.ref, 'submitted', card.version + 1);

    await bell.waitForUnreadCount(before + 1);
    await bell.openPanel();
    const arrived = bell.item(`đã trình nhiệm vụ ${card.ref},`);
    await arrived.waitFor();
    expect(await arrived.getAttribute('data-kind')).toBe('review_requested');
    expect(await arrived.getAttribute('data-read')).toBe('false');
    expect(await bell.items().first().getAttribute('data-kind')).toBe('review_requested');
    expect(await reviewerPage.evaluate(() => (window as unknown as { e2eMarker?: string }).e2eMarker)).toBe(
      'before-the-submission',
    );

    // it opens the task on its plan board and counts as read
    await arrived.locator('button').click();
    await reviewerPage.waitForURL(new RegExp(`/ke-hoach/${planId}\\?q=${card.ref}$`));
    await new BoardPage(reviewerPage).waitForCardIn(card.ref, 'submitted');
    await bell.waitForUnreadCount(before);
    const after = await reviewerApi.get<NotificationListDto>(NOTIFICATIONS_API.list());
    expect(after.unreadCount).toBe(before);
    expect(after.items[0]).toMatchObject({
      kind: 'review_requested',
      taskId: card.id,
      readAt: expect.any(String),
    });
    // the submitter is not told of their own submission
    const own = await staffApi.get<NotificationListDto>(NOTIFICATIONS_API.list());
    expect(own.items.some((item) => item.taskId === card.id && item.kind === 'review_requested')).toBe(false);
  });
});
