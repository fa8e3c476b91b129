import type { OpinionStatus, TaskOpinionDto, TaskOpinionsDto } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';

const OPINION_STATUSES: OpinionStatus[] = ['waiting', 'given', 'late', 'none_recorded', 'overdue'];

export class TaskOpinionResponse implements TaskOpinionDto {
  @ApiProperty() unitId!: string;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty({ enum: OPINION_STATUSES }) status!: OpinionStatus;
  @ApiProperty({ type: String, nullable: true }) text!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Who answered for the unit' }) byName!:
    string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When it was answered or recorded as none' })
  at!: string | null;
}

export class TaskOpinionsResponse implements TaskOpinionsDto {
  @ApiProperty() taskId!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The consultation deadline (ISO date, Vietnam)' })
  deadline!: string | null;
  @ApiProperty({ description: 'True while the task sits in consultation' }) open!: boolean;
  @ApiProperty() given!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: [TaskOpinionResponse] }) opinions!: TaskOpinionResponse[];
}
