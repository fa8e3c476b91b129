import type { CalendarYear, NationalHolidayRules, WorkingCalendar } from '@dondoc/deadlines';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CalendarRulesEntity } from './entities/calendar-rules.entity';
import { CalendarYearEntity } from './entities/calendar-year.entity';
import { wardCalendarYear, wardCalendarYears, wardWorkingCalendar } from './ward-calendar-data';

/** What a ward has stored of its calendar: its years and its rules (null: the law as it stands). */
export interface StoredCalendar {
  years: CalendarYear[];
  rules: NationalHolidayRules | null;
}

const NOTHING_STORED: StoredCalendar = { years: [], rules: null };

/**
 * The one place the backend gets a ward's working calendar from: timeliness on cards, due-soon
 * and overdue reminders, digests and the leadership view all ask here. Read afresh each time (two
 * lookups by key) rather than kept per process: another process may have confirmed a year since,
 * and a board must never count days by a calendar older than the database.
 */
@Injectable()
export class WardCalendars {
  constructor(private readonly dataSource: DataSource) {}

  async calendarOf(
    wardId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<WorkingCalendar> {
    const stored = await this.storedOf(wardId, manager);
    return wardWorkingCalendar(stored.years, stored.rules);
  }

  /** Several wards' calendars in two queries, for jobs that walk every ward. */
  async calendarsOf(
    wardIds: Iterable<string>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, WorkingCalendar>> {
    const ids = [...new Set(wardIds)];
    if (ids.length === 0) return new Map();
    const years = await manager.find(CalendarYearEntity, { where: { wardId: In(ids) } });
    const rules = await manager.find(CalendarRulesEntity, { where: { wardId: In(ids) } });
    const rulesOf = new Map(rules.map((row) => [row.wardId, row.rules]));
    return new Map(
      ids.map((wardId) => [
        wardId,
        wardWorkingCalendar(
          years.filter((row) => row.wardId === wardId).map((row) => row.data),
          rulesOf.get(wardId) ?? null,
        ),
      ]),
    );
  }

  /** The years the ward holds (its own and the shipped ones), in order. */
  async yearsOf(wardId: string, manager: EntityManager = this.dataSource.manager): Promise<CalendarYear[]> {
    return wardCalendarYears((await this.storedOf(wardId, manager)).years);
  }

  /** One year as the ward counts it: stored, shipped, or computed from its rules (provisional). */
  async yearOf(
    wardId: string,
    year: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CalendarYear> {
    const stored = await this.storedOf(wardId, manager);
    return wardCalendarYear(year, stored.years, stored.rules);
  }

  /** Its years and rules in one round trip: every move reads them for the answer's timeliness. */
  async storedOf(wardId: string, manager: EntityManager = this.dataSource.manager): Promise<StoredCalendar> {
    const driver = manager.connection.driver;
    const q = (name: string) => driver.escape(name);
    const [rulesWard, yearsWard] = [
      driver.createParameter('rulesWard', 0),
      driver.createParameter('yearsWard', 1),
    ];
    // Both bodies are simple-json (text on both engines); the rules row sorts first, years follow in order.
    const rows = (await manager.query(
      `SELECT 0 AS ${q('kind')}, 0 AS ${q('year')}, ${q('rules')} AS ${q('body')} FROM ${q('calendar_rules')} WHERE ${q('ward_id')} = ${rulesWard}
       UNION ALL
       SELECT 1, ${q('year')}, ${q('data')} FROM ${q('calendar_year')} WHERE ${q('ward_id')} = ${yearsWard}
       ORDER BY 1, 2`,
      [wardId, wardId],
    )) as { kind: number | string; body: string }[];
    if (rows.length === 0) return NOTHING_STORED;
    const bodies = (kind: number) =>
      rows.filter((row) => Number(row.kind) === kind).map((row) => parsed(row.body));
    return {
      years: bodies(1) as CalendarYear[],
      rules: (bodies(0)[0] as NationalHolidayRules | undefined) ?? null,
    };
  }
}

function parsed(body: unknown): unknown {
  return typeof body === 'string' ? JSON.parse(body) : body;
}
