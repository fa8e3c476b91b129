import type { Role } from '@dondoc/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('app_user')
@Index(['wardId'])
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36, nullable: true })
  unitId: string | null;

  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ name: 'full_name', type: 'varchar', length: 200 })
  fullName: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'simple-json' })
  roles: Role[];

  /*
   * The columns below are nullable without a default on purpose: TypeORM reloads defaulted columns
   * after a multi-row insert and, on SQLite, merges them back into the wrong objects.
   */

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  /** When an admin deactivated the user: no sign-in, every session ended then. Null: active. */
  @Column({ name: 'deactivated_at', type: 'varchar', length: 32, nullable: true })
  deactivatedAt: string | null;

  /**
   * When an admin set a one-time password (account created or password reset): it only opens the
   * change-password form. Null: the password is the user's own.
   */
  @Column({ name: 'one_time_password_at', type: 'varchar', length: 32, nullable: true })
  oneTimePasswordAt: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
