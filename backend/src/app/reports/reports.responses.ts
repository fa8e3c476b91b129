import {
  CARD_TIMELINESS,
  DELIVERABLE_MEDIA_TYPES,
  type DeliverableMediaType,
  type ResultFileDto,
} from '@dondoc/contracts';
import { type ReportCategory } from '@dondoc/deadlines';
import { BOARD_COLUMNS, type BoardColumn, TASK_TYPES, type TaskType } from '@dondoc/domain';
import {
  type CategoryCounts,
  REPORT_CATEGORIES,
  type ReportPeriod,
  type TaskStanding,
} from '@dondoc/reports';
import {
  PART_STATES,
  type PartState,
  ROUND_EVENT_TYPES,
  ROUND_STATES,
  type RoundEventType,
  type RoundFigures,
  type RoundState,
  type TaskResult,
} from '@dondoc/workflows';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { countsOf, FREE_FORM } from '../task-model/card.responses';
import type {
  AskedPartDto,
  FiguresDto,
  RoundDto,
  RoundEventDto,
  RoundPartDto,
  RoundSummaryDto,
} from './reports.types';

/** The four categories, their total and the cancelled (counted apart). */
const CATEGORY_COUNTS = countsOf([...REPORT_CATEGORIES, 'total', 'cancelled']);

export class ReportPeriodResponse implements ReportPeriod {
  @ApiProperty({ example: '2026-Q1' }) key!: string;
  @ApiProperty({ example: 'Quý I/2026' }) label!: string;
  @ApiProperty({ enum: ['monthly', 'quarterly', 'half_yearly', 'yearly'] }) kind!: ReportPeriod['kind'];
  @ApiProperty({ enum: ['nd09', 'calendar'] }) basis!: ReportPeriod['basis'];
  @ApiProperty() year!: number;
  @ApiProperty({ description: '1-based position within the year' }) index!: number;
  @ApiProperty({ format: 'date' }) start!: string;
  @ApiProperty({ format: 'date' }) end!: string;
  @ApiProperty({ description: '00:00 Vietnam time of the first day, as a UTC instant' }) startsAt!: string;
  @ApiProperty({ description: 'The end of the last day, Vietnam time: the figures are as of this' })
  cutOff!: string;
}

export class PlanCountsResponse {
  @ApiProperty() planId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() symbol!: string;
  @ApiProperty(CATEGORY_COUNTS) counts!: CategoryCounts;
}

export class UnitCountsResponse {
  @ApiProperty({ type: String, nullable: true, description: 'Null: tasks without a primary lead yet' })
  unitId!: string | null;
  @ApiProperty() unitName!: string;
  @ApiProperty(CATEGORY_COUNTS) counts!: CategoryCounts;
}

export class SectionCountsResponse {
  @ApiProperty() planId!: string;
  @ApiProperty({ type: String, nullable: true }) sectionKey!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty(CATEGORY_COUNTS) counts!: CategoryCounts;
}

export class TypeCountsResponse {
  @ApiProperty({ enum: TASK_TYPES }) type!: TaskType;
  @ApiProperty(CATEGORY_COUNTS) counts!: CategoryCounts;
}

export class TaskStandingResponse implements TaskStanding {
  @ApiProperty() taskId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty({ type: String, nullable: true }) sectionKey!: string | null;
  @ApiProperty({ enum: TASK_TYPES }) type!: TaskType;
  @ApiProperty({ type: String, nullable: true }) leadUnitId!: string | null;
  @ApiProperty() state!: string;
  @ApiProperty({ enum: BOARD_COLUMNS }) column!: BoardColumn;
  @ApiProperty({ enum: [...REPORT_CATEGORIES, 'cancelled'] }) bucket!: ReportCategory | 'cancelled';
  @ApiProperty({ enum: CARD_TIMELINESS, nullable: true, description: 'Null for cancelled work' })
  timeliness!: TaskStanding['timeliness'];
  @ApiProperty({ type: String, format: 'date', nullable: true }) due!: string | null;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Moved off weekends and holidays',
  })
  effectiveDue!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) doneOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) daysLate!: number | null;
}

export class FiguresResponse implements FiguresDto {
  @ApiProperty({ description: 'The instant the figures are as of' }) asOf!: string;
  @ApiProperty({ description: 'Its Vietnam day' }) today!: string;
  @ApiProperty({ type: ReportPeriodResponse, nullable: true }) period!: ReportPeriodResponse | null;
  @ApiProperty(CATEGORY_COUNTS) overall!: CategoryCounts;
  @ApiProperty({ type: [PlanCountsResponse] }) byPlan!: PlanCountsResponse[];
  @ApiProperty({ type: [UnitCountsResponse] }) byUnit!: UnitCountsResponse[];
  @ApiProperty({ type: [SectionCountsResponse] }) bySection!: SectionCountsResponse[];
  @ApiProperty({ type: [TypeCountsResponse] }) byType!: TypeCountsResponse[];
  @ApiPropertyOptional({
    type: [TaskStandingResponse],
    description: 'Each task’s line: a plan’s figures only',
  })
  standings?: TaskStandingResponse[];
}

