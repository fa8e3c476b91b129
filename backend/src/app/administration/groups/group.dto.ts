import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, IsUUID, MaxLength, MinLength, ValidateIf } from 'class-validator';

export class UnitGroupBody {
  @ApiProperty({ example: 'Các phòng chuyên môn' })
  @IsString()
  @MinLength(1)
  @MaxLength(300)
  name: string;

  @ApiProperty({
    type: [String],
    example: ['Các phòng chuyên môn', 'Các phòng, ban chuyên môn'],
    description: 'The wordings plans use for this group',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  aliases: string[];

  @ApiProperty({
    oneOf: [
      { type: 'string', enum: ['all'] },
      { type: 'array', items: { type: 'string', format: 'uuid' } },
    ],
    example: 'all',
    description:
      "'all' (every active unit of the ward), the member units' ids, or none: a body outside the ward",
  })
  @ValidateIf((_, value) => value !== 'all')
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  members: 'all' | string[];
}
