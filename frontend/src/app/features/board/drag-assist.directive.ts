import { DOCUMENT } from '@angular/common';
import { DestroyRef, Directive, ElementRef, inject, input, output } from '@angular/core';
import type { CardDto } from '@dondoc/contracts';
import { type BoardColumn, isBoardColumn } from '@dondoc/domain';

/** How close to an edge of the board (px) a held card starts scrolling it, and how fast at most. */
export const EDGE_PX = 72;
export const MAX_STEP_PX = 28;

/**
 * How far to scroll along one axis for a pointer at `position` in a box from `start` to `end`:
 * nothing in the middle, faster the closer the pointer is to an edge (negative: towards `start`).
 */
export function edgeScrollStep(position: number, start: number, end: number, edge = EDGE_PX): number {
  if (end - start < edge * 2) return 0;
  const fromStart = position - start;
  const fromEnd = end - position;
  if (fromStart >= 0 && fromStart < edge) return -Math.ceil(((edge - fromStart) / edge) * MAX_STEP_PX);
  if (fromEnd >= 0 && fromEnd < edge) return Math.ceil(((edge - fromEnd) / edge) * MAX_STEP_PX);
  return 0;
}

export interface RefusedDrop {
  card: CardDto;
  column: BoardColumn;
}

/**
 * Helps a card held over the board: scrolls the board sideways (and the column under the pointer
 * up or down) near its edges, so the approver need not scroll before dragging to "Đã duyệt"; and
 * tells when a card is let go over a column that does not take it, which the browser otherwise
 * ends silently (such a column refuses the drag from its first dragover, so no drop event comes).
 */
@Directive({
  selector: '[ddDragAssist]',
  host: {
    '(document:dragover)': 'onDragOver($event)',
  },
})
export class DragAssistDirective {
  /** The card being dragged, or null. */
  readonly ddDragAssist = input<CardDto | null>(null);
  readonly refusedDrop = output<RefusedDrop>();

  private readonly board = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private hovered: BoardColumn | null = null;
  /** Kept here: the page forgets the dragged card on the same dragend, maybe before this runs. */
  private held: CardDto | null = null;

  constructor() {
    // ngx-drag-drop stops the card's dragend from bubbling, so the document only hears it on the
    // way down (capture): listened to by hand, since a host listener cannot capture.
    const document = inject(DOCUMENT);
    const onDragEnd = (event: DragEvent) => this.onDragEnd(event);
    document.addEventListener('dragend', onDragEnd, true);
    inject(DestroyRef).onDestroy(() => document.removeEventListener('dragend', onDragEnd, true));
  }

  protected onDragOver(event: DragEvent): void {
    this.held = this.ddDragAssist();
    if (!this.held) return;
    const target = event.target instanceof Element ? event.target : null;
    const zone = target && this.board.contains(target) ? target.closest<HTMLElement>('[data-column]') : null;
    const column = zone?.dataset['column'];
    this.hovered = isBoardColumn(column) ? column : null;
    const box = this.board.getBoundingClientRect();
    const sideways = edgeScrollStep(event.clientX, box.left, box.right);
    if (sideways !== 0) this.board.scrollBy({ left: sideways });
    const list = target?.closest<HTMLElement>('.dropzone');
    if (list && this.board.contains(list)) {
      const rect = list.getBoundingClientRect();
      const down = edgeScrollStep(event.clientY, rect.top, rect.bottom);
      if (down !== 0) list.scrollBy({ top: down });
    }
  }

  protected onDragEnd(event: DragEvent): void {
    const card = this.held;
    const column = this.hovered;
    this.hovered = null;
    this.held = null;
    const dropped = event.dataTransfer !== null && event.dataTransfer.dropEffect !== 'none';
    if (!card || dropped || column === null || column === card.column) return;
    this.refusedDrop.emit({ card, column });
  }
}
