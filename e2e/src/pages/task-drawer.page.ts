import type { Locator, Page } from 'playwright-core';

/** The task drawer of a board: its actions, their dialogs, its sections. */
export class TaskDrawer {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('task-drawer');
  }

  /** Opens the drawer of a card with the mouse and waits for its actions. */
  static async open(page: Page, ref: string): Promise<TaskDrawer> {
    await page.getByTestId(`card-details-${ref}`).click();
    const drawer = new TaskDrawer(page);
    await drawer.root.getByTestId('task-actions').waitFor();
    return drawer;
  }

  /** The button of an event (the user's own, not a stand-in's). */
  action(event: string): Locator {
    return this.root.locator(`[data-testid="task-action"][data-event="${event}"]:not([data-on-behalf-of])`);
  }

  /** The events offered as buttons, in their order. */
  offered(): Promise<string[]> {
    return this.root
      .getByTestId('task-action')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('data-event') ?? ''));
  }

  /** Clicks an action, fills its dialog's fields (by test id) and confirms; waits for the answer. */
  async take(event: string, fields: Record<string, string> = {}): Promise<void> {
    await this.action(event).click();
    const dialog = this.page.getByTestId('move-dialog');
    if ((await dialog.count()) > 0 || Object.keys(fields).length > 0) {
      await dialog.waitFor();
      for (const [testId, value] of Object.entries(fields)) await dialog.getByTestId(testId).fill(value);
      await dialog.getByTestId('dialog-confirm').click();
      await dialog.waitFor({ state: 'detached' });
    }
  }

  /** Waits until the history's newest entry says `label` (the event's name in the UI). */
  async waitForNewestHistory(label: string): Promise<void> {
    await this.root.getByTestId('history-item').first().filter({ hasText: label }).waitFor();
  }

  opinionStatuses(): Promise<Record<string, string>> {
    return this.root
      .getByTestId('opinion-item')
      .evaluateAll((items) =>
        Object.fromEntries(
          items.map((item) => [
            item.querySelector('strong')?.textContent?.trim() ?? '',
            item.getAttribute('data-status') ?? '',
          ]),
        ),
      );
  }

  async close(): Promise<void> {
    await this.root.getByTestId('drawer-close').click();
    await this.root.waitFor({ state: 'detached' });
  }
}

/** A date as the dialogs take it: dd/mm/yyyy. */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}
