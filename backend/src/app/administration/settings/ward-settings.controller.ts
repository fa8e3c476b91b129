import type { WardSettingsDto } from '@dondoc/contracts';
import { Body, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse } from '@nestjs/swagger';
import type { AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/current-user.decorator';
import { AdminController } from '../admin-routes';
import { WardSettingsBody } from './settings.dto';
import { WardSettingsResponse } from './ward-settings.responses';
import { AdminWardSettings } from './ward-settings.service';

@AdminController('admin/settings')
export class WardSettingsController {
  constructor(private readonly settings: AdminWardSettings) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s ward settings (the deployment’s defaults until saved)' })
  @ApiOkResponse({ type: WardSettingsResponse })
  read(@CurrentUser() user: AuthUser): Promise<WardSettingsDto> {
    return this.settings.read(user);
  }

  @Put()
  @ApiOperation({
    summary:
      'Save the default reviewer and approver units of new plans, the reading of "Trước ngày D", due-soon days and the digest hour',
  })
  @ApiOkResponse({ type: WardSettingsResponse, description: 'Saved' })
  @ApiResponse({
    status: 400,
    description: 'A unit is not the ward’s or is deactivated, or a value is out of range',
  })
  save(@Body() body: WardSettingsBody, @CurrentUser() user: AuthUser): Promise<WardSettingsDto> {
    return this.settings.save(user, body);
  }
}
