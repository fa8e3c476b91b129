import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A ward's own choices; a ward without a row follows the deployment's defaults (WardSettings). */
@Entity('ward_settings')
export class WardSettingsEntity {
  @PrimaryColumn({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  /** The reviewer unit a new plan starts with. */
  @Column({ name: 'reviewer_unit_id', type: 'varchar', length: 36, nullable: true })
  reviewerUnitId: string | null;

  /** The approver unit a new plan starts with. */
  @Column({ name: 'approver_unit_id', type: 'varchar', length: 36, nullable: true })
  approverUnitId: string | null;

  /** "Trước ngày D" read as due on D (true) rather than on D−1 (false, the usual reading). */
  @Column({ name: 'before_date_inclusive', type: 'boolean' })
  beforeDateInclusive: boolean;

  @Column({ name: 'due_soon_working_days', type: 'integer' })
  dueSoonWorkingDays: number;

  /** Hour of the day (Vietnam time) the daily digest goes out. */
  @Column({ name: 'digest_hour', type: 'integer' })
  digestHour: number;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;

  @Column({ name: 'updated_by', type: 'varchar', length: 36, nullable: true })
  updatedBy: string | null;
}
