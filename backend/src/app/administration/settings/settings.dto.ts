import type { BeforeDateReading, WardSettingsDto } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsUUID, Max, Min, ValidateIf } from 'class-validator';

export class WardSettingsBody implements WardSettingsDto {
  @ApiProperty({ format: 'uuid', nullable: true, description: 'Reviewer unit of new plans' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  reviewerUnitId: string | null;

  @ApiProperty({ format: 'uuid', nullable: true, description: 'Approver unit of new plans' })
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  approverUnitId: string | null;

  @ApiProperty({ enum: ['previous_day', 'same_day'], example: 'previous_day' })
  @IsIn(['previous_day', 'same_day'])
  beforeDateReading: BeforeDateReading;

  @ApiProperty({ example: 3, minimum: 0, maximum: 60 })
  @IsInt()
  @Min(0)
  @Max(60)
  dueSoonWorkingDays: number;

  @ApiProperty({ example: 7, minimum: 0, maximum: 23, description: 'Hour of the daily digest, Vietnam time' })
  @IsInt()
  @Min(0)
  @Max(23)
  digestHour: number;
}
