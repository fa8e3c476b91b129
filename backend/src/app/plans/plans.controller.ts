import type { BoardDto, PlanSummaryDto, TaskChangedMessage } from '@dondoc/contracts';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AppError } from '../common/app-error';
import { PlanFeed } from '../tasks/plan-feed';
import { PlansService } from './plans.service';

@ApiTags('plans')
@ApiBearerAuth()
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly feed: PlanFeed,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The plans of the caller’s ward' })
  list(@CurrentUser() user: AuthUser): Promise<PlanSummaryDto[]> {
    return this.plans.list(user.wardId);
  }

  @Get(':planId/board')
  @ApiOperation({ summary: 'Every card of a plan, with the event cursor to resume live updates from' })
  board(
    @Param('planId', new ParseUUIDPipe()) planId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<BoardDto> {
    return this.plans.board(planId, user.wardId);
  }

  @Get(':planId/events')
  @ApiOperation({ summary: 'Changes since an event id, for a client that was disconnected' })
  @ApiQuery({ name: 'since', required: false, example: '42' })
  async events(
    @Param('planId', new ParseUUIDPipe()) planId: string,
    @Query('since') since: string | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<{ missed: TaskChangedMessage[]; tooFarBehind: boolean }> {
    if (since !== undefined && !/^\d{1,15}$/.test(since)) {
      throw new AppError('VALIDATION_FAILED', 'Tham số since phải là mã sự kiện (số nguyên không âm)');
    }
    await this.plans.planInWard(planId, user.wardId);
    return this.feed.missedSince(planId, user.wardId, Number(since ?? 0));
  }
}
