import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { SectionDiff } from './section-diff';

/**
 * Every document a plan was read from, in order: the first import, then each revision applied to
 * it, with what the revision changed. The plan's own `source_sha256` is the latest of them.
 */
@Entity('plan_source')
@Index(['planId', 'at'])
export class PlanSourceEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'ward_id', type: 'varchar', length: 36 })
  wardId: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  /** SHA-256 of the document, kept by the import's store; null for a revision pasted as a table. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'varchar', length: 16 })
  kind: 'import' | 'amendment';

  @Column({ type: 'integer' })
  added: number;

  @Column({ type: 'integer' })
  changed: number;

  @Column({ type: 'integer' })
  removed: number;

  /** A revision's section changes (added, renamed with the title before and after); null when none. */
  @Column({ type: 'simple-json', nullable: true })
  sections: SectionDiff | null;

  @Column({ name: 'actor_id', type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 32 })
  at: string;
}
