import { effect, inject, Injectable, signal, untracked } from '@angular/core';

/**
 * The admin page's word that a unit was added, edited or (de)activated in its units section, so
 * every other section that lists units (names and groups, people, settings) reads them again and
 * offers the new one at once. One per page: `AdminPage` provides it.
 */
@Injectable()
export class UnitChanges {
  private readonly count = signal(0);
  /** How many changes so far; sections follow it through `onUnitChanges`. */
  readonly changes = this.count.asReadonly();

  announce(): void {
    this.count.update((count) => count + 1);
  }
}

/**
 * Calls `reread` after each unit change announced on the page, for as long as the calling section
 * lives (call it in a constructor). A section shown outside the admin page hears nothing.
 */
export function onUnitChanges(reread: () => void): void {
  const unitChanges = inject(UnitChanges, { optional: true });
  if (unitChanges === null) return;
  let seen = unitChanges.changes();
  effect(() => {
    const changes = unitChanges.changes();
    if (changes === seen) return;
    seen = changes;
    untracked(reread);
  });
}
