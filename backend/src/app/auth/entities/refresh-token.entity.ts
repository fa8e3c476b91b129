import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One refresh token of a session (its family); the token itself is never stored, only its SHA-256. */
@Entity('refresh_token')
@Index(['familyId'])
@Index(['userId', 'expiresAt'])
export class RefreshTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'user_id', type: 'varchar', length: 36 })
  userId: string;

  /** The session: every token rotated from one login shares it. */
  @Column({ name: 'family_id', type: 'varchar', length: 36 })
  familyId: string;

  @Column({ name: 'token_hash', type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  @Column({ name: 'expires_at', type: 'varchar', length: 32 })
  expiresAt: string;

  @Column({ name: 'revoked_at', type: 'varchar', length: 32, nullable: true })
  revokedAt: string | null;

  /** The token this one was rotated into; null while it is the family's current token. */
  @Column({ name: 'replaced_by', type: 'varchar', length: 36, nullable: true })
  replacedBy: string | null;
}
