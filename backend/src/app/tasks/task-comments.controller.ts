import type { TransitionResponse } from '@dondoc/contracts';
import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TaskChangeResponse } from '../task-model/card.responses';
import { CommentDto } from './dto/comment.dto';
import { TaskCommentsService } from './task-comments.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks/:taskId')
export class TaskCommentsController {
  constructor(private readonly comments: TaskCommentsService) {}

  @Post('comments')
  @ApiOperation({
    summary: 'Comment on a task; "@username" mentions of the ward’s users go to payload.mentions',
  })
  @ApiCreatedResponse({ type: TaskChangeResponse, description: 'The COMMENT event and the task’s card' })
  @ApiResponse({ status: 403, description: 'The caller does not follow this task' })
  @ApiResponse({ status: 404, description: 'No such task in the caller’s ward' })
  comment(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: CommentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    return this.comments.comment(taskId, user, body.text);
  }
}
