import type { DigestSectionDto } from '@dondoc/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A unit's open asks on one day (Vietnam time): made once per unit and day, mailed at most once. */
@Entity('daily_digest')
@Index(['unitId', 'digestDate'], { unique: true })
@Index(['wardId', 'digestDate'])
export class DailyDigestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId: string;

  @Column({ name: 'digest_date', type: 'varchar', length: 10 })
  digestDate: string;

  /** The non-empty sections, in DIGEST_SECTIONS order. */
  @Column({ type: 'simple-json' })
  body: DigestSectionDto[];

  @Column({ name: 'item_count', type: 'integer' })
  itemCount: number;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  /** Set when the e-mail is claimed for sending: a digest goes out at most once. */
  @Column({ name: 'mailed_at', type: 'varchar', length: 32, nullable: true })
  mailedAt: string | null;
}
