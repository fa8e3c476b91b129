import type { LoginRequest } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'hd.vhxh.staff' })
  @IsString()
  @MinLength(1)
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'dondoc2026' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password: string;
}
