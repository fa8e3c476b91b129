import type {
  CityGrantDto,
  CityPersonDto,
  CityWardDto,
  CreatedWardDto,
  CreateWardRequest,
} from '@dondoc/contracts';
import { ROLES, type Role } from '@dondoc/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';

export class CreateWardBody implements CreateWardRequest {
  @ApiProperty({ example: 'HL', description: 'Short code of the ward, unique (letters, digits, - and _)' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, { message: 'code: chỉ gồm chữ, số, - và _, tối đa 32 ký tự' })
  code: string;

  @ApiProperty({ example: 'Phường Hạ Long' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'Quảng Ninh' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  province?: string;

  @ApiProperty({ example: 'admin.hl', description: 'The first admin’s username, unique across wards' })
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._-]{2,63}$/, {
    message: 'adminUsername: chữ, số, dấu . _ -, từ 3 đến 64 ký tự',
  })
  adminUsername: string;

  @ApiPropertyOptional({ example: 'Nguyễn Văn An' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  adminFullName?: string;
}

export class CityWardBody implements CityWardDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'HL' })
  code: string;

  @ApiProperty({ example: 'Phường Hạ Long' })
  name: string;

  @ApiProperty({ example: 'Quảng Ninh' })
  province: string;

  @ApiProperty({ description: 'The caller’s own ward (the city’s office)' })
  home: boolean;
}

export class CreatedWardBody implements CreatedWardDto {
  @ApiProperty({ type: CityWardBody })
  ward: CityWardBody;

  @ApiProperty({ example: 'admin.hl' })
  adminUsername: string;

  @ApiProperty({ description: 'Shown once; to be changed at first sign-in' })
  oneTimePassword: string;
}

export class CityPersonBody implements CityPersonDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'lanhdao.tp' })
  username: string;

  @ApiProperty({ example: 'Trần Thị Bình' })
  fullName: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];

  @ApiProperty()
  active: boolean;

  @ApiProperty({ type: [String], description: 'Wards of the caller’s reach granted to the person' })
  wardIds: string[];
}

export class CityGrantBody implements CityGrantDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ format: 'uuid' })
  wardId: string;

  @ApiProperty({ description: 'Whether the person now holds the ward' })
  granted: boolean;
}
