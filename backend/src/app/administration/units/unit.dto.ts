import { UNIT_KINDS, type UnitKind } from '@dondoc/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';

/** A short code as the plans and the boards show it: letters and digits, as in VHXH or KTHTDT. */
export const UNIT_CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/;

export class CreateUnitDto {
  @ApiProperty({ example: 'TCKT', description: 'Short code, unique in the ward (letters, digits, - and _)' })
  @Matches(UNIT_CODE, { message: 'code: chỉ gồm chữ, số, - và _, tối đa 32 ký tự' })
  code: string;

  @ApiProperty({ example: 'Phòng Tài chính – Kế toán' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: UNIT_KINDS, example: 'specialist' })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @ApiPropertyOptional({ type: [String], example: ['Phòng TCKT'], description: 'Spellings met in plans' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  aliases?: string[];
}

export class UpdateUnitDto {
  @ApiPropertyOptional({ example: 'TCKT' })
  @IsOptional()
  @Matches(UNIT_CODE, { message: 'code: chỉ gồm chữ, số, - và _, tối đa 32 ký tự' })
  code?: string;

  @ApiPropertyOptional({ example: 'Phòng Tài chính – Kế hoạch' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name?: string;

  @ApiPropertyOptional({ enum: UNIT_KINDS, example: 'specialist' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;
}

export class UnitAliasesDto {
  @ApiProperty({
    type: [String],
    example: ['Phòng TCKT', 'Phòng Tài chính - Kế toán'],
    description: 'The whole list: an alias left out is removed',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(300, { each: true })
  aliases: string[];
}
