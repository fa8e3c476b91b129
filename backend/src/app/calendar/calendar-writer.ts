import type { CalendarYear, NationalHolidayRules } from '@dondoc/deadlines';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { type CalendarEditor, confirmedYear, editedRules, editedYear } from './calendar-edits';
import { CalendarRulesEntity } from './entities/calendar-rules.entity';
import { CalendarYearEntity } from './entities/calendar-year.entity';
import { WardCalendars } from './ward-calendars';

/**
 * Writes a ward's calendar: a year as edited, a year confirmed from the official announcement,
 * the ward's holiday rules. Each checks before it writes, so a refused edit changes nothing; the
 * caller runs it in its transaction and tells the boards afterwards.
 */
@Injectable()
export class CalendarWriter {
  constructor(private readonly calendars: WardCalendars) {}

  async saveYear(
    manager: EntityManager,
    wardId: string,
    year: number,
    input: unknown,
    editor: CalendarEditor,
  ): Promise<CalendarYear> {
    const calendarYear = editedYear(input, year, editor);
    await this.storeYear(manager, wardId, calendarYear, editor);
    return calendarYear;
  }

  async confirmYear(
    manager: EntityManager,
    wardId: string,
    year: number,
    source: unknown,
    editor: CalendarEditor,
  ): Promise<CalendarYear> {
    const current = await this.calendars.yearOf(wardId, year, manager);
    const calendarYear = confirmedYear(current, source, editor);
    await this.storeYear(manager, wardId, calendarYear, editor);
    return calendarYear;
  }

  async saveRules(
    manager: EntityManager,
    wardId: string,
    input: unknown,
    editor: CalendarEditor,
  ): Promise<NationalHolidayRules> {
    const rules = editedRules(input);
    await manager.save(CalendarRulesEntity, {
      wardId,
      rules,
      updatedAt: editor.at,
      updatedBy: editor.userId,
    });
    return rules;
  }

  private async storeYear(
    manager: EntityManager,
    wardId: string,
    calendarYear: CalendarYear,
    editor: CalendarEditor,
  ): Promise<void> {
    const changes = { data: calendarYear, updatedAt: editor.at, updatedBy: editor.userId };
    const updated = await manager.update(CalendarYearEntity, { wardId, year: calendarYear.year }, changes);
    if (updated.affected) return;
    await manager.insert(CalendarYearEntity, { id: newId(), wardId, year: calendarYear.year, ...changes });
  }
}
