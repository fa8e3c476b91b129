import type { EntityManager } from 'typeorm';
import { UnitEntity } from '../../org/entities/unit.entity';
import { UserEntity } from '../../org/entities/user.entity';
import { askOfAlert, type Candidate, recipientsOf } from '../notification-rules';
import type { TaskAlertKind } from './task-alert.entity';

/** An alert as far as its audience goes: its kind, and its task's ward and lead unit. */
export interface AudienceOfAlert {
  kind: TaskAlertKind;
  wardId: string;
  leadUnitId: string | null;
}

/**
 * Whom a ward's alerts reach, by the notification rules, and its units' codes. The people of an
 * alert depend only on its kind and its task's lead unit, so each answer is worked out once and
 * shared: a run over tens of thousands of tasks asks the rules a handful of times.
 */
export class WardAudience {
  /** Per alert kind and lead unit: a run asks millions of times, so no key is built per call. */
  private readonly answers = new Map<TaskAlertKind, Map<string | null, readonly string[]>>();

  constructor(
    readonly wardId: string,
    private readonly candidates: readonly Candidate[],
    private readonly unitCodes: ReadonlyMap<string, string>,
  ) {}

  static async read(manager: EntityManager, wardId: string): Promise<WardAudience> {
    const [candidates, units] = await Promise.all([
      manager.find(UserEntity, {
        where: { wardId },
        select: { id: true, username: true, wardId: true, unitId: true, roles: true },
      }),
      manager.find(UnitEntity, { where: { wardId }, select: { id: true, code: true } }),
    ]);
    return new WardAudience(wardId, candidates, new Map(units.map((unit) => [unit.id, unit.code])));
  }

  recipientsOf(alert: AudienceOfAlert): readonly string[] {
    let byUnit = this.answers.get(alert.kind);
    if (!byUnit) this.answers.set(alert.kind, (byUnit = new Map()));
    let answer = byUnit.get(alert.leadUnitId);
    if (!answer) {
      const parties = {
        wardId: alert.wardId,
        leadUnitId: alert.leadUnitId,
        reviewerUnitId: null,
        approverUnitId: null,
        alternateReviewerUnitId: null,
      };
      answer =
        alert.wardId === this.wardId
          ? recipientsOf(askOfAlert(alert.kind).audience, parties, this.candidates, null)
          : [];
      byUnit.set(alert.leadUnitId, answer);
    }
    return answer;
  }

  unitCode(unitId: string | null): string | null {
    return unitId === null ? null : (this.unitCodes.get(unitId) ?? null);
  }

  /** Everyone any alert of the ward can reach. */
  get everyone(): string[] {
    return this.candidates.map((candidate) => candidate.id);
  }
}
