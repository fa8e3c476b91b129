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

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
