/** Set once the opened board's first cards are painted and can be dragged: what "usable" means. */
export const BOARD_READY_MARK = 'dd-board-ready';
/** Set once every card of the opened board is loaded and drawn. */
export const BOARD_COMPLETE_MARK = 'dd-board-complete';

/** A User Timing mark for the benchmarks; jsdom (unit tests) has no User Timing. */
export function mark(name: string): void {
  if (typeof performance.mark === 'function') performance.mark(name);
}

/**
 * Runs once the frame being rendered has been painted: a task queued from the next animation frame
 * runs after that frame. "Usable" means seen on screen, not only written into the DOM.
 */
export function afterNextPaint(callback: () => void): void {
  if (typeof requestAnimationFrame !== 'function') return void setTimeout(callback);
  requestAnimationFrame(() => setTimeout(callback));
}
