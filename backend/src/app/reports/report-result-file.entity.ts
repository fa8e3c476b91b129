import type { DeliverableMediaType } from '@dondoc/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A file a lead unit attached to its "kết quả thực hiện" of one task in a round: it belongs to the
 * unit's part and one of the part's task lines. The bytes live behind the kernel's FileBlobs port
 * under `sha256` (this table is registered as a reference, so the files sweep keeps them); the
 * name is for people only and never reaches a path.
 */
@Entity('report_result_file')
@Index(['roundId', 'unitId'])
export class ReportResultFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'round_id', type: 'varchar', length: 36 })
  roundId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 36 })
  unitId: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType: DeliverableMediaType;

  @Column({ type: 'varchar', length: 255 })
  name: string;

  @Column({ name: 'uploaded_by_id', type: 'varchar', length: 36, nullable: true })
  uploadedById: string | null;

  @Column({ name: 'uploaded_by_name', type: 'varchar', length: 200 })
  uploadedByName: string;

  @Column({ name: 'uploaded_at', type: 'varchar', length: 32 })
  uploadedAt: string;
}
