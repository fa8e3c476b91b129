import type { BoardColumn } from '@dondoc/domain';
import type { Locator, Page } from 'playwright-core';
import { appUrl } from '../support/browser';

/** How many Tab presses may pass before a card is considered unreachable from the keyboard. */
const MAX_TABS = 400;

export class BoardPage {
  constructor(readonly page: Page) {}

  async open(planId: string): Promise<void> {
    await this.page.goto(`${appUrl()}/ke-hoach/${planId}`);
    await this.page.getByTestId('board').waitFor();
  }

  card(ref: string): Locator {
    return this.page.locator(`[data-testid="card-${ref}"]`);
  }

  column(column: BoardColumn): Locator {
    return this.page.getByTestId(`column-${column}`);
  }

  async columnOf(ref: string): Promise<string | null> {
    return this.card(ref).getAttribute('data-column');
  }

  async versionOf(ref: string): Promise<number> {
    return Number(await this.card(ref).getAttribute('data-version'));
  }

  /** Waits until the card sits in the column, as the DOM says, without reloading. */
  async waitForCardIn(ref: string, column: BoardColumn, timeout = 10000): Promise<void> {
    await this.page.locator(`[data-testid="card-${ref}"][data-column="${column}"]`).waitFor({ timeout });
  }

  /** Waits until the card shows exactly this column and version. */
  async waitForCardAt(ref: string, column: BoardColumn, version: number, timeout = 10000): Promise<void> {
    await this.page
      .locator(`[data-testid="card-${ref}"][data-column="${column}"][data-version="${version}"]`)
      .waitFor({ timeout });
  }

  async drag(ref: string, column: BoardColumn): Promise<void> {
    await this.card(ref).dragTo(this.column(column));
  }

  /** Picks the card up and holds it over the column, without dropping (see `drop`). */
  async dragOver(ref: string, column: BoardColumn): Promise<void> {
    await this.card(ref).hover();
    await this.page.mouse.down();
    await this.column(column).hover();
    await this.column(column).hover({ position: { x: 20, y: 20 } });
  }

  async drop(): Promise<void> {
    await this.page.mouse.up();
    await this.page.locator('[data-testid="board"]:not(.dragging)').waitFor();
  }

  /** The columns lit up as drop targets while a card is held (each drop zone names its `data-column`). */
  async acceptingColumns(): Promise<string[]> {
    return this.page
      .locator('[data-column][data-accepting="true"]')
      .evaluateAll((zones) => zones.map((zone) => zone.getAttribute('data-column') ?? ''));
  }

  async confirmDialog(fields: Record<string, string> = {}): Promise<void> {
    for (const [testId, value] of Object.entries(fields)) await this.page.getByTestId(testId).fill(value);
    await this.page.getByTestId('dialog-confirm').click();
  }

  notice(): Locator {
    return this.page.getByTestId('notice');
  }

  liveRegion(): Locator {
    return this.page.getByTestId('live-region');
  }

  connectionBanner(state: 'lost' | 'restored'): Locator {
    return this.page.locator(`[data-testid="connection-banner"][data-state="${state}"]`);
  }

  /** The data-testid of the focused element, or its tag when it has none. */
  focusedTestId(): Promise<string> {
    return this.page.evaluate(() => {
      const active = document.activeElement;
      return active?.getAttribute('data-testid') ?? active?.tagName.toLowerCase() ?? '';
    });
  }

  /** Presses Tab from the top of the page until the card itself has the focus. */
  async tabToCard(ref: string): Promise<void> {
    await this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let presses = 0; presses < MAX_TABS; presses++) {
      await this.page.keyboard.press('Tab');
      if ((await this.focusedTestId()) === `card-${ref}`) return;
    }
    throw new Error(`card ${ref} was not reached with ${MAX_TABS} presses of Tab`);
  }

  /** Presses a key until the element with the test id has the focus (e.g. ArrowDown in a menu). */
  async pressUntilFocused(key: string, testId: string, maxPresses = 10): Promise<void> {
    for (let presses = 0; presses <= maxPresses; presses++) {
      if ((await this.focusedTestId()) === testId) return;
      await this.page.keyboard.press(key);
    }
    throw new Error(`${testId} did not get the focus after ${maxPresses} presses of ${key}`);
  }
}
