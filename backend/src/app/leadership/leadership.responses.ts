import {
  CARD_TIMELINESS,
  type AttentionItemDto,
  type LeadershipBoardDto,
  type LeadershipWardDto,
  type TickerItemDto,
  type TimelinessCounts,
  type UnitTimelinessDto,
} from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { PlaceResponse } from '../auth/auth.responses';
import { countsOf, UnitResponse } from '../task-model/card.responses';

const TIMELINESS_COUNTS = countsOf(
  CARD_TIMELINESS,
  'How many tasks stand in each timeliness; cancelled ones apart, in none of the others',
);

export class UnitTimelinessResponse implements UnitTimelinessDto {
  @ApiProperty({ type: UnitResponse }) unit!: UnitResponse;
  @ApiProperty(TIMELINESS_COUNTS) counts!: TimelinessCounts;
}

export class AttentionItemResponse implements AttentionItemDto {
  @ApiProperty() taskId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() ref!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) leadUnitCode!: string | null;
  @ApiProperty({ description: 'The due date in force (ISO)' }) due!: string;
  @ApiProperty({ enum: ['overdue', 'due_soon'] }) timeliness!: AttentionItemDto['timeliness'];
}

export class TickerItemResponse implements TickerItemDto {
  @ApiProperty() eventId!: string;
  @ApiProperty() taskId!: string;
  @ApiProperty() planId!: string;
  @ApiProperty() ref!: string;
  @ApiProperty() title!: string;
  @ApiProperty() event!: string;
  @ApiProperty() fromState!: string;
  @ApiProperty() toState!: string;
  @ApiProperty() actorName!: string;
  @ApiProperty({ type: String, nullable: true }) unitCode!: string | null;
  @ApiProperty() at!: string;
}

export class LeadershipBoardResponse implements LeadershipBoardDto {
  @ApiProperty({ type: PlaceResponse }) ward!: PlaceResponse;
  @ApiProperty({ description: 'The instant the figures are as of' }) asOf!: string;
  @ApiProperty(TIMELINESS_COUNTS) totals!: TimelinessCounts;
  @ApiProperty({ type: [UnitTimelinessResponse] }) units!: UnitTimelinessResponse[];
  @ApiProperty({ type: [AttentionItemResponse] }) attention!: AttentionItemResponse[];
  @ApiProperty({ type: [TickerItemResponse], description: 'The latest moves, newest first' })
  ticker!: TickerItemResponse[];
}

export class LeadershipWardResponse implements LeadershipWardDto {
  @ApiProperty() id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ description: 'The caller’s own ward' }) home!: boolean;
}
