import type { TaskDetailDto, TransitionResponse } from '@dondoc/contracts';
import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { StandIns } from '../delegations/stand-ins';
import { TaskChangeResponse } from '../task-model/card.responses';
import { ChangeTypeDto } from './dto/change-type.dto';
import { ChooseLeadDto } from './dto/choose-lead.dto';
import { TransitionDto } from './dto/transition.dto';
import { TaskAdminService } from './task-admin.service';
import { TaskDetailService } from './task-detail.service';
import { TaskTransitionService } from './task-transition.service';
import { TaskDetailResponse } from './tasks.responses';

@ApiTags('tasks')
@ApiBearerAuth()
@ApiResponse({ status: 404, description: 'No such task in the caller’s ward' })
@Controller('tasks')
export class TasksController {
  constructor(
    private readonly transitions: TaskTransitionService,
    private readonly details: TaskDetailService,
    private readonly admin: TaskAdminService,
    private readonly standIns: StandIns,
  ) {}

  @Get(':taskId')
  @ApiOperation({ summary: 'A task with its history and the moves the caller may make' })
  @ApiOkResponse({ type: TaskDetailResponse })
  detail(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<TaskDetailDto> {
    return this.details.detail(taskId, user);
  }

  @Post(':taskId/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Fire a workflow event on a task, naming the version the caller saw' })
  @ApiOkResponse({ type: TaskChangeResponse, description: 'Moved; the new card and the appended event' })
  @ApiResponse({
    status: 400,
    description:
      'Malformed request, a payload key the event does not take, a value of the wrong type or too long (each named), or a missing payload (e.g. no return reason)',
  })
  @ApiResponse({
    status: 403,
    description: 'The caller’s relation to the task does not allow this event, or no delegation in force',
  })
  @ApiResponse({ status: 409, description: 'Stale version; `current` holds the task as it is now' })
  @ApiResponse({ status: 422, description: 'The task’s state does not accept this event' })
  async transition(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: TransitionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    const { actor, request } = await this.standIns.acting(user, body);
    return this.transitions.transition(taskId, actor, request, body);
  }

  @Post(':taskId/primary-lead')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Pick the one primary lead of a task the plan gave several leads; the others cooperate',
  })
  @ApiOkResponse({ type: TaskChangeResponse, description: 'The card with its lead, and the event' })
  @ApiResponse({ status: 403, description: 'Only an admin or the approver unit picks the lead' })
  @ApiResponse({ status: 409, description: 'Stale version; `current` holds the task as it is now' })
  @ApiResponse({ status: 422, description: 'The task already has its one lead' })
  chooseLead(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: ChooseLeadDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    return this.admin.chooseLead(taskId, user, body.unitId, body.expectedVersion);
  }

  @Post(':taskId/type')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change the type (and so the workflow) of a task nothing has happened to yet' })
  @ApiOkResponse({ type: TaskChangeResponse, description: 'The card with its new type, and the event' })
  @ApiResponse({ status: 403, description: 'Only an admin changes the type' })
  @ApiResponse({ status: 409, description: 'Stale version; `current` holds the task as it is now' })
  @ApiResponse({ status: 422, description: 'The task has left its initial state' })
  changeType(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: ChangeTypeDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    return this.admin.changeType(taskId, user, body.type, body.expectedVersion);
  }
}
