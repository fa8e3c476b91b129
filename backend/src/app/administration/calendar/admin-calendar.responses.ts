import type { AdminCalendarDto } from '@dondoc/contracts';
import {
  CALENDAR_YEAR_STATUSES,
  type CalendarYear,
  type CalendarYearStatus,
  DAY_OFF_KINDS,
  type DayOff,
  type DayOffKind,
  type NationalHolidayRules,
  type OptionalHoliday,
  type WorkingWeekend,
} from '@dondoc/deadlines';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DayOffResponse implements DayOff {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty({ example: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' }) name!: string;
  @ApiProperty({ enum: DAY_OFF_KINDS }) kind!: DayOffKind;
}

export class WorkingWeekendResponse implements WorkingWeekend {
  @ApiProperty({ format: 'date' }) date!: string;
  @ApiProperty() reason!: string;
}

export class CalendarYearResponse implements CalendarYear {
  @ApiProperty() year!: number;
  @ApiProperty({ enum: CALENDAR_YEAR_STATUSES, description: 'provisional: "dự kiến"; confirmed by an admin' })
  status!: CalendarYearStatus;
  @ApiProperty({ type: [DayOffResponse] }) daysOff!: DayOffResponse[];
  @ApiProperty({ type: [WorkingWeekendResponse] }) workingWeekends!: WorkingWeekendResponse[];
  @ApiPropertyOptional() confirmedAt?: string;
  @ApiPropertyOptional() confirmedBy?: string;
  @ApiPropertyOptional({ description: 'The announcement it was confirmed from' }) source?: string;
}

export class OptionalHolidayResponse implements OptionalHoliday {
  @ApiProperty() month!: number;
  @ApiProperty() day!: number;
  @ApiProperty() name!: string;
  @ApiProperty() fromYear!: number;
}

export class HolidayRulesResponse implements NationalHolidayRules {
  @ApiProperty({ type: [OptionalHolidayResponse] }) optionalHolidays!: OptionalHolidayResponse[];
}

export class AdminCalendarResponse implements AdminCalendarDto {
  @ApiProperty({
    type: [CalendarYearResponse],
    description: 'The years around today as the ward counts them',
  })
  years!: CalendarYearResponse[];
  @ApiProperty({ type: HolidayRulesResponse }) rules!: HolidayRulesResponse;
}
