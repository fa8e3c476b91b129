import type { DayOff, WorkingWeekend } from '@dondoc/deadlines';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/*
 * The shapes are checked here only as far as the OpenAPI document needs; the calendar's own
 * validation (CalendarWriter) checks every day and says what is wrong with each.
 */

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

export class CalendarYearBody {
  @ApiProperty({ example: 2027 })
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year: number;

  @ApiProperty({ enum: ['provisional', 'confirmed'], example: 'provisional' })
  @IsIn(['provisional', 'confirmed'])
  status: 'provisional' | 'confirmed';

  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: [{ date: '2027-01-01', name: 'Tết Dương lịch', kind: 'holiday' }],
    description: 'Days off that are not already weekends, and holidays on a weekend',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsObject({ each: true })
  daysOff: DayOff[];

  @ApiProperty({ type: 'array', items: { type: 'object' }, example: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  workingWeekends: WorkingWeekend[];

  @ApiPropertyOptional({ example: 'Thông báo số 123/TB-BNV' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  source?: string;
}

export class ConfirmCalendarBody {
  @ApiProperty({ example: 2027 })
  @IsInt()
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year: number;

  @ApiProperty({
    example: 'Thông báo số 123/TB-BNV ngày 10/12/2026',
    description: 'The official announcement',
  })
  @IsString()
  @MaxLength(300)
  source: string;
}

export class CalendarRulesBody {
  @ApiProperty({
    type: 'array',
    items: { type: 'object' },
    example: [{ month: 11, day: 24, name: 'Ngày Văn hóa Việt Nam', fromYear: 2027 }],
    description: 'Holidays a future amendment adds, each from a given year',
  })
  @IsArray()
  @ArrayMaxSize(20)
  @IsObject({ each: true })
  optionalHolidays: unknown[];
}
