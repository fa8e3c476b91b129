import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';

const BOOLEAN_TEXT: Record<string, boolean> = { true: true, false: false, '1': true, '0': false };

export class NotificationListQueryDto {
  @ApiPropertyOptional({ description: 'Only the notifications not read yet' })
  @IsOptional()
  // An unknown word stays a string, so that IsBoolean refuses it instead of reading it as false.
  @Transform(({ value }) =>
    typeof value === 'string' && value in BOOLEAN_TEXT ? BOOLEAN_TEXT[value] : value,
  )
  @IsBoolean({ message: 'unread phải là true hoặc false' })
  unread?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 30 })
  @IsOptional()
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  @IsInt({ message: 'limit phải là số nguyên' })
  @Min(1, { message: 'limit phải từ 1 đến 100' })
  @Max(100, { message: 'limit phải từ 1 đến 100' })
  limit?: number;
}
