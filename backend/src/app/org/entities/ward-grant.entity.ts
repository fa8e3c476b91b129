import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A ward that a user outside it may watch from above: a city-level leader's leadership board
 * across the wards the city grants them. The one row kind that crosses wards, on purpose: the
 * user's own ward is always theirs and needs no grant.
 */
@Entity('ward_grant')
@Index(['wardId'])
export class WardGrantEntity {
  @PrimaryColumn({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  @PrimaryColumn({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
