import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  type OnDestroy,
  output,
  signal,
  untracked,
} from '@angular/core';
import { type BoardSectionDto, CARD_TIMELINESS, type UnitDto } from '@dondoc/contracts';
import { TASK_TYPES } from '@dondoc/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { activeFilterCount, type BoardView, isFiltered, SWIMLANE_MODES } from './board-view';

/** Typing settles for this long before the URL (and the board) follow. */
export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The filter bar of a plan board: lead unit, section, type, timeliness, "my tasks", a search
 * that ignores diacritics, and the swimlanes. It only reports changes; the page puts them in
 * the URL and reads them back from there.
 */
@Component({
  selector: 'dd-board-filters',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = view();
    @let count = activeCount();
    <button
      type="button"
      class="toggle"
      data-testid="filters-toggle"
      aria-controls="dd-board-filters"
      [attr.aria-expanded]="unfolded()"
      (click)="unfolded.set(!unfolded())"
    >
      {{ (count > 0 ? 'filters.toggleCount' : 'filters.toggle') | translate: { count } }}
    </button>
    <form
      id="dd-board-filters"
      class="filters"
      role="search"
      [class.folded]="!unfolded()"
      [attr.aria-label]="'filters.label' | translate"
      (submit)="$event.preventDefault()"
    >
      <label class="field search">
        <span class="label">{{ 'filters.search' | translate }}</span>
        <input
          type="search"
          data-testid="filter-search"
          [placeholder]="'filters.searchPlaceholder' | translate"
          [value]="searchText()"
          (input)="onSearch($event)"
          (keydown.enter)="flushSearch()"
        />
      </label>

      <label class="field">
        <span class="label">{{ 'filters.unit' | translate }}</span>
        <select data-testid="filter-unit" (change)="set('unit', $event)">
          <option value="" [selected]="current.unit === null">{{ 'filters.all' | translate }}</option>
          @for (unit of units(); track unit.id) {
            <option [value]="unit.code" [selected]="current.unit === unit.code">
              {{ unit.code }} — {{ unit.name }}
            </option>
          }
        </select>
      </label>

      @if (sections().length > 0) {
        <label class="field">
          <span class="label">{{ 'filters.section' | translate }}</span>
          <select data-testid="filter-section" (change)="set('section', $event)">
            <option value="" [selected]="current.section === null">{{ 'filters.all' | translate }}</option>
            @for (section of sections(); track section.key) {
              <option [value]="section.key" [selected]="current.section === section.key">
                {{ section.key }}. {{ section.title }}
              </option>
            }
          </select>
        </label>
      }

      <label class="field">
        <span class="label">{{ 'filters.type' | translate }}</span>
        <select data-testid="filter-type" (change)="set('type', $event)">
          <option value="" [selected]="current.type === null">{{ 'filters.all' | translate }}</option>
          @for (type of types; track type) {
            <option [value]="type" [selected]="current.type === type">
              {{ 'taskTypes.' + type | translate }}
            </option>
          }
        </select>
      </label>

      <label class="field">
        <span class="label">{{ 'filters.timeliness' | translate }}</span>
        <select data-testid="filter-timeliness" (change)="set('timeliness', $event)">
          <option value="" [selected]="current.timeliness === null">{{ 'filters.all' | translate }}</option>
          @for (value of timeliness; track value) {
            <option [value]="value" [selected]="current.timeliness === value">
              {{ 'timeliness.' + value | translate }}
            </option>
          }
        </select>
      </label>

      <label class="field">
        <span class="label">{{ 'filters.lanes' | translate }}</span>
        <select data-testid="swimlane-mode" (change)="setLanes($event)">
          @for (mode of laneModes; track mode) {
            <option [value]="mode" [selected]="current.lanes === mode">
              {{ 'filters.lanesBy.' + mode | translate }}
            </option>
          }
        </select>
      </label>

      @if (canFilterMine()) {
        <label class="mine">
          <input
            type="checkbox"
            data-testid="filter-mine"
            [checked]="current.mine"
            (change)="setMine($event)"
          />
          {{ 'filters.mine' | translate }}
        </label>
      }

      <p class="summary" data-testid="filter-summary" aria-live="polite">
        {{ 'filters.shown' | translate: { shown: shown(), total: total() } }}
      </p>
      @if (filtered()) {
        <button type="button" class="clear" data-testid="filter-clear" (click)="clear()">
          {{ 'filters.clear' | translate }}
        </button>
      }
    </form>
  `,
  styles: `
    /* On a wide screen the filters are always there; a phone folds them behind one button. */
    .toggle {
      display: none;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 0.5rem 0.75rem;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.15rem;
      min-width: 0;
    }
    .label {
      font-size: 0.72rem;
      color: var(--dd-muted);
    }
    select,
    input[type='search'] {
      font: inherit;
      font-size: 0.85rem;
      padding: 0.3rem 0.45rem;
      border: 1px solid var(--dd-border-strong);
      border-radius: 6px;
      background: var(--dd-surface);
      color: var(--dd-text);
      max-width: 14rem;
    }
    .search input {
      width: 16rem;
      max-width: 100%;
    }
    .mine {
      display: flex;
      align-items: center;
      gap: 0.35rem;
      font-size: 0.85rem;
      padding-bottom: 0.35rem;
    }
    .summary {
      margin: 0;
      padding-bottom: 0.4rem;
      font-size: 0.8rem;
      color: var(--dd-muted);
    }
    .clear {
      font: inherit;
      font-size: 0.8rem;
      padding: 0.3rem 0.6rem;
      margin-bottom: 0.1rem;
      border: 1px solid var(--dd-border-strong);
      border-radius: 6px;
      background: var(--dd-surface);
      cursor: pointer;
    }
    @media (max-width: 600px) {
      .toggle {
        display: inline-flex;
        align-items: center;
        min-height: 2.75rem;
        padding: 0 0.9rem;
        font: inherit;
        font-weight: 600;
        border: 1px solid var(--dd-border-strong);
        border-radius: 6px;
        background: var(--dd-surface);
        color: var(--dd-text);
      }
      .toggle[aria-expanded='true'] {
        margin-bottom: 0.5rem;
      }
      .filters.folded {
        display: none;
      }
      select,
      input[type='search'],
      .clear,
      .mine {
        min-height: 2.75rem;
      }
      .field,
      .search input {
        flex: 1 1 45%;
        width: auto;
      }
      .search {
        flex-basis: 100%;
      }
      select {
        max-width: none;
        width: 100%;
      }
    }
  `,
})
export class BoardFiltersComponent implements OnDestroy {
  readonly view = input.required<BoardView>();
  readonly units = input.required<readonly UnitDto[]>();
  readonly sections = input.required<readonly BoardSectionDto[]>();
  /** "My tasks" only makes sense for a user with a unit. */
  readonly canFilterMine = input(false);
  readonly shown = input.required<number>();
  readonly total = input.required<number>();
  readonly changed = output<Partial<BoardView>>();

  protected readonly types = TASK_TYPES;
  protected readonly timeliness = CARD_TIMELINESS;
  protected readonly laneModes = SWIMLANE_MODES;
  /** What is typed: follows the URL, but leads it while the user types. */
  protected readonly searchText = signal('');
  /** On a phone: whether the folded filters are shown. */
  protected readonly unfolded = signal(false);
  protected readonly activeCount = computed(() => activeFilterCount(this.view()));
  private searchTimer: ReturnType<typeof setTimeout> | null = null;

  protected filtered(): boolean {
    return isFiltered(this.view());
  }

  constructor() {
    effect(() => {
      const q = this.view().q;
      untracked(() => {
        if (this.searchTimer === null) this.searchText.set(q);
      });
    });
  }

  ngOnDestroy(): void {
    if (this.searchTimer) clearTimeout(this.searchTimer);
  }

  protected set(field: 'unit' | 'section' | 'type' | 'timeliness', event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.changed.emit({ [field]: value === '' ? null : value } as Partial<BoardView>);
  }

  protected setLanes(event: Event): void {
    this.changed.emit({ lanes: (event.target as HTMLSelectElement).value as BoardView['lanes'] });
  }

  protected setMine(event: Event): void {
    this.changed.emit({ mine: (event.target as HTMLInputElement).checked });
  }

  protected onSearch(event: Event): void {
    this.searchText.set((event.target as HTMLInputElement).value);
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.flushSearch(), SEARCH_DEBOUNCE_MS);
  }

  protected flushSearch(): void {
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = null;
    if (this.searchText() !== this.view().q) this.changed.emit({ q: this.searchText() });
  }

  protected clear(): void {
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = null;
    this.searchText.set('');
    this.changed.emit({ unit: null, section: null, type: null, timeliness: null, mine: false, q: '' });
  }
}
