import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarWriter } from './calendar-writer';
import { CALENDAR_ENTITIES } from './calendar.entities';
import { WardCalendars } from './ward-calendars';

/**
 * Each ward's working calendar, stored per year, and the one reader every working-day question in
 * the backend goes through (WardCalendars); the writer checks an admin's edits before storing them.
 */
@Module({
  imports: [TypeOrmModule.forFeature(CALENDAR_ENTITIES)],
  providers: [WardCalendars, CalendarWriter],
  exports: [WardCalendars, CalendarWriter],
})
export class CalendarModule {}
