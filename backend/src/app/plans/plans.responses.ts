import type { BoardDto, BoardPageDto, BoardSectionDto, PlanSummaryDto } from '@dondoc/contracts';
import { BOARD_COLUMNS, type BoardColumn } from '@dondoc/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CardResponse, countsOf, TaskChangeResponse, UnitResponse } from '../task-model/card.responses';

export class PlanSummaryResponse implements PlanSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() wardId!: string;
  @ApiProperty({ type: String, nullable: true }) reviewerUnitId!: string | null;
  @ApiProperty({ type: String, nullable: true }) approverUnitId!: string | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Reviews the tasks the reviewer unit leads itself (four eyes); null: the approver unit does',
  })
  alternateReviewerUnitId?: string | null;
  @ApiProperty({ example: '125/KH-UBND' }) symbol!: string;
  @ApiProperty() title!: string;
  @ApiProperty() year!: number;
  @ApiProperty({
    description: '"Trước ngày D" read as due on D (true) or on D−1 (false), fixed when the plan was made',
  })
  beforeDateInclusive!: boolean;
  @ApiProperty() taskCount!: number;
}

export class BoardSectionResponse implements BoardSectionDto {
  @ApiProperty() key!: string;
  @ApiProperty() title!: string;
}

export class BoardPageResponse implements BoardPageDto {
  @ApiProperty({ enum: BOARD_COLUMNS }) column!: BoardColumn;
  @ApiProperty() offset!: number;
  @ApiProperty() limit!: number;
  @ApiProperty({ description: 'Every card of the plan in that column, across all pages' }) total!: number;
}

export class BoardResponse implements BoardDto {
  @ApiProperty({ type: PlanSummaryResponse }) plan!: PlanSummaryResponse;
  @ApiProperty({ type: [BoardSectionResponse] }) sections!: BoardSectionResponse[];
  @ApiProperty({ type: [UnitResponse] }) units!: UnitResponse[];
  @ApiProperty({ enum: BOARD_COLUMNS, isArray: true }) columns!: BoardColumn[];
  @ApiProperty({ type: [CardResponse] }) cards!: CardResponse[];
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The newest event id: resume live updates from here',
  })
  cursor!: string | null;
  @ApiPropertyOptional({
    type: BoardPageResponse,
    description: 'Present when one column was asked page by page',
  })
  page?: BoardPageResponse;
  @ApiPropertyOptional(countsOf(BOARD_COLUMNS, 'Cards per column, when `cards` is only part of the board'))
  columnTotals?: Record<BoardColumn, number>;
}

/** What a disconnected client missed: the changes since its cursor, or that it must read the board again. */
export class MissedChangesResponse {
  @ApiProperty({ type: [TaskChangeResponse] }) missed!: TaskChangeResponse[];
  @ApiProperty({ description: 'Too many changes to replay: read the board again' }) tooFarBehind!: boolean;
}
