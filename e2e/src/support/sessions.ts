import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BoardPage } from '../pages/board.page';
import { LoginPage } from '../pages/login.page';
import { launchChromium } from './browser';

/** Wide enough for all seven columns side by side, so drags never need to scroll. */
export const WIDE_VIEWPORT = { width: 2200, height: 1000 };
/** A common phone (390 × 844 CSS pixels): leaders read the boards on theirs. */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

/**
 * One Chromium per journey file and one context per signed-in user; `boardAs` signs in and
 * opens the plan's board. Call `start()` in beforeAll and `stop()` in afterAll.
 */
export class BrowserSessions {
  private browser: Browser | null = null;
  private readonly contexts: BrowserContext[] = [];

  async start(): Promise<void> {
    this.browser = await launchChromium();
  }

  async stop(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close();
    await this.browser?.close();
    this.browser = null;
  }

  /**
   * A page in a fresh context of its own, not signed in; a phone when given `PHONE_VIEWPORT`.
   * `bypassCSP` lets a journey inject a checker (axe-core) that the app's policy would refuse.
   */
  async newPage(viewport = WIDE_VIEWPORT, options: { bypassCSP?: boolean } = {}): Promise<Page> {
    if (!this.browser) throw new Error('BrowserSessions.start() was not called');
    const phone = viewport.width <= PHONE_VIEWPORT.width;
    const context = await this.browser.newContext({
      viewport,
      locale: 'vi-VN',
      ...(phone ? { isMobile: true, hasTouch: true } : {}),
      ...(options.bypassCSP ? { bypassCSP: true } : {}),
    });
    this.contexts.push(context);
    return context.newPage();
  }

  /** `prepare` runs on the fresh page before anything loads (e.g. to install routes). */
  async boardAs(
    username: string,
    planId: string,
    prepare?: (page: Page) => Promise<void>,
  ): Promise<BoardPage> {
    const page = await this.newPage();
    await prepare?.(page);
    await new LoginPage(page).signIn(username);
    await page.getByTestId('board').waitFor();
    const board = new BoardPage(page);
    await board.open(planId);
    return board;
  }
}
