import type { Locator, Page } from 'playwright-core';
import { appUrl } from '../support/browser';

/** The import page (`/nhap-ke-hoach`): drop a file, correct the rows, map names, confirm. */
export class PlanImportPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${appUrl()}/nhap-ke-hoach`);
    await this.page.getByTestId('import-drop').waitFor();
  }

  /** Drops the bytes on the drop zone as a file dragged from the desktop would arrive. */
  async drop(bytes: Buffer, fileName: string): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ base64, name }) => {
        const binary = atob(base64);
        const data = Uint8Array.from(binary, (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([data], name));
        return transfer;
      },
      { base64: bytes.toString('base64'), name: fileName },
    );
    const zone = this.page.getByTestId('import-drop');
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await this.waitForPreview();
  }

  /** Picks the file with the file chooser (the button of the drop zone). */
  async pick(bytes: Buffer, fileName: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles({ name: fileName, mimeType: '', buffer: bytes });
    await this.waitForPreview();
  }

  async waitForPreview(): Promise<void> {
    await this.page.locator('[data-testid="plan-import"][data-phase="preview"]').waitFor();
  }

  rows(): Locator {
    return this.page.getByTestId('import-row');
  }

  row(number: string): Locator {
    return this.page.locator(`[data-testid="import-row"][data-number="${number}"]`);
  }

  /** The problems shown under the row. */
  problems(number: string): Locator {
    return this.page.locator(`[data-testid="import-row-problems"][data-number="${number}"] li`);
  }

  cell(number: string, field: string): Locator {
    return this.row(number).locator(`[data-field="${field}"]`);
  }

  name(written: string): Locator {
    return this.page.locator(`[data-testid="import-name"][data-name="${written}"]`);
  }

  /** Maps an unknown name to a group of the ward and keeps it as an alias. */
  async chooseGroup(written: string, groupName: string): Promise<void> {
    const name = this.name(written);
    await name.getByTestId('import-kind-group').check();
    await name.getByTestId('import-pick-group').selectOption(groupName);
    await name.getByTestId('import-save-alias').check();
    await this.page
      .locator(`[data-testid="import-name"][data-name="${written}"][data-done="true"]`)
      .waitFor();
  }

  /** Rewrites a cell from the keyboard: Tab from the cell before it, select, type, Tab away. */
  async retypeByKeyboard(number: string, before: string, field: string, text: string): Promise<void> {
    await this.cell(number, before).focus();
    await this.page.keyboard.press('Tab');
    const focused = await this.page.evaluate(() => document.activeElement?.getAttribute('data-field'));
    if (focused !== field) throw new Error(`Tab from ${before} reached ${focused}, not ${field}`);
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Tab');
  }

  async reread(): Promise<void> {
    await this.page.getByTestId('import-reread').click();
    await this.page.locator('[data-testid="plan-import"][data-phase="preview"]').waitFor();
    await this.page.locator('[data-testid="import-row"].edited').first().waitFor({ state: 'detached' });
  }

  /** The texts of the problems that still stop the import (no lead, a name nobody mapped). */
  openBlockingProblems(): Promise<string[]> {
    return this.page
      .locator(
        '[data-testid="import-row-problems"] li:is([data-code="no_lead"], [data-code="unresolved_unit"]):not(.answered)',
      )
      .allInnerTexts();
  }

  blockers(): Promise<string | null> {
    return this.page.getByTestId('import-blockers').getAttribute('data-count');
  }

  async confirm(): Promise<string> {
    await this.page.getByTestId('import-confirm').click();
    await this.page.waitForURL(/\/ke-hoach\/[^/]+$/);
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }
}
