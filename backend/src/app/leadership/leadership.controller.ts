import type { LeadershipBoardDto, LeadershipWardDto } from '@dondoc/contracts';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LeadershipWards } from '../task-model/ward-scope/leadership-wards';
import { LeadershipBoardResponse, LeadershipWardResponse } from './leadership.responses';
import { LeadershipService } from './leadership.service';

@ApiTags('leadership')
@ApiBearerAuth()
@Controller('leadership')
export class LeadershipController {
  constructor(
    private readonly leadership: LeadershipService,
    private readonly wards: LeadershipWards,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The caller’s ward at a glance: tasks per unit and timeliness, what needs attention, latest moves',
  })
  @ApiOkResponse({ type: LeadershipBoardResponse })
  @ApiResponse({ status: 403, description: 'Only leaders and admins of the ward' })
  board(@CurrentUser() user: AuthUser): Promise<LeadershipBoardDto> {
    return this.leadership.board(user);
  }

  @Get('wards')
  @ApiOperation({
    summary:
      'The wards whose leadership board the caller may read: their own first, then those granted to them',
  })
  @ApiOkResponse({ type: [LeadershipWardResponse] })
  @ApiResponse({ status: 403, description: 'Only leaders and admins' })
  wardList(@CurrentUser() user: AuthUser): Promise<LeadershipWardDto[]> {
    return this.wards.list(user);
  }

  @Get('wards/:wardId')
  @ApiOperation({
    summary: 'One ward’s leadership board: the caller’s own, or one granted to a city-level leader',
  })
  @ApiOkResponse({ type: LeadershipBoardResponse })
  @ApiResponse({ status: 403, description: 'Only leaders and admins' })
  @ApiResponse({ status: 404, description: 'A ward that is neither the caller’s nor granted to them' })
  async wardBoard(
    @Param('wardId', new ParseUUIDPipe()) wardId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<LeadershipBoardDto> {
    const shown = await this.wards.resolve(user, wardId);
    // Computed for that ward as for its own leader: the grant was checked just above.
    return this.leadership.board({ ...user, wardId: shown });
  }
}
