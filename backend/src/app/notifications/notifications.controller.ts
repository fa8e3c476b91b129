import type { DigestDto, NotificationDto, NotificationListDto, ReadAllResponse } from '@dondoc/contracts';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { NotificationListQueryDto } from './dto/notification-list-query.dto';
import {
  DigestResponse,
  NotificationListResponse,
  NotificationResponse,
  ReadAllAnswer,
} from './notifications.responses';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'The caller’s notifications, newest first, with the count of unread ones' })
  @ApiOkResponse({ type: NotificationListResponse })
  @ApiResponse({ status: 400, description: 'unread is not true/false, or limit is not 1–100' })
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: NotificationListQueryDto,
  ): Promise<NotificationListDto> {
    return this.notifications.list(user, query);
  }

  @Get('digests')
  @ApiOperation({ summary: 'The daily digests of the caller’s unit, newest first' })
  @ApiOkResponse({ type: [DigestResponse] })
  digests(@CurrentUser() user: AuthUser): Promise<DigestDto[]> {
    return this.notifications.digests(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark every unread notification of the caller read' })
  @ApiOkResponse({ type: ReadAllAnswer })
  readAll(@CurrentUser() user: AuthUser): Promise<ReadAllResponse> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of the caller’s notifications read' })
  @ApiOkResponse({ type: NotificationResponse })
  @ApiResponse({ status: 404, description: 'No such notification of the caller' })
  @ApiResponse({ status: 400, description: 'The id is not a UUID' })
  read(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<NotificationDto> {
    return this.notifications.markRead(user, id);
  }
}
