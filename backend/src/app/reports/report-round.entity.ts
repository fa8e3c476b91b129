import type { RoundContext, RoundSeed, RoundState } from '@dondoc/workflows';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A report round (đợt báo cáo) of a plan for a period: the round machine's snapshot as it stands,
 * and the seed it was opened with, so its event log can be replayed from the start.
 */
@Entity('report_round')
@Index(['wardId', 'planId'])
export class ReportRoundEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  /** '2026-Q1', '2026-M03', '2026-H1', '2026-Y'. */
  @Column({ name: 'period_key', type: 'varchar', length: 16 })
  periodKey: string;

  /** 'nd09' (Nghị định 09, the 15th-to-14th windows) or 'calendar'. */
  @Column({ name: 'period_basis', type: 'varchar', length: 16 })
  periodBasis: string;

  /** The instant the round's figures are as of (the period's cut-off, UTC). */
  @Column({ name: 'cut_off', type: 'varchar', length: 32 })
  cutOff: string;

  @Column({ name: 'send_by', type: 'varchar', length: 10 })
  sendBy: string;

  @Column({ type: 'varchar', length: 16 })
  state: RoundState;

  @Column({ type: 'simple-json' })
  seed: RoundSeed;

  @Column({ type: 'simple-json' })
  context: RoundContext;

  /** Grows by one with every accepted command; a command may name the version it saw. */
  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'opened_by', type: 'varchar', length: 36 })
  openedBy: string;

  @Column({ name: 'created_at', type: 'varchar', length: 32 })
  createdAt: string;

  @Column({ name: 'updated_at', type: 'varchar', length: 32 })
  updatedAt: string;
}
