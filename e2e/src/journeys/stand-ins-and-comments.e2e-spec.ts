import {
  API,
  COLLABORATION_API,
  type DelegationDto,
  type TaskDetailDto,
  type TransitionResponse,
} from '@dondoc/contracts';
import { addDays, vietnamDateOf } from '@dondoc/deadlines';
import type { Browser, BrowserContext, Locator } from 'playwright-core';
import { BoardPage } from '../pages/board.page';
import { LoginPage } from '../pages/login.page';
import { apiAs, draftDocumentLedBy, firstPlanId, moveThroughApi } from '../support/api';
import { launchChromium, useBuiltApp } from '../support/browser';

/**
 * Issue #6 on the Hải Dương demo ward: the approver delegates to a clerk of the office, who grants
 * an extension in the task drawer "thay mặt" the approver; the history says so, the card's due
 * moves. A comment in the drawer mentions a colleague, who ends up in the event's mentions.
 */
describe('stand-ins, extensions and comments in the task drawer', () => {
  useBuiltApp();
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const drawerAs = async (username: string, planId: string, ref: string): Promise<Locator> => {
    const context = await browser.newContext({ viewport: { width: 2200, height: 1000 }, locale: 'vi-VN' });
    contexts.push(context);
    const page = await context.newPage();
    await new LoginPage(page).signIn(username);
    await page.getByTestId('board').waitFor();
    await new BoardPage(page).open(planId);
    await page.getByTestId(`card-details-${ref}`).click();
    const drawer = page.getByTestId('task-drawer');
    await drawer.getByTestId('task-comments').waitFor();
    return drawer;
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
    const approverApi = await apiAs('hd.approver');
    const planId = await firstPlanId(staffApi);
    const card = await draftDocumentLedBy(staffApi, planId, 'VHXH');
    const newDue = addDays(today, 60);
    await moveThroughApi(staffApi, card.id, {
      event: 'REQUEST_EXTENSION',
      expectedVersion: card.version,
      payload: { newDue, reason: 'Chờ số liệu thống kê' },
    });
    const delegated = await approverApi.post(COLLABORATION_API.delegations, {
      toUsername: 'hd.vp.staff',
      startsOn: today,
      endsOn: addDays(today, 7),
    });
    expect(delegated.status).toBe(201);
    const approverName = (delegated.body as unknown as DelegationDto).from.fullName;

    const drawer = await drawerAs('hd.vp.staff', planId, card.ref);
    await drawer.getByTestId('pending-extension').waitFor();
    await drawer.getByTestId('acting-as').selectOption({ label: `Thay mặt ${approverName}` });
    await drawer.getByTestId('extension-grant').click();

    const line = drawer.getByTestId('history-on-behalf').first();
    await line.waitFor();
    expect(await line.innerText()).toContain(`thay mặt ${approverName}`);
    await drawer.getByTestId('planned-due').waitFor();
    const detail = await staffApi.get<TaskDetailDto>(API.task(card.id));
    expect(detail.card.due).toBe(newDue);
    expect(detail.card.plannedDue).toBe(card.due);
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
