import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A stand-in (ủy quyền): from_user lets to_user act with their rights from starts_on to ends_on,
 * inclusive Vietnam dates. Never deleted: revoking sets revoked_at, so the history of who could
 * act for whom stays readable next to the events recorded "X thay mặt Y".
 */
@Entity('delegation')
@Index(['toUserId', 'fromUserId'])
@Index(['fromUserId'])
export class DelegationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'from_user_id', type: 'varchar', length: 36 })
  fromUserId: string;

  @Column({ name: 'to_user_id', type: 'varchar', length: 36 })
  toUserId: string;

  @Column({ name: 'starts_on', type: 'varchar', length: 10 })
  startsOn: string;

  @Column({ name: 'ends_on', type: 'varchar', length: 10 })
  endsOn: string;

  @Column({ name: 'created_by', type: 'varchar', length: 36 })
  createdBy: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 32, nullable: true })
  revokedAt: string | null;
}

/** In force on a Vietnam date. */
export function isActiveOn(
  delegation: Pick<DelegationEntity, 'startsOn' | 'endsOn' | 'revokedAt'>,
  today: string,
): boolean {
  return delegation.revokedAt === null && delegation.startsOn <= today && today <= delegation.endsOn;
}
