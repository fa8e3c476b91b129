import type { CityGrantDto, CityPersonDto, CityWardDto, CreatedWardDto } from '@dondoc/contracts';
import { Body, Delete, Get, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { UuidParam } from '../../http/uuid-param';
import { GuardedController } from '../admin-routes';
import { CityAdminOnly } from './city-admin-only.guard';
import { CityAdministration } from './city-administration.service';
import { CityGrantBody, CityPersonBody, CityWardBody, CreatedWardBody, CreateWardBody } from './city.dto';

@GuardedController({
  tag: 'city administration',
  path: 'city',
  guard: CityAdminOnly,
  forbidden: 'The caller is not a city-level admin',
})
export class CityController {
  constructor(private readonly city: CityAdministration) {}

  @Get('wards')
  @ApiOperation({
    summary: 'The wards within the caller’s reach: their own office first, then those granted',
  })
  @ApiOkResponse({ type: [CityWardBody] })
  wards(@CurrentUser() user: AuthUser): Promise<CityWardDto[]> {
    return this.city.wards(user);
  }

  @Post('wards')
  @ApiOperation({
    summary:
      'Create a ward from the template of the usual units and groups, with its first admin (a one-time password, shown once)',
  })
  @ApiCreatedResponse({ type: CreatedWardBody })
  @ApiResponse({
    status: 400,
    description: 'The code or the admin’s username is taken, or a field is invalid',
  })
  createWard(@Body() body: CreateWardBody, @CurrentUser() user: AuthUser): Promise<CreatedWardDto> {
    return this.city.createWard(user, body);
  }

  @Get('people')
  @ApiOperation({ summary: 'The people of the caller’s own office, each with the wards granted to them' })
  @ApiOkResponse({ type: [CityPersonBody] })
  people(@CurrentUser() user: AuthUser): Promise<CityPersonDto[]> {
    return this.city.people(user);
  }

  @Put('grants/:userId/:wardId')
  @ApiOperation({ summary: 'Let a person of the caller’s office watch a ward of the caller’s reach' })
  @ApiOkResponse({ type: CityGrantBody })
  @ApiResponse({ status: 400, description: 'The ward is the person’s own' })
  @ApiResponse({ status: 404, description: 'No such person in the caller’s office, or ward in their reach' })
  grant(
    @UuidParam('userId') userId: string,
    @UuidParam('wardId') wardId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<CityGrantDto> {
    return this.city.grant(user, userId, wardId);
  }

  @Delete('grants/:userId/:wardId')
  @ApiOperation({ summary: 'Take a ward back from a person of the caller’s office' })
  @ApiOkResponse({ type: CityGrantBody })
  @ApiResponse({ status: 400, description: 'The caller’s own grant' })
  @ApiResponse({ status: 404, description: 'No such person in the caller’s office, or ward in their reach' })
  revoke(
    @UuidParam('userId') userId: string,
    @UuidParam('wardId') wardId: string,
    @CurrentUser() user: AuthUser,
  ): Promise<CityGrantDto> {
    return this.city.revoke(user, userId, wardId);
  }
}
