import type { Locator, Page } from 'playwright-core';

/** The bell in the top bar: its unread count, its panel of notifications and daily digests. */
export class NotificationBellPage {
  constructor(readonly page: Page) {}

  /** Waits until the bell's connection is open and it has read the list: from now on it is live. */
  async waitUntilLive(timeout = 15000): Promise<void> {
    await this.page.locator('[data-testid="notification-bell"][data-live="true"]').waitFor({ timeout });
  }

  /** The unread count the badge shows; 0 when there is no badge. */
  async unreadCount(): Promise<number> {
    const badge = this.page.getByTestId('notification-count');
    return (await badge.count()) === 0 ? 0 : Number((await badge.innerText()).trim());
  }

  async waitForUnreadCount(count: number, timeout = 15000): Promise<void> {
    await this.page.waitForFunction(
      (wanted) => {
        const badge = document.querySelector('[data-testid="notification-count"]');
        return (badge?.textContent?.trim() ?? '0') === String(wanted);
      },
      count,
      { timeout },
    );
  }

  async openPanel(): Promise<void> {
    await this.page.getByTestId('notification-bell-button').click();
    await this.page.getByTestId('notification-panel').waitFor();
  }

  items(): Locator {
    return this.page.getByTestId('notification-item');
  }

  /** The notification whose text contains the given words. */
  item(text: string): Locator {
    return this.page.locator('[data-testid="notification-item"]', { hasText: text });
  }
}
