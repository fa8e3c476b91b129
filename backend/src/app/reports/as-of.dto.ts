import type {
  AttentionItemDto,
  BoardDto,
  BoardSectionDto,
  CardDto,
  LeadershipBoardDto,
  PlanSummaryDto,
  Timeliness,
  TimelinessCounts,
  UnitDto,
  UnitTimelinessDto,
} from '@dondoc/contracts';
import { TIMELINESS } from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn, TASK_TYPES, type TaskType } from '@dondoc/domain';
import type { PlanProgress, WeekPoint } from '@dondoc/reports';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/*
 * The answers of the boards and charts "tại ngày dd/mm/yyyy", as OpenAPI schemas. They implement the
 * contracts the live boards answer with, so the client draws them with the same components.
 */

class UnitSchema implements UnitDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'VHXH' }) code: string;
  @ApiProperty() name: string;
}

class SectionSchema implements BoardSectionDto {
  @ApiProperty({ example: 'I' }) key: string;
  @ApiProperty() title: string;
}

class PlanSummarySchema implements PlanSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) wardId: string;
  @ApiProperty({ type: String, nullable: true }) reviewerUnitId: string | null;
  @ApiProperty({ type: String, nullable: true }) approverUnitId: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) alternateReviewerUnitId?: string | null;
  @ApiProperty({ example: '158/KH-UBND' }) symbol: string;
  @ApiProperty() title: string;
  @ApiProperty() year: number;
  @ApiProperty({ description: '"Trước ngày D" read as due on D (true) or on D−1 (false)' })
  beforeDateInclusive: boolean;
  @ApiProperty({ description: 'The tasks shown as of the day' }) taskCount: number;
}

class CardSchema implements CardDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() ref: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: TASK_TYPES }) type: TaskType;
  @ApiProperty({ description: 'The workflow state then' }) state: string;
  @ApiProperty({ enum: BOARD_COLUMNS }) column: BoardColumn;
  @ApiProperty({ type: String, nullable: true }) badge: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Empty: no move is offered' })
  context: Record<string, unknown>;
  @ApiProperty() machineVersion: number;
  @ApiProperty() version: number;
  @ApiProperty({ type: String, nullable: true }) sectionKey: string | null;
  @ApiProperty({ type: String, nullable: true }) leadUnitId: string | null;
  @ApiProperty({ type: String, nullable: true }) leadUnitCode: string | null;
  @ApiProperty({ type: [String] }) cooperatorUnitIds: string[];
  @ApiProperty({ type: [String] }) cooperatorUnitCodes: string[];
  @ApiProperty() deadlineText: string;
  @ApiProperty({ type: String, nullable: true, description: 'The due date in force then (YYYY-MM-DD)' })
  due: string | null;
  @ApiProperty({ enum: TIMELINESS }) timeliness: Timeliness;
  @ApiProperty() needsPrimaryLead: boolean;
  @ApiProperty() childCount: number;
  @ApiProperty() childApprovedCount: number;
  @ApiProperty({ type: String, nullable: true }) lastEventId: string | null;
}

class CategoryCountsSchema {
  @ApiProperty() completed_on_time: number;
  @ApiProperty() completed_late: number;
  @ApiProperty() in_progress_on_time: number;
  @ApiProperty() in_progress_overdue: number;
  @ApiProperty({ description: 'The four categories together' }) total: number;
  @ApiProperty({ description: 'Counted apart' }) cancelled: number;
}

export class AsOfBoardResponse implements BoardDto {
  @ApiProperty({ example: '2026-06-30', description: 'The Vietnam day asked for' }) day: string;
  @ApiProperty({ description: 'The instant the board was folded at (UTC)' }) asOf: string;
  @ApiProperty({ type: CategoryCountsSchema, description: 'The four categories of the cards shown' })
  counts: CategoryCountsSchema;
  @ApiProperty({ type: PlanSummarySchema }) plan: PlanSummaryDto;
  @ApiProperty({ type: [SectionSchema] }) sections: BoardSectionDto[];
  @ApiProperty({ type: [UnitSchema] }) units: UnitDto[];
  @ApiProperty({ enum: BOARD_COLUMNS, isArray: true }) columns: BoardColumn[];
  @ApiProperty({ type: [CardSchema] }) cards: CardDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Always null: nothing to follow live' })
  cursor: string | null;
}

class TimelinessCountsSchema implements TimelinessCounts {
  @ApiProperty() not_due: number;
  @ApiProperty() on_track: number;
  @ApiProperty() due_soon: number;
  @ApiProperty() overdue: number;
  @ApiProperty() done_on_time: number;
  @ApiProperty() done_late: number;
  @ApiProperty({ description: 'Cancelled tasks, counted apart from the standings' }) cancelled: number;
}

class UnitTimelinessSchema implements UnitTimelinessDto {
  @ApiProperty({ type: UnitSchema }) unit: UnitDto;
  @ApiProperty({ type: TimelinessCountsSchema }) counts: TimelinessCounts;
}

class AttentionSchema implements AttentionItemDto {
  @ApiProperty({ format: 'uuid' }) taskId: string;
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty() ref: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) leadUnitCode: string | null;
  @ApiProperty() due: string;
  @ApiProperty({ enum: ['overdue', 'due_soon'] }) timeliness: 'overdue' | 'due_soon';
}

class WardSchema {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class AsOfLeadershipResponse implements LeadershipBoardDto {
  @ApiProperty({ example: '2026-06-30' }) day: string;
  @ApiProperty({ type: WardSchema }) ward: WardSchema;
  @ApiProperty() asOf: string;
  @ApiProperty({ type: TimelinessCountsSchema }) totals: TimelinessCounts;
  @ApiProperty({ type: [UnitTimelinessSchema] }) units: UnitTimelinessDto[];
  @ApiProperty({ type: [AttentionSchema], description: 'The overdue tasks then, longest overdue first' })
  attention: AttentionItemDto[];
  @ApiProperty({ type: [Object], description: 'Always empty: the ticker is live only' })
  ticker: [];
}

class WeekPointSchema implements WeekPoint {
  @ApiProperty({ example: 14 }) week: number;
  @ApiProperty({ example: '2026-03-30' }) start: string;
  @ApiProperty({ example: '2026-04-05' }) end: string;
  @ApiProperty({ description: 'Handed in that week, on time' }) doneOnTime: number;
  @ApiProperty({ description: 'Handed in that week, late' }) doneLate: number;
  @ApiProperty({ description: 'Open and overdue at the week’s end' }) overdue: number;
}

class PlanProgressSchema implements PlanProgress {
  @ApiProperty({ format: 'uuid' }) planId: string;
  @ApiProperty({ example: '158/KH-UBND' }) symbol: string;
  @ApiProperty() title: string;
  @ApiProperty() total: number;
  @ApiProperty() done: number;
  @ApiProperty({ description: 'Tasks whose deadline in force had passed' }) due: number;
  @ApiProperty() overdue: number;
}

export class LeadershipChartsResponse {
  @ApiProperty({ example: '2026-06-30', description: 'The Vietnam day the charts stand at' }) day: string;
  @ApiProperty() asOf: string;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ type: [WeekPointSchema] }) weeks: WeekPoint[];
  @ApiProperty({ type: [PlanProgressSchema] }) plans: (PlanProgress & { symbol: string; title: string })[];
}
