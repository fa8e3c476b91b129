import type { TaskOpinionsDto, TransitionResponse } from '@dondoc/contracts';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CollaborationService } from './collaboration.service';
import { CommentDto } from './comment.dto';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks/:taskId')
export class CollaborationController {
  constructor(private readonly collaboration: CollaborationService) {}

  @Get('opinions')
  @ApiOperation({ summary: 'Each consulted unit’s opinion: waiting, given, late, overdue or none recorded' })
  opinions(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskOpinionsDto> {
    return this.collaboration.opinions(taskId, user);
  }

  @Post('comments')
  @ApiOperation({
    summary: 'Comment on a task; "@username" mentions of the ward’s users go to payload.mentions',
  })
  @ApiResponse({ status: 201, description: 'The COMMENT event and the task’s card' })
  @ApiResponse({ status: 403, description: 'The caller does not follow this task' })
  comment(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: CommentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    return this.collaboration.comment(taskId, user, body.text);
  }
}
