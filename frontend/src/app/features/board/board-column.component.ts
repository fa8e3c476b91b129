import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { CardDto, MoveOptionDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { type DndDropEvent, DndDropzoneDirective } from 'ngx-drag-drop';
import { BoardCardComponent } from './board-card.component';
import type { MovesOf } from './column-moves';

export interface MoveRequest {
  card: CardDto;
  move: MoveOptionDto;
}

/**
 * One column of the board. It accepts exactly the cards whose workflow leads here: their ids
 * are its drop-zone types, so any other card is refused from the first dragover on.
 */
@Component({
  selector: 'dd-board-column',
  imports: [TranslatePipe, DndDropzoneDirective, BoardCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': "'column-' + column()",
    '[class.accepting]': 'accepting()',
    '[class.refusing]': 'refusing()',
  },
  template: `
    <section class="column" [attr.aria-labelledby]="titleId()">
      <header class="head">
        <h2 class="title" [id]="titleId()">{{ 'columns.' + column() | translate }}</h2>
        <span
          class="count"
          [attr.data-testid]="'column-count-' + column()"
          [attr.aria-label]="'board.columnCount' | translate: { count: cards().length }"
          >{{ cards().length }}</span
        >
      </header>
      <div
        class="dropzone"
        role="list"
        [attr.aria-labelledby]="titleId()"
        [attr.data-testid]="'column-' + column()"
        [attr.data-accepting]="accepting()"
        [dndDropzone]="acceptedIds()"
        dndEffectAllowed="move"
        dndDragoverClass="drag-over"
        (dndDrop)="onDrop($event)"
      >
        @if (accepting()) {
          <p class="drop-hint" aria-hidden="true">{{ 'board.dropHere' | translate }}</p>
        }
        @for (card of cards(); track card.id) {
          <dd-board-card
            [card]="card"
            [moves]="movesFor(card)"
            [sending]="sendingIds().has(card.id)"
            (moveChosen)="moveRequested.emit({ card, move: $event })"
            (dragStarted)="dragStarted.emit($event)"
            (dragEnded)="dragEnded.emit()"
            (detailsRequested)="detailsRequested.emit($event)"
          />
        } @empty {
          <p class="empty">{{ 'board.empty' | translate }}</p>
        }
      </div>
    </section>
  `,
  styleUrl: './board-column.component.css',
})
export class BoardColumnComponent {
  readonly column = input.required<BoardColumn>();
  readonly cards = input.required<readonly CardDto[]>();
  /** The column-changing moves of a card (see columnMoves), memoised by card version. */
  readonly movesOf = input.required<MovesOf>();
  /** Ids of the cards this column accepts as drops. */
  readonly acceptedIds = input.required<string[]>();
  /** The card being dragged, if any: lights up the columns it may go to. */
  readonly draggedCard = input<CardDto | null>(null);
  readonly sendingIds = input<ReadonlySet<string>>(new Set());

  readonly moveRequested = output<MoveRequest>();
  readonly dropped = output<{ cardId: string; column: BoardColumn }>();
  readonly dragStarted = output<CardDto>();
  readonly dragEnded = output<void>();
  readonly detailsRequested = output<CardDto>();

  protected readonly titleId = computed(() => `dd-column-title-${this.column()}`);
  protected readonly accepting = computed(() => {
    const dragged = this.draggedCard();
    return dragged !== null && this.acceptedIds().includes(dragged.id);
  });
  protected readonly refusing = computed(() => this.draggedCard() !== null && !this.accepting());

  /** Stable per card version (movesOf is memoised), so cards re-render only when they change. */
  protected movesFor(card: CardDto): readonly MoveOptionDto[] {
    return this.movesOf()(card);
  }

  protected onDrop(event: DndDropEvent): void {
    if (typeof event.data === 'string') this.dropped.emit({ cardId: event.data, column: this.column() });
  }
}
