import { WARD_ROLES, type WardRole } from '@dondoc/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { EMAIL, USERNAME } from './people-rows';

export class CreatePersonDto {
  @ApiProperty({ example: 'hd.tckt.staff', description: 'Lower case letters, digits, . _ -; unique' })
  @Matches(USERNAME, { message: 'username: chữ thường không dấu, số, . _ - (3–64 ký tự)' })
  username: string;

  @ApiProperty({ example: 'Nguyễn Thị Lan' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName: string;

  @ApiProperty({ format: 'uuid', nullable: true, description: 'The unit of the caller’s ward, or null' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  unitId: string | null;

  @ApiProperty({ enum: WARD_ROLES, isArray: true, example: ['staff'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WARD_ROLES.length)
  @IsIn(WARD_ROLES, { each: true })
  roles: WardRole[];

  @ApiPropertyOptional({ type: String, example: 'lan.nt@haiduong.gov.vn', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(EMAIL, { message: 'email không hợp lệ' })
  @MaxLength(200)
  email?: string | null;
}

export class UpdatePersonDto {
  @ApiPropertyOptional({ example: 'Nguyễn Thị Lan' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName?: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional({ enum: WARD_ROLES, isArray: true, example: ['staff', 'unit_head'] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WARD_ROLES.length)
  @IsIn(WARD_ROLES, { each: true })
  roles?: WardRole[];

  @ApiPropertyOptional({ type: String, example: 'lan.nt@haiduong.gov.vn', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(EMAIL, { message: 'email không hợp lệ' })
  @MaxLength(200)
  email?: string | null;
}
