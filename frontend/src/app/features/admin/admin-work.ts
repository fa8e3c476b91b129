import { signal } from '@angular/core';
import { toApiFailure } from '../../core/http/api-error';
import { injectFailureText } from './admin-failure';

/**
 * What every admin section does around a call to the server: one call at a time (its buttons wait
 * while `busy`), and a failure shown in the user's language with the details the server names (the
 * open tasks a unit still leads). Create it in a field initialiser: it injects.
 */
export class AdminWork {
  readonly busy = signal(false);
  readonly failure = signal<string | null>(null);
  readonly failureDetails = signal<string[]>([]);
  private readonly failureText = injectFailureText();

  /** `resync`, after a failure, shows the server's state again rather than what the user clicked. */
  async run(work: () => Promise<void>, resync?: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    this.failureDetails.set([]);
    try {
      await work();
    } catch (error) {
      this.failure.set(this.failureText(error));
      const details = toApiFailure(error).details ?? [];
      this.failureDetails.set(details.filter((detail): detail is string => typeof detail === 'string'));
      await resync?.().catch(() => undefined);
    } finally {
      this.busy.set(false);
    }
  }
}
