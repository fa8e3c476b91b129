import { Clock } from '../app/common/clock';

/** A clock tests move by hand: dated rules and timers without waiting for the wall clock. */
export class SettableClock extends Clock {
  private current: Date;

  constructor(start: string) {
    super();
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string): Date {
    this.current = new Date(instant);
    return this.now();
  }

  advance(ms: number): Date {
    this.current = new Date(this.current.getTime() + ms);
    return this.now();
  }
}
