import type { AdminCalendarDto } from '@dondoc/contracts';
import { type CalendarYear, NATIONAL_RULES, type NationalHolidayRules } from '@dondoc/deadlines';
import { Body, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { WardCalendars } from '../../calendar/ward-calendars';
import { Clock } from '../../common/clock';
import { WardCalendarChanges } from '../../task-model/ward-calendar-changes';
import { requireAdmin } from '../admin-access';
import { AdminController } from '../admin-routes';
import {
  AdminCalendarResponse,
  CalendarYearResponse,
  HolidayRulesResponse,
} from './admin-calendar.responses';
import { CalendarRulesBody, CalendarYearBody, ConfirmCalendarBody } from './calendar.dto';

/** The years an admin sees: last year, this year and the four after (the plans we hold run that far). */
const YEARS_BEFORE = 1;
const YEARS_AFTER = 4;

/**
 * The ward's working calendar, a thin layer over the calendar kernel: WardCalendars reads it,
 * WardCalendarChanges checks, stores and tells the boards. The year travels in the body, so
 * every route acts on the caller's own ward and names nothing of another.
 */
@AdminController('admin/calendar')
export class AdminCalendarController {
  constructor(
    private readonly calendars: WardCalendars,
    private readonly changes: WardCalendarChanges,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The ward’s working calendar around today, year by year (provisional years marked), and its holiday rules',
  })
  @ApiOkResponse({ type: AdminCalendarResponse })
  async read(@CurrentUser() user: AuthUser): Promise<AdminCalendarDto> {
    requireAdmin(user);
    const thisYear = this.clock.now().getUTCFullYear();
    const stored = await this.calendars.storedOf(user.wardId);
    const years: CalendarYear[] = [];
    for (let year = thisYear - YEARS_BEFORE; year <= thisYear + YEARS_AFTER; year += 1)
      years.push(await this.calendars.yearOf(user.wardId, year));
    return { years, rules: stored.rules ?? NATIONAL_RULES };
  }

  @Put('year')
  @ApiOperation({
    summary:
      'Save one year’s days off and Saturdays worked; saved as confirmed, it is confirmed by the caller',
  })
  @ApiOkResponse({ type: CalendarYearResponse, description: 'The year as saved' })
  @ApiResponse({ status: 400, description: 'A day is wrong; details name each' })
  saveYear(@Body() body: CalendarYearBody, @CurrentUser() user: AuthUser): Promise<CalendarYear> {
    requireAdmin(user);
    return this.changes.saveYear(user, body.year, body);
  }

  @Post('confirm')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Confirm a year as it stands from the official announcement; the boards recount at once',
  })
  @ApiOkResponse({ type: CalendarYearResponse, description: 'The year, confirmed' })
  @ApiResponse({ status: 400, description: 'No announcement named' })
  confirm(@Body() body: ConfirmCalendarBody, @CurrentUser() user: AuthUser): Promise<CalendarYear> {
    requireAdmin(user);
    return this.changes.confirmYear(user, body.year, body.source);
  }

  @Put('rules')
  @ApiOperation({ summary: 'Switch on holidays a future amendment adds (each from a given year)' })
  @ApiOkResponse({ type: HolidayRulesResponse })
  @ApiResponse({ status: 400, description: 'A holiday is wrong; details say which' })
  saveRules(@Body() body: CalendarRulesBody, @CurrentUser() user: AuthUser): Promise<NationalHolidayRules> {
    requireAdmin(user);
    return this.changes.saveRules(user, body);
  }
}
