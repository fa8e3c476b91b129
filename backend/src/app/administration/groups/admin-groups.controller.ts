import type { AdminUnitGroupDto } from '@dondoc/contracts';
import { Body, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
} from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { UuidParam } from '../../http/uuid-param';
import { AdminController, NotInWard } from '../admin-routes';
import { AdminUnitGroupResponse } from './admin-groups.responses';
import { AdminGroups } from './admin-groups.service';
import { UnitGroupBody } from './group.dto';

@AdminController('admin/groups')
export class AdminGroupsController {
  constructor(private readonly groups: AdminGroups) {}

  @Get()
  @ApiOperation({ summary: 'The unit groups of the caller’s ward, with their members and wordings' })
  @ApiOkResponse({ type: [AdminUnitGroupResponse] })
  list(@CurrentUser() user: AuthUser): Promise<AdminUnitGroupDto[]> {
    return this.groups.list(user);
  }

  @Post()
  @ApiOperation({ summary: 'Create a group of units and the wordings that name it' })
  @ApiCreatedResponse({ type: AdminUnitGroupResponse })
  @ApiResponse({ status: 400, description: 'The name is taken, or a member is not a unit of the ward' })
  create(@Body() body: UnitGroupBody, @CurrentUser() user: AuthUser): Promise<AdminUnitGroupDto> {
    return this.groups.create(user, body);
  }

  @Put(':groupId')
  @ApiOperation({ summary: 'Replace a group’s name, wordings and members' })
  @ApiOkResponse({ type: AdminUnitGroupResponse })
  @ApiResponse({ status: 400, description: 'The name is taken, or a member is not a unit of the ward' })
  @NotInWard('group')
  update(
    @UuidParam('groupId') groupId: string,
    @Body() body: UnitGroupBody,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminUnitGroupDto> {
    return this.groups.update(user, groupId, body);
  }

  @Delete(':groupId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a group (no task points to a group; its units stay)' })
  @ApiNoContentResponse({ description: 'Deleted' })
  @NotInWard('group')
  remove(@UuidParam('groupId') groupId: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.groups.remove(user, groupId);
  }
}
