import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { CardDto } from '@dondoc/contracts';
import type { BoardColumn } from '@dondoc/domain';
import { TranslatePipe } from '@ngx-translate/core';
import { type DndDropEvent, DndDropzoneDirective } from 'ngx-drag-drop';
import { BoardCardComponent } from './board-card.component';
import type { BoardMove } from './board-move';
import type { MovesOf } from './column-moves';
import { dropZoneTestId } from './swimlanes';
import { HeightRegistry, VirtualItemDirective } from './virtual-item.directive';
import { prefixOffsets, visibleWindow, wholeWindow } from './virtual-window';

export interface MoveRequest {
  card: CardDto;
  move: BoardMove;
}

export interface SelectionToggle {
  card: CardDto;
  selected: boolean;
}

/** A card's height before it has been measured (card + gap), close to a typical card. */
export const ESTIMATED_CARD_HEIGHT = 150;
/** Rendered beyond the viewport on each side, so a quick scroll shows no blank. */
const OVERSCAN_PX = 600;
/** The viewport height assumed before it is measured (and in jsdom). */
const FALLBACK_VIEWPORT_PX = 900;

/**
 * One column of the board. It accepts exactly the cards whose workflow leads here: their ids
 * are its drop-zone types, so any other card is refused from the first dragover on. When the
 * board is big (`windowed`), only the cards near the viewport are in the DOM.
 */
@Component({
  selector: 'dd-board-column',
  imports: [TranslatePipe, DndDropzoneDirective, BoardCardComponent, VirtualItemDirective],
  providers: [HeightRegistry],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': "'column-' + column()",
    '[class.accepting]': 'accepting()',
    '[class.refusing]': 'refusing()',
    '[class.in-lane]': 'lane() !== null',
  },
  template: `
    <section class="column" [attr.aria-labelledby]="titleId()">
      <header class="head" [class.sr-only]="lane() !== null">
        <h2 class="title" [id]="titleId()">
          {{ 'columns.' + column() | translate }}
          @if (laneTitle(); as laneTitle) {
            <span class="sr-only">— {{ laneTitle }}</span>
          }
        </h2>
        @if (lane() === null) {
          <span
            class="count"
            [attr.data-testid]="'column-count-' + column()"
            [attr.aria-label]="'board.columnCount' | translate: { count: count() }"
            >{{ count() }}</span
          >
        }
      </header>
      <div
        #viewport
        class="dropzone"
        [attr.role]="shown().length > 0 ? 'list' : null"
        [attr.aria-labelledby]="shown().length > 0 ? titleId() : null"
        [attr.data-testid]="dropzoneTestId()"
        [attr.data-column]="column()"
        [attr.data-lane]="lane()"
        [attr.data-accepting]="accepting()"
        [attr.data-windowed]="windowed()"
        [dndDropzone]="acceptedIds()"
        dndEffectAllowed="move"
        dndDragoverClass="drag-over"
        (dndDrop)="onDrop($event)"
        (scroll)="onScroll()"
      >
        @if (accepting()) {
          <p class="drop-hint" aria-hidden="true">{{ 'board.dropHere' | translate }}</p>
        }
        <div
          #items
          class="items"
          [style.padding-top.px]="window().before"
          [style.padding-bottom.px]="window().after"
        >
          @for (card of shown(); track card.id; let i = $index) {
            <div class="slot" [ddVirtualItem]="card.id">
              <dd-board-card
                [card]="card"
                [moves]="movesFor(card)"
                [sending]="sendingIds().has(card.id)"
                [selectable]="selectable()"
                [selected]="selectedIds().has(card.id)"
                [position]="windowed() ? window().start + i + 1 : null"
                [setSize]="windowed() ? count() : null"
                (moveChosen)="moveRequested.emit({ card, move: $event })"
                (selectionChanged)="selectionToggled.emit({ card, selected: $event })"
                (dragStarted)="dragStarted.emit($event)"
                (dragEnded)="dragEnded.emit()"
                (detailsRequested)="detailsRequested.emit($event)"
              />
            </div>
          } @empty {
            <p class="empty">{{ 'board.empty' | translate }}</p>
          }
        </div>
      </div>
    </section>
  `,
  styleUrl: './board-column.component.css',
})
export class BoardColumnComponent {
  readonly column = input.required<BoardColumn>();
  readonly cards = input.required<readonly CardDto[]>();
  /** The column's count on the server when it holds more than `cards` (a board still loading). */
  readonly total = input<number | null>(null);
  /** The column-changing moves of a card (see columnMoves), memoised by card version. */
  readonly movesOf = input.required<MovesOf>();
  /** Ids of the cards this column accepts as drops. */
  readonly acceptedIds = input.required<string[]>();
  /** The card being dragged, if any: lights up the columns it may go to. */
  readonly draggedCard = input<CardDto | null>(null);
  readonly sendingIds = input<ReadonlySet<string>>(new Set());
  /** The swimlane this cell belongs to (null without swimlanes): names its drop zone (see `dropZoneTestId`). */
  readonly lane = input<string | null>(null);
  readonly laneTitle = input<string | null>(null);
  /** Renders only the cards near the viewport (big boards). */
  readonly windowed = input(false);
  readonly selectable = input(false);
  readonly selectedIds = input<ReadonlySet<string>>(new Set());

