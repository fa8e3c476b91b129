import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A live message waiting to be (or already) published: written in the transaction of its event,
 * so a committed change always has one. Rows are claimed before they are emitted, so with several
 * processes each event is emitted by one of them; published rows are pruned after a day.
 */
@Entity('outbox')
@Index(['publishedAt'])
export class OutboxEntity {
  @PrimaryColumn({ name: 'event_id', type: 'integer' })
  eventId: number;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  /** The TaskChangedMessage as JSON, exactly as it is emitted. */
  @Column({ type: 'text' })
  payload: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  /** ISO-8601 instant until which the claimant alone may emit the row; free once it is past. */
  @Column({ name: 'claimed_until', type: 'varchar', length: 32, nullable: true })
  claimedUntil: string | null;

  /** Which claim holds the row (a process's own writes, or one sweep); lets a sweep read back what it took. */
  @Column({ name: 'claim_token', type: 'varchar', length: 64, nullable: true })
  claimToken: string | null;

  @Column({ name: 'published_at', type: 'varchar', length: 32, nullable: true })
  publishedAt: string | null;
}
