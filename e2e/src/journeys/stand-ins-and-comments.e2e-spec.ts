import {
  API,
  COLLABORATION_API,
  type CurrentUser,
  type DelegationDto,
  type TaskDetailDto,
  type TransitionResponse,
} from '@dondoc/contracts';
import { addDays, vietnamDateOf } from '@dondoc/deadlines';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { BoardPage } from '../pages/board.page';
import { LoginPage } from '../pages/login.page';
import { apiAs, draftDocumentLedBy, firstPlanId, moveThroughApi, submitThroughApi } from '../support/api';
import { launchChromium, useBuiltApp } from '../support/browser';
import { movedText } from '../support/labels';

/**
 * Issue #6 on the Hải Dương demo ward: the approver delegates to a clerk of the office, who grants
 * an extension in the task drawer "thay mặt" the approver; the history says so, the card's due
 * moves. The same clerk approves a reviewed card from the board itself, with the keyboard menu
 * that offers the approver's moves. A comment in the drawer mentions a colleague, who ends up in
 * the event's mentions.
 */
describe('stand-ins, extensions and comments in the task drawer', () => {
  useBuiltApp();
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const boardAs = async (username: string, planId: string): Promise<BoardPage> => {
    const context = await browser.newContext({ viewport: { width: 2200, height: 1000 }, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    await new LoginPage(page).signIn(username);
    await page.getByTestId('board').waitFor();
    const board = new BoardPage(page);
    await board.open(planId);
    return board;
  };

  const openDrawer = async (board: BoardPage, ref: string): Promise<Locator> => {
    await board.page.getByTestId(`card-details-${ref}`).click();
    const drawer = board.page.getByTestId('task-drawer');
    await drawer.getByTestId('task-comments').waitFor();
    return drawer;
  };

  const drawerAs = async (username: string, planId: string, ref: string): Promise<Locator> =>
    openDrawer(await boardAs(username, planId), ref);

  /** The approver hands their rights to the office clerk for a week; answers the approver's name. */
  const approverDelegatesToClerk = async (today: string): Promise<string> => {
    const approverApi = await apiAs('hd.approver');
    const delegated = await approverApi.post(COLLABORATION_API.delegations, {
      toUsername: 'hd.vp.staff',
      startsOn: today,
      endsOn: addDays(today, 7),
    });
    expect(delegated.status).toBe(201);
    return (delegated.body as unknown as DelegationDto).from.fullName;
  };

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
  });

  it('a clerk grants an extension on behalf of the approver, and the history says so', async () => {
    const today = vietnamDateOf(new Date()) as string;
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH');
    const newDue = addDays(today, 60);
    await moveThroughApi(staffApi, card.id, {
      event: 'REQUEST_EXTENSION',
      expectedVersion: card.version,
      payload: { newDue, reason: 'Chờ số liệu thống kê' },
    });
    const approverName = await approverDelegatesToClerk(today);

    const drawer = await drawerAs('hd.vp.staff', planId, card.ref);
    await drawer.getByTestId('pending-extension').waitFor();
    const grantForApprover = drawer.locator(
      '[data-testid="task-action"][data-event="GRANT_EXTENSION"][data-on-behalf-of]',
    );
    expect(await grantForApprover.innerText()).toContain(`thay mặt ${approverName}`);
    await grantForApprover.click();
    await drawer.getByTestId('dialog-confirm').click();

    const line = drawer.getByTestId('history-on-behalf').first();
    await line.waitFor();
    expect(await line.innerText()).toContain(`thay mặt ${approverName}`);
    await drawer.getByTestId('planned-due').waitFor();
    const detail = await staffApi.get<TaskDetailDto>(API.task(card.id));
    expect(detail.card.due).toBe(newDue);
    expect(detail.card.plannedDue).toBe(card.due);
  });

  it('the clerk approves a reviewed card from the board with the keyboard menu, on behalf of the approver', async () => {
    const today = vietnamDateOf(new Date()) as string;
    const staffApi = await apiAs('hd.pvhcc.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'PVHCC');
    const submitted = await submitThroughApi(staffApi, card);
    const reviewed = await moveThroughApi(await apiAs('hd.reviewer'), card.id, {
      event: 'REVIEW',
      expectedVersion: submitted.version,
    });
    const approverName = await approverDelegatesToClerk(today);
    const clerkApi = await apiAs('hd.vp.staff');
    const clerkName = (await clerkApi.get<CurrentUser>(API.me)).fullName;

    const clerk = await boardAs('hd.vp.staff', planId);
    const keyboard = clerk.page.keyboard;
    // The clerk has no move of their own on it: the card becomes movable once the delegations are read.
    await clerk.page.locator(`[data-testid="card-${card.ref}"][data-column="reviewed"].movable`).waitFor();
    await clerk.card(card.ref).focus();
    await keyboard.press('Enter');
    const approve = clerk.page.getByTestId('move-option-approved');
    await approve.waitFor();
    expect((await approve.innerText()).trim()).toBe(`Đã duyệt (thay mặt ${approverName})`);
    await clerk.pressUntilFocused('ArrowDown', 'move-option-approved');
    await keyboard.press('Enter');

    // Approving a document asks for the issued document; the dialog says whom the approval is for.
    const dialog = clerk.page.getByTestId('move-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toContain(`Đã duyệt (thay mặt ${approverName})`);
    await clerk.page.locator('[data-testid="issuedNumber-input"]:focus').waitFor();
    await keyboard.type('25/KH-UBND');
    await keyboard.press('Tab');
    await keyboard.type('02/03/2026');
    await keyboard.press('Enter');

    await clerk.waitForCardAt(card.ref, 'approved', reviewed.version + 1);
    await clerk
      .notice()
      .filter({ hasText: `${movedText(card.ref, 'approved')} (thay mặt ${approverName})` })
      .waitFor();

    const drawer = await openDrawer(clerk, card.ref);
    const line = drawer.getByTestId('history-on-behalf').first();
    await line.waitFor();
    expect((await line.innerText()).trim()).toBe(`${clerkName} thay mặt ${approverName}`);
    const history = (await staffApi.get<TaskDetailDto>(API.task(card.id))).history;
    expect(history.map((event) => event.event)).toEqual(['SUBMIT', 'REVIEW', 'APPROVE']);
    expect(history[2].payload).toMatchObject({
      issuedNumber: '25/KH-UBND',
      issuedOn: '2026-03-02',
      onBehalfOf: { name: approverName },
    });
  });

  it('posts a comment from the drawer with a mention resolved to the colleague', async () => {
    const staffApi = await apiAs('hd.vhxh.staff');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH', 1);
    const drawer = await drawerAs('hd.vhxh.staff', planId, card.ref);
    await drawer.getByTestId('comment-text').fill('Nhờ @hd.vhxh.head xem giúp phần kinh phí.');
    await drawer.getByTestId('comment-send').click();
    await drawer.getByTestId('comment-item').filter({ hasText: 'xem giúp phần kinh phí' }).waitFor();

    const head = await (await apiAs('hd.vhxh.head')).get<{ id: string }>(API.me);
    const history = (await staffApi.get<TaskDetailDto>(API.task(card.id))).history;
    const comment = history.find((event) => event.event === 'COMMENT') as TransitionResponse['event'];
    expect(comment.payload).toEqual({ mentions: [head.id] });
  });
});
