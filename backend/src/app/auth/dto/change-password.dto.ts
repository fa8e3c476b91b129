import type { ChangePasswordRequest } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ example: 'hd.vhxh.staff' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'dondoc2026', description: 'The current password, or the one-time password' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;

  @ApiProperty({ example: 'mat-khau-moi-2026', description: 'At least 10 characters' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  newPassword: string;
}
