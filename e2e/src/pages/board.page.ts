import type { BoardColumn } from '@dondoc/domain';
import type { Locator, Page } from 'playwright-core';
import { appUrl } from '../support/browser';

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

  /** Waits until the card sits in the column, as the DOM says, without reloading. */
  async waitForCardIn(ref: string, column: BoardColumn, timeout = 10000): Promise<void> {
    await this.page.locator(`[data-testid="card-${ref}"][data-column="${column}"]`).waitFor({ timeout });
  }

  async drag(ref: string, column: BoardColumn): Promise<void> {
    await this.card(ref).dragTo(this.column(column));
  }

  async confirmDialog(fields: Record<string, string> = {}): Promise<void> {
    for (const [testId, value] of Object.entries(fields)) await this.page.getByTestId(testId).fill(value);
    await this.page.getByTestId('dialog-confirm').click();
  }

  notice(): Locator {
    return this.page.getByTestId('notice');
  }
}
