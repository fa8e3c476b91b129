import type { MoveOptionDto, TaskDetailDto } from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn, TASK_TYPES, type TaskType } from '@dondoc/domain';
import { ApiProperty } from '@nestjs/swagger';
import { CardResponse, FREE_FORM, TaskEventResponse } from '../task-model/card.responses';

export class MoveOptionResponse implements MoveOptionDto {
  @ApiProperty({ example: 'SUBMIT' }) event!: string;
  @ApiProperty({ enum: BOARD_COLUMNS }) to!: BoardColumn;
  @ApiProperty({ type: [String], description: 'The payload fields the event needs' }) needs!: string[];
}

export class TaskDetailResponse implements TaskDetailDto {
  @ApiProperty({ type: CardResponse }) card!: CardResponse;
  @ApiProperty() content!: string;
  @ApiProperty({ enum: TASK_TYPES }) type!: TaskType;
  @ApiProperty() deliverable!: string;
  @ApiProperty() budgetText!: string;
  @ApiProperty({ type: [String] }) leadUnitIds!: string[];
  @ApiProperty({ ...FREE_FORM, description: 'The whole persisted workflow context' })
  context!: Record<string, unknown>;
  @ApiProperty({ type: [MoveOptionResponse], description: 'The moves the caller may make now' })
  moves!: MoveOptionResponse[];
  @ApiProperty({ type: [TaskEventResponse], description: 'Oldest first' }) history!: TaskEventResponse[];
}
