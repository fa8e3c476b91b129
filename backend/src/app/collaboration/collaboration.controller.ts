import type { TaskOpinionsDto } from '@dondoc/contracts';
import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TaskOpinionsResponse } from './collaboration.responses';
import { CollaborationService } from './collaboration.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks/:taskId')
export class CollaborationController {
  constructor(private readonly collaboration: CollaborationService) {}

  @Get('opinions')
  @ApiOperation({ summary: 'Each consulted unit’s opinion: waiting, given, late, overdue or none recorded' })
  @ApiOkResponse({ type: TaskOpinionsResponse })
  @ApiResponse({ status: 404, description: 'No such task in the caller’s ward' })
  opinions(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskOpinionsDto> {
    return this.collaboration.opinions(taskId, user);
  }
}
