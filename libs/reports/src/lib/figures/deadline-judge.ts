import {
  daysBetween,
  DEFAULT_CALENDAR,
  effectiveDue,
  type IsoDate,
  timeliness,
  type Timeliness,
  type WorkingCalendar,
} from '@dondoc/deadlines';

/**
 * The deadline engine's answers for one "today", remembered: a ward's tasks share a few hundred
 * due dates, and each answer walks the working calendar, so a report of 100,000 tasks asks the
 * calendar about a thousand times instead of a few hundred thousand.
 */
export class DeadlineJudge {
  private readonly effective = new Map<IsoDate, IsoDate>();
  private readonly standings = new Map<string, Timeliness>();
  /** Open work's answers by due date alone: the commonest question, asked without building a key. */
  private readonly openStandings = new Map<IsoDate | null, Timeliness>();
  private readonly lateness = new Map<string, number>();

  constructor(
    readonly today: IsoDate,
    readonly calendar: WorkingCalendar = DEFAULT_CALENDAR,
  ) {}

  effectiveDue(due: IsoDate): IsoDate {
    let answer = this.effective.get(due);
    if (answer === undefined) this.effective.set(due, (answer = effectiveDue(due, this.calendar)));
    return answer;
  }

  /**
   * Done work is judged by its hand-in day against the effective due date only, so answers are
   * shared by every hand-in on the same side of the same deadline.
   */
  timeliness(due: IsoDate | null, doneOn: IsoDate | null): Timeliness {
    if (doneOn === null) {
      let open = this.openStandings.get(due);
      if (open === undefined) {
        open = timeliness({ due, doneAt: null, today: this.today, calendar: this.calendar });
        this.openStandings.set(due, open);
      }
      return open;
    }
    const side = due === null || doneOn <= this.effectiveDue(due) ? 'in time' : 'late';
    const key = `${due ?? ''}|${side}`;
    let answer = this.standings.get(key);
    if (answer === undefined) {
      answer = timeliness({ due, doneAt: doneOn, today: this.today, calendar: this.calendar });
      this.standings.set(key, answer);
    }
    return answer;
  }

  /** Calendar days from the effective due date to the day the lateness is measured on. */
  daysLate(effectiveDue: IsoDate, on: IsoDate): number {
    const key = `${effectiveDue}|${on}`;
    let answer = this.lateness.get(key);
    if (answer === undefined) this.lateness.set(key, (answer = daysBetween(effectiveDue, on)));
    return answer;
  }
}
