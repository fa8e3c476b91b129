import { API } from '@dondoc/contracts';
import type { Page } from 'playwright-core';
import { NotificationBellPage } from '../pages/notification-bell.page';
import { apiAs, DEMO_PASSWORD, firstPlanId } from '../support/api';
import { appUrl, useBuiltApp } from '../support/browser';
import { BrowserSessions } from '../support/sessions';
import { waitUntil } from '../support/wait';

/** Every WebSocket and API request the page makes from now on, and whether each socket is still open. */
function watchTraffic(page: Page) {
  const sockets: { closed: boolean }[] = [];
  const requests: string[] = [];
  page.on('websocket', (socket) => {
    const entry = { closed: false };
    sockets.push(entry);
    socket.on('close', () => (entry.closed = true));
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) requests.push(url.pathname + url.search);
  });
  return {
    openSockets: () => sockets.filter((socket) => !socket.closed).length,
    socketsOpened: () => sockets.length,
    requestsTo: (part: string) => requests.filter((path) => path.includes(part)).length,
    requestsExactly: (path: string) => requests.filter((requested) => requested === path).length,
  };
}

/**
 * Issue #5, the board's start: a board opened by its address with a stored session reads its first
 * cards and the plans once (asked for while the session is checked), opens one live connection
 * shared by the board and the notification bell, and a dead session sends the user to sign in and
 * back.
 */
describe('opening a board by its address', () => {
  useBuiltApp();
  const sessions = new BrowserSessions();
  beforeAll(() => sessions.start());
  afterAll(() => sessions.stop());

  it('reads the first cards once and goes live on one socket for the board and the bell', async () => {
    const planId = await firstPlanId(await apiAs('hd.leader'));
    const board = await sessions.boardAs('hd.leader', planId);
    const { page } = board;
    const traffic = watchTraffic(page);

    await page.reload();
    await page.locator('[data-testid="board"][data-board-ready]').waitFor();
    await new NotificationBellPage(page).waitUntilLive();
    await page.locator('[data-testid="board"][data-board-complete]').waitFor();

    expect(traffic.requestsTo('?perColumn=')).toBe(1);
    expect(traffic.requestsExactly(API.plans)).toBe(1);
    expect(traffic.socketsOpened()).toBe(1);
    expect(traffic.openSockets()).toBe(1);
    expect(await page.getByTestId('connection-banner').count()).toBe(0);

    await page.getByTestId('logout').click();
    await page.waitForURL(/\/dang-nhap/);
    await waitUntil(() => traffic.openSockets() === 0, 10_000, 'the socket to close after signing out');
  });

  it('sends a dead session to the login page, and back to the board after signing in', async () => {
    const planId = await firstPlanId(await apiAs('hd.leader'));
    const page = await sessions.newPage();
    await page.goto(`${appUrl()}/dang-nhap`);
    // A stored token the server never issued, and no refresh cookie to renew it with.
    await page.evaluate(() => localStorage.setItem('dondoc.token', 'not-a-token'));

    await page.goto(`${appUrl()}/ke-hoach/${planId}`);
    await page.waitForURL((url) => url.pathname === '/dang-nhap');
    expect(new URL(page.url()).searchParams.get('next')).toBe(`/ke-hoach/${planId}`);

    await page.getByTestId('login-username').fill('hd.leader');
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => url.pathname === `/ke-hoach/${planId}`);
    await page.locator('[data-testid="board"][data-board-ready]').waitFor();
  });
});
