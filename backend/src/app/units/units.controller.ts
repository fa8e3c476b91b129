import type { UnitBoardDto } from '@dondoc/contracts';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { UnitBoardResponse } from './units.responses';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get('mine/board')
  @ApiOperation({
    summary: 'The caller’s unit across every plan of the ward, grouped by what the unit must do next',
  })
  @ApiOkResponse({ type: UnitBoardResponse })
  @ApiResponse({ status: 404, description: 'The caller belongs to no unit' })
  myBoard(@CurrentUser() user: AuthUser): Promise<UnitBoardDto> {
    return this.units.myBoard(user);
  }
}