  readonly moveRequested = output<MoveRequest>();
  readonly selectionToggled = output<SelectionToggle>();
  readonly dropped = output<{ cardId: string; column: BoardColumn }>();
  readonly dragStarted = output<CardDto>();
  readonly dragEnded = output<void>();
  readonly detailsRequested = output<CardDto>();

  private readonly heights = inject(HeightRegistry);
  private readonly viewport = viewChild.required<ElementRef<HTMLElement>>('viewport');
  private readonly items = viewChild.required<ElementRef<HTMLElement>>('items');
  private readonly scrollTop = signal(0);
  private readonly viewportHeight = signal(0);

  protected readonly count = computed(() => Math.max(this.total() ?? 0, this.cards().length));

  protected readonly titleId = computed(() => {
    const lane = this.lane();
    return lane === null ? `dd-column-title-${this.column()}` : `dd-column-title-${lane}-${this.column()}`;
  });
  protected readonly dropzoneTestId = computed(() => dropZoneTestId(this.column(), this.lane()));
  protected readonly accepting = computed(() => {
    const dragged = this.draggedCard();
    return dragged !== null && this.acceptedIds().includes(dragged.id);
  });
  protected readonly refusing = computed(() => this.draggedCard() !== null && !this.accepting());

  private readonly offsets = computed(() => {
    const measured = this.heights.measured();
    return prefixOffsets(this.cards().map((card) => measured.get(card.id) ?? ESTIMATED_CARD_HEIGHT));
  });
  protected readonly window = computed(() =>
    this.windowed()
      ? visibleWindow(
          this.offsets(),
          this.scrollTop(),
          this.viewportHeight() || FALLBACK_VIEWPORT_PX,
          OVERSCAN_PX,
        )
      : wholeWindow(this.cards().length),
  );
  protected readonly shown = computed(() => {
    const { start, end } = this.window();
    return this.cards().slice(start, end);
  });

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const viewport = this.viewport().nativeElement;
      if (typeof ResizeObserver === 'undefined') return this.viewportHeight.set(viewport.clientHeight);
      // Its first report comes after the browser's own layout: reading clientHeight here, before
      // it, would force one more layout of the whole board before its first paint.
      const observer = new ResizeObserver(() => this.viewportHeight.set(viewport.clientHeight));
      observer.observe(viewport);
      destroyRef.onDestroy(() => observer.disconnect());
    });
  }

  /** Stable per card version (movesOf is memoised), so cards re-render only when they change. */
  protected movesFor(card: CardDto): readonly BoardMove[] {
    return this.movesOf()(card);
  }

  protected onScroll(): void {
    if (!this.windowed()) return;
    // Measured from the top of the list, below the drop hint.
    this.scrollTop.set(
      Math.max(0, this.viewport().nativeElement.scrollTop - this.items().nativeElement.offsetTop),
    );
  }

  protected onDrop(event: DndDropEvent): void {
    if (typeof event.data === 'string') this.dropped.emit({ cardId: event.data, column: this.column() });
  }
}
