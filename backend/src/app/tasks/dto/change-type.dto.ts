import { TASK_TYPES, type TaskType } from '@dondoc/domain';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, Min } from 'class-validator';

export class ChangeTypeDto {
  @ApiProperty({ enum: TASK_TYPES })
  @IsIn(TASK_TYPES)
  type: TaskType;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
