import type { TimelinessCounts } from '@dondoc/contracts';
import { TIMELINESS } from '@dondoc/contracts';
import type { Page } from 'playwright-core';
import { appUrl } from '../support/browser';

/** `/lanh-dao`: the ward's counts by timeliness, kept live. */
export class LeadershipPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${appUrl()}/lanh-dao`);
    await this.page.getByTestId('leadership-total-all').waitFor();
  }

  async totals(): Promise<TimelinessCounts> {
    const counts = {} as TimelinessCounts;
    for (const key of TIMELINESS)
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
      { keys: [...TIMELINESS], wanted: expected },
      { timeout },
    );
  }
}
