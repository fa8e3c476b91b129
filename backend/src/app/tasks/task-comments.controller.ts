import type { TransitionResponse } from '@dondoc/contracts';
import { Body, Controller, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
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
  @ApiResponse({ status: 201, description: 'The COMMENT event and the task’s card' })
  @ApiResponse({ status: 403, description: 'The caller does not follow this task' })
  comment(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: CommentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    return this.comments.comment(taskId, user, body.text);
  }
}
