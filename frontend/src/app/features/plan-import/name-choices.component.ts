import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import { type ChoiceDraft, choiceOfSuggestion, EMPTY_CHOICE, isComplete } from './name-choices';
import { PlanImportStore } from './plan-import.store';
import type { UnitSuggestion, UnresolvedName } from './plan-import.types';

/**
 * Each name the ward does not know, as a question: a unit, a group of units, or a body outside
 * the ward. The closest known names are offered as suggestions; none applies until it is chosen.
 */
@Component({
  selector: 'dd-name-choices',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './name-choices.component.html',
  styleUrl: './name-choices.component.css',
})
export class NameChoicesComponent {
  protected readonly store = inject(PlanImportStore);
  protected readonly isComplete = isComplete;

  protected draftOf(name: UnresolvedName): ChoiceDraft {
    return this.store.choices()[name.name] ?? EMPTY_CHOICE;
  }

  protected kind(name: UnresolvedName, kind: ChoiceDraft['kind']): void {
    this.store.choose(name.name, { kind });
  }

  protected unit(name: UnresolvedName, event: Event): void {
    this.store.choose(name.name, { kind: 'unit', unitCode: (event.target as HTMLSelectElement).value });
  }

  protected group(name: UnresolvedName, event: Event): void {
    this.store.choose(name.name, { kind: 'group', groupName: (event.target as HTMLSelectElement).value });
  }

  protected alias(name: UnresolvedName, event: Event): void {
    this.store.choose(name.name, { saveAsAlias: (event.target as HTMLInputElement).checked });
  }

  protected accept(name: UnresolvedName, suggestion: UnitSuggestion): void {
    this.store.choose(name.name, choiceOfSuggestion(suggestion, this.draftOf(name).saveAsAlias));
  }

  protected rowsOf(name: UnresolvedName): string {
    const numbers = this.store
      .rows()
      .filter((row) => row.read && name.refs.includes(row.read.ref))
      .map((row) => row.number || '—');
    return numbers.join(', ');
  }

  protected percent(score: number): number {
    return Math.round(score * 100);
  }
}
