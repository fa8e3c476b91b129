import type { Page } from 'playwright-core';

/** The filter bar above a plan board (search, lead unit…), whose state lives in the URL. */
export class FiltersBar {
  constructor(private readonly page: Page) {}

  async search(text: string): Promise<void> {
    await this.page.getByTestId('filter-search').fill(text);
  }

  searchValue(): Promise<string> {
    return this.page.getByTestId('filter-search').inputValue();
  }

  async chooseUnit(code: string): Promise<void> {
    await this.page.getByTestId('filter-unit').selectOption(code);
  }

  unitValue(): Promise<string> {
    return this.page.getByTestId('filter-unit').inputValue();
  }

  /** The query parameter as the address bar has it now. */
  param(name: string): string | null {
    return new URL(this.page.url()).searchParams.get(name);
  }

  async waitForParam(name: string, value: string): Promise<void> {
    await this.page.waitForURL((url) => url.searchParams.get(name) === value);
  }

  /** The refs of the cards the board shows, sorted. */
  async shownRefs(): Promise<string[]> {
    const refs = await this.page
      .locator('[data-testid^="card-"][data-task-id]')
      .evaluateAll((cards) =>
        cards.map((card) => (card.getAttribute('data-testid') ?? '').slice('card-'.length)),
      );
    return refs.sort();
  }

  /** Waits until the board shows exactly these cards. */
  async waitForShown(refs: readonly string[], timeout = 10000): Promise<void> {
    const wanted = [...refs].sort();
    await this.page.waitForFunction(
      (expected) => {
        const shown = Array.from(document.querySelectorAll('[data-testid^="card-"][data-task-id]'))
          .map((card) => (card.getAttribute('data-testid') ?? '').slice('card-'.length))
          .sort();
        return JSON.stringify(shown) === JSON.stringify(expected);
      },
      wanted,
      { timeout },
    );
  }
}
