import type { DeliverableMediaType } from '@dondoc/contracts';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One file of a task's deliverable. While `versionId` is null it is a draft the lead may remove;
 * a submission freezes the draft into a version and the row never changes again. The bytes live
 * in the DeliverableStore under `sha256`; the name is for people only and never reaches a path.
 */
@Entity('deliverable_file')
@Index(['taskId', 'versionId'])
export class DeliverableFileEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'task_id', type: 'varchar', length: 36 })
  taskId: string;

  @Column({ name: 'version_id', type: 'varchar', length: 36, nullable: true })
  versionId: string | null;

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

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
