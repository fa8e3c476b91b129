import type { TaskDetailDto, TransitionResponse } from '@dondoc/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { TransitionDto } from './dto/transition.dto';
import { TaskDetailService } from './task-detail.service';
import { TaskTransitionService } from './task-transition.service';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly transitions: TaskTransitionService,
    private readonly details: TaskDetailService,
  ) {}

  @Get(':taskId')
  @ApiOperation({ summary: 'A task with its history and the moves the caller may make' })
  detail(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskDetailDto> {
    return this.details.detail(taskId, user);
  }

  @Post(':taskId/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Fire a workflow event on a task, naming the version the caller saw' })
  @ApiResponse({ status: 200, description: 'Moved; the new card and the appended event' })
  @ApiResponse({ status: 400, description: 'Malformed request or missing payload (e.g. no return reason)' })
  @ApiResponse({ status: 403, description: 'The caller’s relation to the task does not allow this event' })
  @ApiResponse({ status: 409, description: 'Stale version; `current` holds the task as it is now' })
  @ApiResponse({ status: 422, description: 'The task’s state does not accept this event' })
  transition(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: TransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    return this.transitions.transition(taskId, user, body);
  }
}
