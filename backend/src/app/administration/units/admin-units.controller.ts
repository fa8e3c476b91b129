import type { AdminUnitDto } from '@dondoc/contracts';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  UseGuards,
} from '@nestjs/common';
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
import { AdminOnly } from '../admin-only.guard';
import { AdminUnitResponse } from './admin-units.responses';
import { AdminUnits } from './admin-units.service';
import { CreateUnitDto, UnitAliasesDto, UpdateUnitDto } from './unit.dto';

@ApiTags('administration')
@ApiBearerAuth()
@ApiResponse({ status: 403, description: 'The caller is not an admin' })
@UseGuards(AdminOnly)
@Controller('admin/units')
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
  @ApiResponse({ status: 404, description: 'No such unit in the caller’s ward' })
  update(
    @Param('unitId', new ParseUUIDPipe()) unitId: string,
    @Body() body: UpdateUnitDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminUnitDto> {
    return this.units.update(user, unitId, body);
  }

  @Put(':unitId/aliases')
  @ApiOperation({ summary: 'Replace the spellings of a unit the plan reader recognises' })
  @ApiOkResponse({ type: AdminUnitResponse })
  @ApiResponse({ status: 404, description: 'No such unit in the caller’s ward' })
  setAliases(
    @Param('unitId', new ParseUUIDPipe()) unitId: string,
    @Body() body: UnitAliasesDto,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminUnitDto> {
    return this.units.setAliases(user, unitId, body.aliases);
  }

  @Post(':unitId/deactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Deactivate a unit (it is never deleted: tasks point to it)' })
  @ApiOkResponse({ type: AdminUnitResponse })
  @ApiResponse({ status: 400, description: 'The unit leads open tasks; details name them' })
  @ApiResponse({ status: 404, description: 'No such unit in the caller’s ward' })
  deactivate(
    @Param('unitId', new ParseUUIDPipe()) unitId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminUnitDto> {
    return this.units.deactivate(user, unitId);
  }

  @Post(':unitId/reactivate')
  @HttpCode(200)
  @ApiOperation({ summary: 'Make a deactivated unit active again' })
  @ApiOkResponse({ type: AdminUnitResponse })
  @ApiResponse({ status: 404, description: 'No such unit in the caller’s ward' })
  reactivate(
    @Param('unitId', new ParseUUIDPipe()) unitId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<AdminUnitDto> {
    return this.units.reactivate(user, unitId);
  }
}
