import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A wording that names several units at once ("Các phòng, đơn vị chuyên môn"): the plan parser
 * reads it as its members. `'all'` is every active unit of the ward at the time of reading.
 */
@Entity('unit_group')
@Index(['wardId', 'name'], { unique: true })
export class UnitGroupEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'simple-json' })
  aliases: string[];

  /** 'all', or the ids of the member units. */
  @Column({ type: 'simple-json' })
  members: 'all' | string[];

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
