import type { DelegationDto, MyDelegationsDto } from '@dondoc/contracts';
import { Body, Controller, Delete, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { CreateDelegationDto } from './create-delegation.dto';
import { DelegationResponse, MyDelegationsResponse } from './delegations.responses';
import { DelegationsService } from './delegations.service';

@ApiTags('delegations')
@ApiBearerAuth()
@Controller('delegations')
export class DelegationsController {
  constructor(private readonly delegations: DelegationsService) {}

  @Post()
  @ApiOperation({
    summary: 'Let a colleague of the caller’s unit act with the caller’s rights for a date range',
  })
  @ApiCreatedResponse({ type: DelegationResponse })
  @ApiResponse({ status: 403, description: 'The caller is neither a unit head nor an approver' })
  @ApiResponse({ status: 400, description: 'Bad dates, or the colleague is not in the caller’s unit' })
  create(@Body() body: CreateDelegationDto, @CurrentUser() user: AuthUser): Promise<DelegationDto> {
    return this.delegations.create(user, body);
  }

  @Get('mine')
  @ApiOperation({ summary: 'Delegations the caller gave and holds' })
  @ApiOkResponse({ type: MyDelegationsResponse })
  mine(@CurrentUser() user: AuthUser): Promise<MyDelegationsDto> {
    return this.delegations.mine(user);
  }

  @Delete(':delegationId')
  @ApiOperation({ summary: 'Revoke a delegation (its giver or an admin)' })
  @ApiOkResponse({ type: DelegationResponse, description: 'The delegation, revoked' })
  @ApiResponse({ status: 403, description: 'The caller neither gave it nor is an admin' })
  @ApiResponse({ status: 404, description: 'No such delegation in the caller’s ward' })
  revoke(
    @Param('delegationId', new ParseUUIDPipe()) delegationId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<DelegationDto> {
    return this.delegations.revoke(user, delegationId);
  }
}
