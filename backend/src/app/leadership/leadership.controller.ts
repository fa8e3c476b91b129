import type { LeadershipBoardDto } from '@dondoc/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { LeadershipService } from './leadership.service';

@ApiTags('leadership')
@ApiBearerAuth()
@Controller('leadership')
export class LeadershipController {
  constructor(private readonly leadership: LeadershipService) {}

  @Get()
  @ApiOperation({
    summary:
      'The caller’s ward at a glance: tasks per unit and timeliness, what needs attention, latest moves',
  })
  @ApiResponse({ status: 403, description: 'Only leaders and admins of the ward' })
  board(@CurrentUser() user: AuthUser): Promise<LeadershipBoardDto> {
    return this.leadership.board(user);
  }
}
