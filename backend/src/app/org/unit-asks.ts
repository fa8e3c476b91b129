import type { NotificationKind, NotificationParams } from '@dondoc/contracts';
import type { EntityManager } from 'typeorm';

/** Something asked of every member of some units of a ward, outside any task's log. */
export interface UnitAsk {
  wardId: string;
  unitIds: readonly string[];
  kind: NotificationKind;
  params: NotificationParams;
  /** Unique per recipient, at most 96 characters: asking the same source again asks nobody twice. */
  sourceKey: string;
  planId: string | null;
  /** Who acted, never told of their own action; null for the scheduler. */
  actorId: string | null;
  at: string;
}

/**
 * The port through which a context asks units for something without importing the notifications
 * context (contexts never import one another): declared on the kernel beside the units it names,
 * provided by notifications, used by reports for its rounds. Asks are written inside the caller's
 * transaction and reach people only if it commits.
 */
export abstract class UnitAsks {
  /** Answers how many notifications were new. */
  abstract ask(manager: EntityManager, asks: readonly UnitAsk[]): Promise<number>;
}
