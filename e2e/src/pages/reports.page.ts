import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { appUrl } from '../support/browser';

export interface RoundChoice {
  planId: string;
  year: number;
  /** '2026-Q4' */
  periodKey: string;
  /** As typed, dd/mm/yyyy. */
  sendBy: string;
}

/** `/bao-cao` as Văn phòng uses it: choose a plan and period, open a round, follow its parts, compile, download. */
export class ReportsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto(`${appUrl()}/bao-cao`);
    await this.page.getByTestId('reports-page').waitFor();
  }

  async choose(choice: Omit<RoundChoice, 'sendBy'>): Promise<void> {
    await this.page.getByTestId('report-plan').selectOption(choice.planId);
    await this.page.getByTestId('report-kind').selectOption('quarterly');
    await this.page.getByTestId('report-year').selectOption(String(choice.year));
    await this.page.getByTestId('report-period').selectOption(choice.periodKey);
    await this.page.getByTestId('report-window').waitFor();
  }

  async openRound(choice: RoundChoice): Promise<void> {
    await this.choose(choice);
    await this.page.getByTestId('send-by').fill(choice.sendBy);
    await this.page.getByTestId('open-round').click();
    await this.panel().waitFor();
  }

  /** The frame the figures table scrolls sideways in. */
  figuresFrame(): Locator {
    return this.page.locator('dd-figures-table .table-wrap');
  }

  panel(): Locator {
    return this.page.getByTestId('round-panel');
  }

  part(unitId: string): Locator {
    return this.panel().getByTestId(`part-${unitId}`);
  }

  /** Waits until the panel shows the unit's part in that state (after a command or a reload). */
  async waitForPart(unitId: string, state: string): Promise<void> {
    await this.panel().locator(`[data-testid="part-${unitId}"][data-state="${state}"]`).waitFor();
  }

  /** Reads the plan's newest round again, as Văn phòng does when a unit has answered meanwhile. */
  async reloadRound(planId: string): Promise<void> {
    await this.open();
    await this.page.getByTestId('report-plan').selectOption(planId);
    // With a pointer: at 390 px nothing may cover the round list (the figures table scrolls in its own frame).
    await this.page.getByTestId('round-item').first().click();
    await this.panel().waitFor();
  }

  async accept(unitId: string): Promise<void> {
    await this.part(unitId).getByTestId('accept-part').click();
    await this.waitForPart(unitId, 'accepted');
  }

  async returnPart(unitId: string, reason: string): Promise<void> {
    await this.part(unitId).getByTestId('return-part').click();
    await this.part(unitId).getByTestId('return-reason').fill(reason);
    await this.part(unitId).getByTestId('confirm-return').click();
    await this.waitForPart(unitId, 'returned');
  }

  async compile(): Promise<void> {
    await this.panel().getByTestId('compile').click();
    await this.page.locator('[data-testid="round-panel"][data-state="compiling"]').waitFor();
  }

  /** Clicks a download button and answers the file's name and bytes as the browser saved them. */
  async download(testId: 'download-docx' | 'download-appendix'): Promise<{ name: string; bytes: Buffer }> {
    return this.saved(this.panel().getByTestId(testId));
  }

  /** Downloads a file a unit attached to its part, from the part's row of the panel. */
  async downloadResultFile(unitId: string, name: string): Promise<{ name: string; bytes: Buffer }> {
    return this.saved(this.part(unitId).getByTestId('download-result-file').filter({ hasText: name }));
  }

  private async saved(button: Locator): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }
}

/** `/bao-cao/phan/:roundId`: a lead unit writes its result per task and sends its part to Văn phòng. */
export class PartFormPage {
  constructor(readonly page: Page) {}

  async open(roundId: string): Promise<void> {
    await this.page.goto(`${appUrl()}/bao-cao/phan/${roundId}`);
    await this.page.getByTestId('part-line').first().waitFor();
  }

  async state(): Promise<string> {
    return (await this.page.getByTestId('part-state').innerText()).trim();
  }

  returnReason(): Locator {
    return this.page.getByTestId('return-reason');
  }

  /** Writes one result per task line, in the form's order. */
  async write(results: readonly string[]): Promise<void> {
    const lines = this.page.getByTestId('part-line');
    for (const [index, result] of results.entries()) await lines.nth(index).locator('textarea').fill(result);
  }

  /** Attaches a file to the result of the task line at `index` through its file input, and waits for it to be listed. */
  async attach(index: number, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const line = this.page.getByTestId('part-line').nth(index);
    await line.getByTestId('result-file-input').setInputFiles(file);
    await line.getByTestId('result-file').filter({ hasText: file.name }).waitFor();
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('submit-part').click();
    await this.page.getByTestId('read-only').waitFor();
  }
}
