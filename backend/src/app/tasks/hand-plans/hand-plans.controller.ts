import type { CreatedPlanDto, TransitionResponse } from '@dondoc/contracts';
import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { TaskChangeResponse } from '../../task-model/card.responses';
import { CreatedPlanResponse, CreatePlanBody, CreateTaskBody, EditTaskBody } from './hand-plan.dto';
import { HandPlans } from './hand-plans.service';
import { HandTasks } from './hand-tasks.service';

/** Plans and tasks written by hand, by the ward's admin or its Văn phòng (as for imports). */
@ApiTags('plans')
@ApiBearerAuth()
@ApiResponse({ status: 403, description: 'Neither an admin nor a person of the ward’s Văn phòng' })
@Controller()
export class HandPlansController {
  constructor(
    private readonly plans: HandPlans,
    private readonly tasks: HandTasks,
  ) {}

  @Post('plans')
  @ApiOperation({ summary: 'Create a plan by hand: its header and sections (tasks are added one by one)' })
  @ApiCreatedResponse({ type: CreatedPlanResponse })
  @ApiResponse({
    status: 400,
    description: 'A field is missing or invalid, the symbol is taken, a unit is unknown or deactivated',
  })
  createPlan(@Body() body: CreatePlanBody, @CurrentUser() user: AuthUser): Promise<CreatedPlanDto> {
    return this.plans.create(user, body);
  }

  @Post('plans/:planId/tasks')
  @ApiOperation({ summary: 'Add a task to a plan by hand; recorded as CREATE_TASK and sent live' })
  @ApiCreatedResponse({ type: TaskChangeResponse })
  @ApiResponse({
    status: 400,
    description: 'A field is invalid, the section is not the plan’s, a unit is unknown or deactivated',
  })
  @ApiResponse({ status: 404, description: 'No such plan in the caller’s ward' })
  addTask(
    @Param('planId', new ParseUUIDPipe()) planId: string,
    @Body() body: CreateTaskBody,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    return this.tasks.add(planId, user, body);
  }

  @Patch('tasks/:taskId')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Correct a task by hand (content, section, units, deliverable, deadline; its type while nothing happened); recorded as EDIT_TASK with each field from and to',
  })
  @ApiOkResponse({ type: TaskChangeResponse })
  @ApiResponse({ status: 400, description: 'A field is invalid, or nothing changed' })
  @ApiResponse({ status: 404, description: 'No such task in the caller’s ward' })
  @ApiResponse({ status: 409, description: 'Stale version; `current` holds the task as it is now' })
  @ApiResponse({ status: 422, description: 'The task is closed, or its type can no longer change' })
  editTask(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body() body: EditTaskBody,
    @CurrentUser() user: AuthUser,
  ): Promise<TransitionResponse> {
    return this.tasks.edit(taskId, user, body);
  }
}
