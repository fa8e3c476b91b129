import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { FieldChange } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { BoardStore } from '../board/board-store';

/** One changed field of an EDIT_TASK event, as the history shows it. */
export interface ShownChange {
  field: string;
  from: string;
  to: string;
}

const UNIT_FIELDS = new Set(['leadUnitId', 'cooperatorUnitIds']);

/** "From what, to what" of a correction by hand, field by field; unit ids shown by their codes. */
export function shownChanges(
  payload: Record<string, unknown> | null,
  codeOf: (unitId: string) => string,
): ShownChange[] {
  const changes = payload?.['changes'];
  if (!changes || typeof changes !== 'object') return [];
  const text = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (Array.isArray(value)) return value.map((item) => text(field, item)).join(', ') || '—';
    return UNIT_FIELDS.has(field) ? codeOf(String(value)) : String(value);
  };
  return Object.entries(changes as Record<string, FieldChange>).map(([field, change]) => ({
    field,
    from: text(field, change.from),
    to: text(field, change.to),
  }));
}

@Component({
  selector: 'dd-correction-changes',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    ul {
      margin: 0.25rem 0 0;
      padding-left: 1.25rem;
    }
  `,
  template: `
    @if (changes().length > 0) {
      <ul data-testid="correction-changes">
        @for (change of changes(); track change.field) {
          <li>
            {{ 'handPlans.fields.' + change.field | translate }}:
            {{ 'handPlans.fromTo' | translate: { from: change.from, to: change.to } }}
          </li>
        }
      </ul>
    }
  `,
})
export class CorrectionChangesComponent {
  readonly payload = input<Record<string, unknown> | null>(null);
  private readonly store = inject(BoardStore, { optional: true });
  protected readonly changes = computed(() => {
    const units = this.store?.units() ?? [];
    return shownChanges(this.payload(), (id) => units.find((unit) => unit.id === id)?.code ?? id);
  });
}
