import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The tenant: every other row belongs to exactly one ward. */
@Entity('ward')
export class WardEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  province: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
