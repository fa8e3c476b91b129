import { Clock } from '../app/common/clock';

/** A clock a test sets by hand, so that dated rules (no issue date in the future…) are deterministic. */
export class SettableClock extends Clock {
  constructor(private instant: Date) {
    super();
  }

  set(iso: string): void {
    this.instant = new Date(iso);
  }

  now(): Date {
    return new Date(this.instant);
  }
}
