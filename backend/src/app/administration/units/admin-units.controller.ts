import type { AdminUnitDto } from '@dondoc/contracts';
import { Body, Get, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { UuidParam } from '../../http/uuid-param';
import { AdminController, NotInWard, StandingChange } from '../admin-routes';
import { AdminUnitResponse } from './admin-units.responses';
import { AdminUnits } from './admin-units.service';
import { CreateUnitDto, UnitAliasesDto, UpdateUnitDto } from './unit.dto';

@AdminController('admin/units')
export class AdminUnitsController {
  constructor(private readonly units: AdminUnits) {}

  @Get()
  @ApiOperation({ summary: 'The units of the caller’s ward, active or not' })
  @ApiOkResponse({ type: [AdminUnitResponse] })
  list(@CurrentUser() user: AuthUser): Promise<AdminUnitDto[]> {
    return this.units.list(user);
  }

  @Post()
  @ApiOperation({ summary: 'Create a unit of the caller’s ward' })
  @ApiCreatedResponse({ type: AdminUnitResponse })
  @ApiResponse({ status: 400, description: 'The code is taken in the ward, or a field is invalid' })
  create(@Body() body: CreateUnitDto, @CurrentUser() user: AuthUser): Promise<AdminUnitDto> {
    return this.units.create(user, body);
  }

  @Patch(':unitId')
  @ApiOperation({ summary: 'Rename a unit, change its short code or its kind' })
  @ApiOkResponse({ type: AdminUnitResponse })
  @ApiResponse({ status: 400, description: 'The code is taken in the ward, or a field is invalid' })
  @NotInWard('unit')
  update(
    @UuidParam('unitId') unitId: string,
    @Body() body: UpdateUnitDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminUnitDto> {
    return this.units.update(user, unitId, body);
  }

  @Put(':unitId/aliases')
  @ApiOperation({ summary: 'Replace the spellings of a unit the plan reader recognises' })
  @ApiOkResponse({ type: AdminUnitResponse })
  @NotInWard('unit')
  setAliases(
    @UuidParam('unitId') unitId: string,
    @Body() body: UnitAliasesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminUnitDto> {
    return this.units.setAliases(user, unitId, body.aliases);
  }

  @StandingChange(
    ':unitId/deactivate',
    'Deactivate a unit (it is never deleted: tasks point to it)',
    AdminUnitResponse,
  )
  @ApiResponse({ status: 400, description: 'The unit leads open tasks; details name them' })
  @NotInWard('unit')
  deactivate(@UuidParam('unitId') unitId: string, @CurrentUser() user: AuthUser): Promise<AdminUnitDto> {
    return this.units.deactivate(user, unitId);
  }

  @StandingChange(':unitId/reactivate', 'Make a deactivated unit active again', AdminUnitResponse)
  @NotInWard('unit')
  reactivate(@UuidParam('unitId') unitId: string, @CurrentUser() user: AuthUser): Promise<AdminUnitDto> {
    return this.units.reactivate(user, unitId);
  }
}
