import type { UnitKind } from '@dondoc/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('unit')
@Index(['wardId', 'code'], { unique: true })
export class UnitEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ type: 'varchar', length: 32 })
  code: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** Spellings met in real plans, matched diacritic-insensitively by the plan parser. */
  @Column({ type: 'simple-json' })
  aliases: string[];

  /* Nullable without defaults: see UserEntity on TypeORM's reload after a multi-row insert. */

  /** Null until the admin says which kind of body the unit is. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  kind: UnitKind | null;

  /** Deactivated units are never deleted (tasks point to them); they stop being offered for new work. */
  @Column({ name: 'deactivated_at', type: 'varchar', length: 32, nullable: true })
  deactivatedAt: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
