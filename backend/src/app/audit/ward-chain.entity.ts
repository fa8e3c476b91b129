import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The head of a ward's hash chain: its last event and that event's hash. Appending locks this row,
 * so a ward's events are chained one at a time and their ids rise in chain order.
 */
@Entity('ward_chain')
export class WardChainEntity {
  @PrimaryColumn({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  /** 0 while the ward has no event. */
  @Column({ name: 'last_event_id', type: 'integer' })
  lastEventId: number;

  @Column({ name: 'last_hash', type: 'varchar', length: 64, nullable: true })
  lastHash: string | null;
}
