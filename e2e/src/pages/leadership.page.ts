import type { TimelinessCounts } from '@dondoc/contracts';
import { CARD_TIMELINESS } from '@dondoc/contracts';
import type { Page } from 'playwright-core';
import { appUrl } from '../support/browser';

/** `/lanh-dao`: the ward's counts by timeliness, kept live. */
export class LeadershipPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${appUrl()}/lanh-dao`);
    await this.page.getByTestId('leadership-total-all').waitFor();
  }

  /** The codes of the ward tabs a city-level leader gets, in their order (none for a ward's own leader). */
  wardTabs(): Promise<string[]> {
    return this.page
      .locator('[data-testid^="leadership-ward-"]')
      .evaluateAll((tabs) =>
        tabs.map((tab) => (tab.getAttribute('data-testid') ?? '').slice('leadership-ward-'.length)),
      );
  }

  /** Clicks a ward's tab and waits until that ward's board is on screen. */
  async showWard(code: string, name: string): Promise<void> {
    await this.page.getByTestId(`leadership-ward-${code}`).click();
    await this.page.locator(`[data-testid="leadership-ward-${code}"][aria-current="page"]`).waitFor();
    await this.page.locator('.meta .ward', { hasText: name }).waitFor();
    await this.page.getByTestId('leadership-total-all').waitFor();
  }

  /** The event ids on the live ticker, newest first. */
  tickerEventIds(): Promise<string[]> {
    return this.page
      .getByTestId('ticker-item')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-event-id') ?? ''));
  }

  async totals(): Promise<TimelinessCounts> {
    const counts = {} as TimelinessCounts;
    for (const key of CARD_TIMELINESS)
      counts[key] = Number((await this.page.getByTestId(`leadership-total-${key}`).innerText()).trim());
    return counts;
  }

  /** Waits until every total in the footer shows the expected count. */
  async waitForTotals(expected: TimelinessCounts, timeout = 15000): Promise<void> {
    await this.page.waitForFunction(
      ({ keys, wanted }) =>
        keys.every(
          (key) =>
            document.querySelector(`[data-testid="leadership-total-${key}"]`)?.textContent?.trim() ===
            String(wanted[key as keyof typeof wanted]),
        ),
      { keys: [...CARD_TIMELINESS], wanted: expected },
      { timeout },
    );
  }
}
