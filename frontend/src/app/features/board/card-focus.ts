import {
  afterNextRender,
  effect,
  ElementRef,
  inject,
  Injector,
  type Signal,
  signal,
  untracked,
} from '@angular/core';

/** What may still hold the focus away from the board: an open drawer or dialog, a move on its way. */
export interface FocusHolders {
  drawerOpen: Signal<boolean>;
  dialogOpen: Signal<boolean>;
  sending: Signal<ReadonlySet<string>>;
}

/** The card of a task on this page, wherever its column is now. */
export function cardElement(host: HTMLElement, taskId: string): HTMLElement | null {
  const cards = host.querySelectorAll<HTMLElement>('article[data-task-id]');
  return Array.from(cards).find((card) => card.dataset['taskId'] === taskId) ?? null;
}

/**
 * Gives the focus back to the card a drawer, a dialog or a keyboard move started from, once all of
 * them are done: the card may have been drawn again in another column, so it is found by its task
 * id, not by the element that had the focus. Without this the focus falls to the page's body and
 * a keyboard user needs hundreds of Tab presses to get back. Call in an injection context; the
 * returned function remembers the card to return to.
 */
export function returnFocusToCard(holders: FocusHolders): (taskId: string) => void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const injector = inject(Injector);
  const waiting = signal<string | null>(null);
  effect(() => {
    const taskId = waiting();
    if (taskId === null || holders.drawerOpen() || holders.dialogOpen() || holders.sending().has(taskId))
      return;
    untracked(() => waiting.set(null));
    afterNextRender(() => cardElement(host, taskId)?.focus(), { injector });
  });
  return (taskId) => waiting.set(taskId);
}
