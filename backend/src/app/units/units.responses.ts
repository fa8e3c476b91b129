import { UNIT_BOARD_GROUPS, type UnitBoardDto, type UnitBoardGroup } from '@dondoc/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { CardResponse, UnitResponse } from '../task-model/card.responses';

export class UnitBoardCardResponse extends CardResponse {
  @ApiProperty({ enum: ['lead', 'cooperator'] }) relation!: 'lead' | 'cooperator';
  @ApiProperty() planTitle!: string;
}

export class UnitBoardGroupResponse {
  @ApiProperty({ enum: UNIT_BOARD_GROUPS }) key!: UnitBoardGroup;
  @ApiProperty({ type: [UnitBoardCardResponse] }) cards!: UnitBoardCardResponse[];
}

export class UnitBoardResponse implements UnitBoardDto {
  @ApiProperty({ type: UnitResponse }) unit!: UnitResponse;
  @ApiProperty({ type: [UnitBoardGroupResponse] }) groups!: UnitBoardGroupResponse[];
}