export class TaskResultResponse implements TaskResult {
  @ApiProperty() taskId!: string;
  @ApiProperty() result!: string;
  @ApiProperty({
    type: [String],
    description: 'Ids of the result files on the task at the last save or hand-in (set by the server)',
  })
  fileRefs!: string[];
}

export class ResultFileUploaderResponse {
  @ApiProperty({ type: String, nullable: true }) id!: string | null;
  @ApiProperty() name!: string;
}

export class ResultFileResponse implements ResultFileDto {
  @ApiProperty() id!: string;
  @ApiProperty() roundId!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ description: 'The task line of the part the file belongs to' }) taskId!: string;
  @ApiProperty({ description: 'The sanitised name shown and offered on download' }) name!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty({ enum: Object.keys(DELIVERABLE_MEDIA_TYPES) }) mediaType!: DeliverableMediaType;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @ApiProperty() uploadedAt!: string;
  @ApiProperty({ type: ResultFileUploaderResponse }) uploadedBy!: ResultFileUploaderResponse;
}

export class RoundPartResponse implements RoundPartDto {
  @ApiProperty() unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ enum: PART_STATES }) state!: PartState;
  @ApiProperty({ type: [String] }) taskIds!: string[];
  @ApiProperty({ type: [TaskResultResponse] }) results!: TaskResultResponse[];
  @ApiProperty({ type: String, nullable: true }) returnReason!: string | null;
  @ApiProperty() returns!: number;
  @ApiProperty({ type: String, nullable: true }) submittedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) acceptedAt!: string | null;
  @ApiProperty({ description: 'Handed in after the send-by day' }) late!: boolean;
  @ApiProperty({ type: [ResultFileResponse], description: 'Files attached to the results, oldest first' })
  files!: ResultFileResponse[];
}

export class RoundActorResponse {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
}

export class RoundEventResponse implements RoundEventDto {
  @ApiProperty() id!: number;
  @ApiProperty({ enum: ROUND_EVENT_TYPES }) event!: RoundEventType;
  @ApiProperty({ type: String, nullable: true }) unitId!: string | null;
  @ApiProperty({ type: RoundActorResponse }) actor!: RoundActorResponse;
  @ApiProperty() fromState!: string;
  @ApiProperty() toState!: string;
  @ApiProperty({ ...FREE_FORM, nullable: true }) payload!: Record<string, unknown> | null;
  @ApiProperty() at!: string;
}

export class RoundFiguresResponse implements RoundFigures {
  @ApiProperty() units!: number;
  @ApiProperty() accepted!: number;
  @ApiProperty() acceptedOnTime!: number;
  @ApiProperty() acceptedLate!: number;
  @ApiProperty({ description: 'Handed in, waiting for Văn phòng to accept or return' })
  awaitingDecision!: number;
  @ApiProperty({ description: 'Asked, in draft or returned' }) notHandedIn!: number;
  @ApiProperty() returns!: number;
  @ApiProperty({ type: [String] }) lateUnitIds!: string[];
  @ApiProperty({ type: [String] }) missingUnitIds!: string[];
}

export class RoundSummaryResponse implements RoundSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() planTitle!: string;
  @ApiProperty({ example: '2026-Q1' }) periodKey!: string;
  @ApiProperty() periodLabel!: string;
  @ApiProperty() periodBasis!: string;
  @ApiProperty() cutOff!: string;
  @ApiProperty({ description: 'The send-by day' }) sendBy!: string;
  @ApiProperty({ enum: ROUND_STATES }) state!: RoundState;
  @ApiProperty({ description: 'Name it as expectedVersion in a command' }) version!: number;
  @ApiProperty({ type: RoundFiguresResponse }) figures!: RoundFiguresResponse;
  @ApiProperty() createdAt!: string;
}

export class RoundTaskResponse {
  @ApiProperty() id!: string;
  @ApiProperty() ref!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ type: String, nullable: true }) sectionKey!: string | null;
  @ApiProperty({ type: String, nullable: true }) leadUnitId!: string | null;
}

export class RoundResponse extends RoundSummaryResponse implements RoundDto {
  @ApiProperty() officeUnitId!: string;
  @ApiProperty({ type: [RoundPartResponse] }) parts!: RoundPartResponse[];
  @ApiProperty({ type: String, nullable: true }) compiledText!: string | null;
  @ApiProperty({ type: String, nullable: true }) compiledAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: [String] }) missingUnitIds!: string[];
  @ApiProperty({ type: [RoundTaskResponse] }) tasks!: RoundTaskResponse[];
  @ApiProperty({ type: [RoundEventResponse] }) history!: RoundEventResponse[];
}

export class AskedPartResponse implements AskedPartDto {
  @ApiProperty() roundId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() planTitle!: string;
  @ApiProperty() periodLabel!: string;
  @ApiProperty() sendBy!: string;
  @ApiProperty() unitId!: string;
  @ApiProperty({ enum: PART_STATES }) state!: PartState;
  @ApiProperty({ type: String, nullable: true }) returnReason!: string | null;
}
