import {
  DIGEST_SECTIONS,
  type DigestDto,
  type DigestItemDto,
  type DigestSectionDto,
  type DigestSectionKey,
  NOTIFICATION_KINDS,
  type NotificationDto,
  type NotificationKind,
  type NotificationListDto,
  type NotificationParams,
  type ReadAllResponse,
} from '@dondoc/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What each kind's text is filled with, strings only (dates dd/mm/yyyy). */
export class NotificationParamsResponse implements NotificationParams {
  @ApiProperty({ example: '2.3' }) ref!: string;
  @ApiProperty() task!: string;
  @ApiPropertyOptional() actor?: string;
  @ApiPropertyOptional({ example: '31/03/2026' }) due?: string;
  @ApiPropertyOptional() reason?: string;
  @ApiPropertyOptional() lateDays?: string;
  @ApiPropertyOptional() unit?: string;
  @ApiPropertyOptional({ example: '32108', description: 'How many tasks a summary stands for, in digits' })
  count?: string;
}

export class NotificationResponse implements NotificationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: NotificationKind;
  @ApiProperty({ type: NotificationParamsResponse }) params!: NotificationParamsResponse;
  @ApiProperty({ description: 'The Vietnamese text, as stored' }) title!: string;
  @ApiProperty({ type: String, nullable: true }) taskId!: string | null;
  @ApiProperty({ type: String, nullable: true }) planId!: string | null;
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) readAt!: string | null;
}

export class NotificationListResponse implements NotificationListDto {
  @ApiProperty({ type: [NotificationResponse] }) items!: NotificationResponse[];
  @ApiProperty({ description: 'All of the caller’s unread notifications, not only those in items' })
  unreadCount!: number;
}

export class ReadAllAnswer implements ReadAllResponse {
  @ApiProperty({ description: 'How many notifications were marked read' }) updated!: number;
}

export class DigestItemResponse implements DigestItemDto {
  @ApiProperty() taskId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() ref!: string;
  @ApiProperty() task!: string;
  @ApiProperty({ type: String, nullable: true }) due!: string | null;
}

export class DigestSectionResponse implements DigestSectionDto {
  @ApiProperty({ enum: DIGEST_SECTIONS }) key!: DigestSectionKey;
  @ApiProperty({
    type: [DigestItemResponse],
    description: 'The earliest due first, at most DIGEST_ITEMS_SHOWN (50)',
  })
  items!: DigestItemResponse[];
  @ApiProperty({
    required: false,
    description: 'How many tasks the section holds; absent on digests made before it was counted',
  })
  total?: number;
}

export class DigestResponse implements DigestDto {
  @ApiProperty() id!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ format: 'date', description: 'The day in Vietnam' }) date!: string;
  @ApiProperty({ type: [DigestSectionResponse] }) sections!: DigestSectionResponse[];
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: String, nullable: true }) mailedAt!: string | null;
}
