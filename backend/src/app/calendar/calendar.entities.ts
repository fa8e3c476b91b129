import { CalendarRulesEntity } from './entities/calendar-rules.entity';
import { CalendarYearEntity } from './entities/calendar-year.entity';

export const CALENDAR_ENTITIES = [CalendarYearEntity, CalendarRulesEntity];
