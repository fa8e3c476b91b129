import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AsOfBoardResponse, AsOfLeadershipResponse, LeadershipChartsResponse } from './as-of.dto';
import { BoardsAsOfService } from './boards-as-of.service';

const AS_OF = {
  name: 'asOf',
  // The example in the schema, where the route tables of the security specs read it.
  schema: { type: 'string', format: 'date', example: '2026-06-30' },
  description: 'A Vietnam day (YYYY-MM-DD), today or before: the board as it stood at its end',
};
const WARD = {
  name: 'wardId',
  type: String,
  required: false,
  description: 'A ward granted to a city-level leader; the caller’s own when absent',
};

/** Boards "tại ngày dd/mm/yyyy", read-only, and the leadership's charts: all folded from the event log. */
@ApiTags('reports')
@ApiBearerAuth()
@ApiResponse({ status: 400, description: 'asOf is not a real day, or is after today' })
@Controller('reports')
export class BoardsAsOfController {
  constructor(private readonly boards: BoardsAsOfService) {}

  @Get('plans/:planId/board')
  @ApiOperation({ summary: 'A plan board as it stood at the end of a day (read-only)' })
  @ApiQuery({ ...AS_OF, required: true })
  @ApiOkResponse({ type: AsOfBoardResponse })
  @ApiResponse({ status: 404, description: 'No such plan in the caller’s ward' })
  planBoard(
    @Param('planId', new ParseUUIDPipe()) planId: string,
    @CurrentUser() user: AuthUser,
    @Query('asOf') asOf?: string,
  ): Promise<AsOfBoardResponse> {
    return this.boards.planBoard(user, planId, asOf);
  }

  @Get('leadership')
  @ApiOperation({
    summary: 'The leadership board as it stood at the end of a day: counts per unit, overdue tasks',
  })
  @ApiQuery({ ...AS_OF, required: true })
  @ApiQuery(WARD)
  @ApiOkResponse({ type: AsOfLeadershipResponse })
  @ApiResponse({ status: 403, description: 'Only leaders and admins' })
  @ApiResponse({ status: 404, description: 'A ward that is neither the caller’s nor granted to them' })
  leadership(
    @CurrentUser() user: AuthUser,
    @Query('asOf') asOf?: string,
    @Query('wardId') wardId?: string,
  ): Promise<AsOfLeadershipResponse> {
    return this.boards.leadership(user, wardId, asOf);
  }

  @Get('leadership/charts')
  @ApiOperation({
    summary:
      'The leadership charts: the year week by week (done on time, late, overdue) and each plan against its deadlines',
  })
  @ApiQuery({ ...AS_OF, required: false, description: `${AS_OF.description}; now when absent` })
  @ApiQuery(WARD)
  @ApiOkResponse({ type: LeadershipChartsResponse })
  @ApiResponse({ status: 403, description: 'Only leaders and admins' })
  @ApiResponse({ status: 404, description: 'A ward that is neither the caller’s nor granted to them' })
  charts(
    @CurrentUser() user: AuthUser,
    @Query('asOf') asOf?: string,
    @Query('wardId') wardId?: string,
  ): Promise<LeadershipChartsResponse> {
    return this.boards.charts(user, wardId, asOf);
  }
}
