import { effect, type Signal, untracked } from '@angular/core';

/**
 * Reads a task's part of the drawer again whenever the task shown changes or its version moves
 * (a live change may bring new history, opinions or files). Call from an injection context.
 */
export function reloadOnTaskChange(
  taskId: Signal<string>,
  version: Signal<number | undefined>,
  load: (taskId: string) => Promise<void>,
): void {
  effect(() => {
    const id = taskId();
    version();
    untracked(() => void load(id));
  });
}
