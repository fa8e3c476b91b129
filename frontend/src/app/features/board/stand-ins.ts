import { Injectable, inject, signal } from '@angular/core';
import type { CurrentUser, DelegationDto, DelegationPersonDto } from '@dondoc/contracts';
import { Session } from '../../core/auth/session';
import { CollaborationApi } from './drawer/collaboration-api';

/** What the board needs of a colleague who delegated to the user: whose rights the moves use. */
export type Giver = Pick<DelegationPersonDto, 'id' | 'fullName' | 'unitId' | 'roles'>;

/**
 * The colleagues the user may act for today, each once (two delegations from the same person give
 * no second set of moves). The server lets a stand-in act only within their own unit, the giver's
 * rights being the unit's: a giver who has since moved to another unit offers nothing.
 */
export function giversOf(user: CurrentUser, received: readonly DelegationDto[]): Giver[] {
  const givers = new Map<string, Giver>();
  for (const { active, from } of received) {
    if (!active || from.id === user.id || from.unitId === null || from.unitId !== user.unit?.id) continue;
    if (!givers.has(from.id)) givers.set(from.id, from);
  }
  return [...givers.values()];
}

/**
 * The delegations the signed-in user holds, read once per board opened. The board draws without
 * them: a stand-in's moves appear when the read comes back, and a failed read only means none.
 */
@Injectable()
export class StandIns {
  private readonly collaboration = inject(CollaborationApi);
  private readonly session = inject(Session);
  /** Equal reads keep the same list: a new one would make every card ask the workflow again. */
  private readonly giversValue = signal<readonly Giver[]>([], {
    equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });

  readonly givers = this.giversValue.asReadonly();

  async load(): Promise<void> {
    try {
      const mine = await this.collaboration.myDelegations();
      const user = this.session.user();
      this.giversValue.set(user ? giversOf(user, mine.received) : []);
    } catch {
      this.giversValue.set([]);
    }
  }
}
