import type { NamePlanDto, NameUseDto, NameUsesDto } from '@dondoc/contracts';
import { Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { AdminController } from '../admin-routes';
import { NameUses } from './name-uses.service';

class NamePlanBody implements NamePlanDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '158/KH-UBND' })
  symbol: string;

  @ApiProperty({ example: 'Kế hoạch cải cách hành chính năm 2026' })
  title: string;
}

class NameUseBody implements NameUseDto {
  @ApiProperty({ example: 'Phòng VHXXH' })
  name: string;

  @ApiProperty({ type: [NamePlanBody], description: 'Plans whose lead or cooperator cells write the name' })
  plans: NamePlanBody[];
}

class UnitNameUsesBody {
  @ApiProperty({ format: 'uuid' })
  unitId: string;

  @ApiProperty({ type: [NameUseBody], description: 'Each alias of the unit' })
  uses: NameUseBody[];
}

class GroupNameUsesBody {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({ type: [NameUseBody], description: 'The group’s name, then each wording' })
  uses: NameUseBody[];
}

class NameUsesBody implements NameUsesDto {
  @ApiProperty({ type: [UnitNameUsesBody] })
  units: UnitNameUsesBody[];

  @ApiProperty({ type: [GroupNameUsesBody] })
  groups: GroupNameUsesBody[];
}

@AdminController('admin/name-uses')
export class NameUsesController {
  constructor(private readonly uses: NameUses) {}

  @Get()
  @ApiOperation({
    summary: 'Each unit alias and group wording of the caller’s ward, with the plans it was met in',
  })
  @ApiOkResponse({ type: NameUsesBody })
  of(@CurrentUser() user: AuthUser): Promise<NameUsesDto> {
    return this.uses.of(user);
  }
}
