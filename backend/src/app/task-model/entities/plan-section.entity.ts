import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('plan_section')
@Index(['planId', 'key'], { unique: true })
export class PlanSectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @Column({ type: 'varchar', length: 16 })
  key: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'integer' })
  position: number;
}
