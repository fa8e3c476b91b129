import type { BoardDto, PlanSummaryDto, TaskChangedMessage } from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn } from '@dondoc/domain';
import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiPropertyOptional,
  ApiQuery,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { Response } from 'express';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { AppError } from '../common/app-error';
import { PlanFeed } from '../task-model/plan-feed';
import { writeBoardJson } from './board-json-stream';
import { BoardResponse, MissedChangesResponse, PlanSummaryResponse } from './plans.responses';
import { PlansService } from './plans.service';

export const MAX_BOARD_PAGE = 500;
export const DEFAULT_BOARD_PAGE = 100;

const toNumber = ({ value }: { value: unknown }) => (value === undefined ? undefined : Number(value));

/**
 * `?column=&offset=&limit=`: one column page by page; `?perColumn=`: the first cards of every
 * column (what a big board shows first); none of them: the whole board.
 */
export class BoardPageQuery {
  @ApiPropertyOptional({ enum: BOARD_COLUMNS, description: 'Only this column, page by page' })
  @IsOptional()
  @IsIn(BOARD_COLUMNS)
  column?: BoardColumn;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_BOARD_PAGE, default: DEFAULT_BOARD_PAGE })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_BOARD_PAGE)
  limit?: number;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_BOARD_PAGE,
    description: 'The first cards of every column, with every column’s total (not with column)',
  })
  @IsOptional()
  @Transform(toNumber)
  @IsInt()
  @Min(1)
  @Max(MAX_BOARD_PAGE)
  perColumn?: number;
}

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
  @ApiOkResponse({ type: [PlanSummaryResponse] })
  list(@CurrentUser() user: AuthUser): Promise<PlanSummaryDto[]> {
    return this.plans.list(user.wardId);
  }

  @Get(':planId/board')
  @ApiOperation({
    summary:
      'Every card of a plan, one column page by page (column, offset, limit ≤ 500) or the first cards of every column (perColumn ≤ 500), with the event cursor to resume live updates from',
  })
  @ApiOkResponse({ type: BoardResponse })
  @ApiResponse({ status: 400, description: 'A paging parameter is out of range or mixed with perColumn' })
  @ApiResponse({ status: 404, description: 'No such plan in the caller’s ward' })
  async board(
    @Param('planId', new ParseUUIDPipe()) planId: string,
    @Query() query: BoardPageQuery,
    @CurrentUser() user: AuthUser,
    // The whole board is written in batches (see writeBoardJson); pages go as one piece.
    @Res() response: Response,
  ): Promise<void> {
    const { column, offset, limit, perColumn } = query;
    if (perColumn !== undefined) {
      if (column !== undefined || offset !== undefined || limit !== undefined)
        throw new AppError(
          'VALIDATION_FAILED',
          'Tham số perColumn (số thẻ đầu mỗi cột) không dùng cùng column, offset hay limit',
        );
      response.json(await this.plans.firstOfEachColumn(planId, user.wardId, perColumn));
      return;
    }
    if (column === undefined) {
      if (offset !== undefined || limit !== undefined)
        throw new AppError('VALIDATION_FAILED', 'Phân trang bảng cần tham số column (cột cần đọc)');
      const whole = await this.plans.board(planId, user.wardId);
      await writeBoardJson(response, whole.frame, whole.cards);
      return;
    }
    const page: BoardDto = await this.plans.boardPage(planId, user.wardId, {
      column,
      offset: offset ?? 0,
      limit: limit ?? DEFAULT_BOARD_PAGE,
    });
    response.json(page);
  }

  @Get(':planId/events')
  @ApiOperation({ summary: 'Changes since an event id, for a client that was disconnected' })
  @ApiQuery({ name: 'since', required: false, example: '42' })
  @ApiOkResponse({ type: MissedChangesResponse })
  @ApiResponse({ status: 400, description: 'since is not an event id' })
  @ApiResponse({ status: 404, description: 'No such plan in the caller’s ward' })
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
