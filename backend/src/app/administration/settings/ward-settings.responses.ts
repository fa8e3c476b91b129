import type { BeforeDateReading, WardSettingsDto } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';

export class WardSettingsResponse implements WardSettingsDto {
  @ApiProperty({ type: String, nullable: true }) reviewerUnitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) approverUnitId!: string | null;
  @ApiProperty({
    enum: ['previous_day', 'same_day'],
    description: '"Trước ngày D": due on D−1 (previous_day, the usual reading) or on D (same_day)',
  })
  beforeDateReading!: BeforeDateReading;
  @ApiProperty() dueSoonWorkingDays!: number;
  @ApiProperty({ description: 'Hour of the day (Vietnam) the daily digest goes out' }) digestHour!: number;
}
