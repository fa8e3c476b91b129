import { ChangeDetectionStrategy, Component, computed, input, output, viewChild } from '@angular/core';
import type { CardDto } from '@dondoc/contracts';
import { TranslatePipe } from '@ngx-translate/core';
import { DndDraggableDirective } from 'ngx-drag-drop';
import { formatDate } from '../../core/format/dates';
import type { BoardMove } from './board-move';
import { MoveMenuComponent } from './move-menu.component';
import { TimelinessBadgeComponent } from './timeliness-badge.component';

/** One task on the board: what it is, who leads it, when it is due, and where it may go. */
@Component({
  selector: 'dd-board-card',
  imports: [TranslatePipe, DndDraggableDirective, MoveMenuComponent, TimelinessBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let task = card();
    <article
      class="card"
      tabindex="0"
      [attr.role]="listItem() ? 'listitem' : null"
      [class.sending]="sending()"
      [class.movable]="moves().length > 0"
      [class.selected]="selected()"
      [attr.aria-label]="'card.label' | translate: { ref: task.ref, title: task.title }"
      [attr.aria-busy]="sending()"
      [attr.data-testid]="'card-' + key()"
      [attr.data-task-id]="task.id"
      [attr.data-column]="task.column"
      [attr.data-version]="task.version"
      [attr.data-timeliness]="task.timeliness"
      [attr.aria-posinset]="position()"
      [attr.aria-setsize]="setSize()"
      [dndDraggable]="task.id"
      [dndType]="task.id"
      dndEffectAllowed="move"
      [dndDisableIf]="!interactive() || sending() || moves().length === 0"
      (dndStart)="dragStarted.emit(task)"
      (dndEnd)="dragEnded.emit()"
      (keydown.enter)="openMenu($event)"
    >
      <header class="head">
        @if (selectable()) {
          <label class="select-target">
            <input
              type="checkbox"
              class="select"
              [attr.data-testid]="'card-select-' + key()"
              [attr.aria-label]="'bulk.select' | translate: { ref: task.ref }"
              [checked]="selected()"
              [disabled]="sending()"
              (change)="toggleSelected($event)"
              (keydown.enter)="$event.stopPropagation()"
            />
          </label>
        }
        <span class="ref">{{ task.ref }}</span>
        @if (task.badge) {
          <span class="badge" data-testid="card-badge">{{ 'badges.' + task.badge | translate }}</span>
        }
        @if (task.childCount > 0) {
          <span
            class="children"
            [attr.title]="
              'card.children' | translate: { done: task.childApprovedCount, total: task.childCount }
            "
          >
            {{ task.childApprovedCount }}/{{ task.childCount }}
          </span>
        }
        @if (task.opinions; as opinions) {
          <span class="opinions" data-testid="card-opinions">
            {{ 'collab.opinionsChip' | translate: opinions }}
          </span>
        }
      </header>

      <p class="title" [attr.title]="task.title">{{ task.title }}</p>

      <dd-timeliness-badge class="timeliness" [value]="task.timeliness" />

      @if (task.returnReason) {
        <p class="return-reason" role="note" data-testid="card-return-reason">
          {{ 'collab.returnReason' | translate: { reason: task.returnReason } }}
        </p>
      }

      @if (task.needsPrimaryLead) {
        <p class="warning" role="note">{{ 'card.needsPrimaryLead' | translate }}</p>
      }

      <dl class="facts">
        <div>
          <dt>{{ 'card.lead' | translate }}</dt>
          <dd class="lead">{{ task.leadUnitCode ?? ('card.noLead' | translate) }}</dd>
        </div>
        @if (task.cooperatorUnitCodes.length > 0) {
          <div>
            <dt>{{ 'card.cooperators' | translate }}</dt>
            <dd class="cooperators">{{ task.cooperatorUnitCodes.join(', ') }}</dd>
          </div>
        }
        @if (task.deadlineText || due()) {
          <div>
            <dt>{{ 'card.deadline' | translate }}</dt>
            <dd class="deadline">
              @if (task.deadlineText) {
                <span class="deadline-text">{{ task.deadlineText }}</span>
              }
              @if (due()) {
                <time class="due" [attr.datetime]="task.due">{{ due() }}</time>
              }
            </dd>
          </div>
        }
      </dl>

      <footer class="actions">
        <button
          type="button"
          class="details"
          [attr.data-testid]="'card-details-' + key()"
          [attr.aria-label]="'drawer.openLabel' | translate: { ref: task.ref }"
          (click)="detailsRequested.emit(task)"
        >
          {{ 'drawer.open' | translate }}
        </button>
        @if (interactive()) {
          <dd-move-menu
            [cardRef]="task.ref"
            [moves]="moves()"
            [disabled]="sending()"
            (chosen)="moveChosen.emit($event)"
          />
        }
      </footer>
    </article>
  `,
  styleUrl: './board-card.component.css',
})
export class BoardCardComponent {
  readonly card = input.required<CardDto>();
  /** The column-changing moves the user may make with this card. */
  readonly moves = input.required<readonly BoardMove[]>();
  readonly sending = input(false);
  /** False where the card is only shown (the unit board): no drag, no move menu. */
  readonly interactive = input(true);
  /** False where the page wraps the card in a list item of its own (the unit board). */
  readonly listItem = input(true);
  /** Shows the bulk-selection checkbox. */
  readonly selectable = input(false);
  readonly selected = input(false);
  /** Place in a windowed list, for screen readers that cannot count the cards not rendered. */
  readonly position = input<number | null>(null);
  readonly setSize = input<number | null>(null);
  /**
   * What makes the card's test ids unique on its page: its ref on a plan board (refs are unique in a
   * plan); where cards of several plans meet (the unit board), the page passes plan and ref.
   */
  readonly testKey = input<string | null>(null);
  readonly moveChosen = output<BoardMove>();
  readonly selectionChanged = output<boolean>();
  readonly dragStarted = output<CardDto>();
  readonly dragEnded = output<void>();
  readonly detailsRequested = output<CardDto>();

  protected readonly due = computed(() => formatDate(this.card().due));
  protected readonly key = computed(() => this.testKey() ?? this.card().ref);
  private readonly menu = viewChild(MoveMenuComponent);

  /** Enter on the focused card opens its move menu; Enter inside the menu is the menu's own. */
  protected openMenu(event: Event): void {
    const menu = this.menu();
    if (event.target !== event.currentTarget || !menu) return;
    event.preventDefault();
    menu.openAndFocus();
  }

  protected toggleSelected(event: Event): void {
    this.selectionChanged.emit((event.target as HTMLInputElement).checked);
  }
}
