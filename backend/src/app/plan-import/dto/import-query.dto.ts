import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ImportQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'The plan year, when the text does not say it' })
  @IsOptional()
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional({ example: '158/KH-UBND' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  symbol?: string;

  @ApiPropertyOptional({ example: 'Kế hoạch cải cách hành chính năm 2026' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  title?: string;

  @ApiPropertyOptional({ description: 'Parse and answer the preview without saving anything' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  dryRun?: boolean;
}
