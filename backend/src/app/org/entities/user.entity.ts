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

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
