import type { ParsedPlan } from '@dondoc/plan-parser';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import type { UnitEntity } from '../org/entities/unit.entity';
import type { TaskEntity } from '../task-model/entities/task.entity';
import type { AmendedPlan } from './amended-plan';
import type { AmendmentDiff } from './amendment-diff';
import type { SectionDiff } from './section-diff';

/** What a revision changes: the plan's tasks and its sections. */
export interface RevisionDiff {
  tasks: AmendmentDiff<TaskEntity>;
  sections: SectionDiff;
}

/** A revised version of a plan in the system, read and checked, to apply to it. */
export interface PlanAmendmentRequest {
  planId: string;
  parsed: ParsedPlan;
  units: readonly UnitEntity[];
  /** The document of the revision, kept by the import's store; null for a paste. */
  sourceSha256: string | null;
  /** The import's own writes (aliases chosen, the plan's sources), in the same transaction. */
  alsoWithin: (manager: EntityManager, amended: AmendedPlan, diff: RevisionDiff) => Promise<void>;
}

export interface PlanAmendmentOutcome {
  planId: string;
  added: number;
  changed: number;
  removed: number;
  /** Removed tasks that were already approved or cancelled, left as they stand. */
  alreadySettled: number;
  /** Sections the revision added to the plan. */
  sectionsAdded: number;
  /** Sections whose title the revision changed. */
  sectionsRenamed: number;
}

/**
 * Applies a revision to the tasks and sections of a plan. Every change of a task goes through the engine
 * (corrections and cancellations with their events, chain links and live messages), which sits
 * above the import; the engine provides this, and the import only asks for it.
 */
export abstract class PlanAmender {
  abstract amend(user: AuthUser, request: PlanAmendmentRequest): Promise<PlanAmendmentOutcome>;
}
