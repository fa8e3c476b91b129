import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('plan')
@Index(['wardId'])
export class PlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  /** Number and symbol as printed, e.g. 158/KH-UBND; empty when the plan has none yet. */
  @Column({ type: 'varchar', length: 64 })
  symbol: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ name: 'issued_on', type: 'varchar', length: 10, nullable: true })
  issuedOn: string | null;

  @Column({ type: 'varchar', length: 300 })
  issuer: string;

  @Column({ name: 'legal_basis', type: 'simple-json' })
  legalBasis: string[];

  @Column({ type: 'integer' })
  year: number;

  @Column({ name: 'reviewer_unit_id', type: 'varchar', length: 36, nullable: true })
  reviewerUnitId: string | null;

  @Column({ name: 'approver_unit_id', type: 'varchar', length: 36, nullable: true })
  approverUnitId: string | null;

  /** Reviews the tasks the reviewer unit leads itself (four eyes); null means the approver unit. */
  @Column({ name: 'alternate_reviewer_unit_id', type: 'varchar', length: 36, nullable: true })
  alternateReviewerUnitId: string | null;

  /** Reads "Trước ngày D" as due on D instead of the literal day before. */
  @Column({ name: 'before_date_inclusive', type: 'boolean', default: false })
  beforeDateInclusive: boolean;

  /**
   * SHA-256 of the document the plan was imported from (or last amended from), kept by the
   * import's store under that hash; null for plans typed in or imported as text.
   */
  @Column({ name: 'source_sha256', type: 'varchar', length: 64, nullable: true })
  sourceSha256?: string | null;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;
}
