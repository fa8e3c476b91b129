import {
  CARD_TIMELINESS,
  type CardDto,
  type OpinionCountDto,
  type TaskEventDto,
  type TransitionResponse,
  type UnitDto,
} from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn, TASK_TYPES, type TaskType } from '@dondoc/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * The OpenAPI schemas of a card and of a task's event, which several contexts answer (boards,
 * unit boards, moves). Each class implements its contract, so the two cannot drift apart silently.
 */

/** A free-form JSON object: workflow contexts and event payloads differ from one workflow to another. */
export const FREE_FORM = { type: 'object', additionalProperties: true } as const;

/** An object holding one count per key (a column, a timeliness, a report category). */
export function countsOf(keys: readonly string[], description?: string) {
  return {
    type: 'object' as const,
    properties: Object.fromEntries(keys.map((key) => [key, { type: 'integer' as const }])),
    required: [...keys],
    description,
  };
}

export class UnitResponse implements UnitDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: 'VHXH' }) code!: string;
  @ApiProperty() name!: string;
}

export class OpinionCountResponse implements OpinionCountDto {
  @ApiProperty() given!: number;
  @ApiProperty() total!: number;
}

export class CardResponse implements CardDto {
  @ApiProperty() id!: string;
  @ApiProperty() planId!: string;
  @ApiPropertyOptional() wardId?: string;
  @ApiProperty({ example: '2.3' }) ref!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: TASK_TYPES }) type!: TaskType;
  @ApiProperty() state!: string;
  @ApiProperty({ enum: BOARD_COLUMNS }) column!: BoardColumn;
  @ApiProperty({ type: String, nullable: true }) badge!: string | null;
  @ApiProperty({
    ...FREE_FORM,
    description: 'Only the workflow context fields that differ from a fresh task’s',
  })
  context!: Record<string, unknown>;
  @ApiProperty() machineVersion!: number;
  @ApiProperty({ description: 'Name it as expectedVersion to move the task' }) version!: number;
  @ApiProperty({ type: String, nullable: true }) sectionKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) leadUnitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) leadUnitCode!: string | null;
  @ApiProperty({ type: [String] }) cooperatorUnitIds!: string[];
  @ApiProperty({ type: [String] }) cooperatorUnitCodes!: string[];
  @ApiProperty() deadlineText!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The due date in force (ISO)' }) due!:
    string | null;
  @ApiProperty({ enum: CARD_TIMELINESS }) timeliness!: CardDto['timeliness'];
  @ApiProperty() needsPrimaryLead!: boolean;
  @ApiProperty() childCount!: number;
  @ApiProperty() childApprovedCount!: number;
  @ApiProperty({ type: String, nullable: true }) lastEventId!: string | null;
  @ApiPropertyOptional({ type: OpinionCountResponse }) opinions?: OpinionCountResponse;
  @ApiPropertyOptional() returnReason?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) plannedDue?: string | null;
  @ApiPropertyOptional({
    type: Boolean,
    enum: [true],
    description: 'The due date is provisional ("dự kiến")',
  })
  dueProvisional?: true;
}

export class TaskEventActorResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty({ type: String, nullable: true }) role!: string | null;
}

export class TaskEventResponse implements TaskEventDto {
  @ApiProperty() id!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty({ example: 'SUBMIT' }) event!: string;
  @ApiProperty() fromState!: string;
  @ApiProperty() toState!: string;
  @ApiProperty() version!: number;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ ...FREE_FORM, nullable: true }) payload!: Record<string, unknown> | null;
  @ApiProperty({ type: TaskEventActorResponse }) actor!: TaskEventActorResponse;
  @ApiProperty({ description: 'ISO 8601 instant' }) at!: string;
}

/** A change of a task: its card as it now stands and the event that changed it. */
export class TaskChangeResponse implements TransitionResponse {
  @ApiProperty({ type: CardResponse }) card!: CardResponse;
  @ApiProperty({ type: TaskEventResponse }) event!: TaskEventResponse;
}
