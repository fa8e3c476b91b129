import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A ward's chain head as it stood at a moment, sealed with a MAC under a key the database does not
 * hold. A later rewrite of the log up to `last_event_id`, hashes recomputed or not, no longer
 * matches it, and a new checkpoint cannot be forged without the key.
 */
@Entity('chain_checkpoint')
@Index('IDX_chain_checkpoint_ward', ['wardId', 'lastEventId'])
export class ChainCheckpointEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'last_event_id', type: 'integer' })
  lastEventId: number;

  @Column({ name: 'last_hash', type: 'varchar', length: 64 })
  lastHash: string;

  /** ISO-8601 instant the checkpoint was taken. */
  @Column({ type: 'varchar', length: 32 })
  at: string;

  /** HMAC-SHA256 of the fields above, hex. */
  @Column({ type: 'varchar', length: 64 })
  mac: string;
}
