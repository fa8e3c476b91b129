import type { OnBehalfOfDto, TransitionRequest } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppError } from '../common/app-error';
import { Clock } from '../common/clock';
import { vietnamToday } from '../common/vietnam-today';
import { UserEntity } from '../org/entities/user.entity';
import { withoutServerOwnedKeys } from '../task-model/server-owned-payload';
import { DelegationEntity } from './delegation.entity';

/** The key of an event's payload naming whom a stand-in acted for (OnBehalfOfDto). */
export const ON_BEHALF_OF = 'onBehalfOf';

export interface ActingRequest {
  /** Whose rights decide: the caller, or the caller wearing the giver's unit and roles. */
  actor: AuthUser;
  request: TransitionRequest;
}

/**
 * Turns "X acts for Y" into what the engine decides with: Y's unit and roles under X's name, and
 * `payload.onBehalfOf` so the log says "X thay mặt Y". Only the server writes that key: one a
 * client sends in its payload is dropped, with the other keys only the server writes.
 */
@Injectable()
export class StandIns {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async acting(user: AuthUser, request: TransitionRequest): Promise<ActingRequest> {
    const { onBehalfOf, ...rest } = request;
    const payload = withoutServerOwnedKeys(request.payload);
    if (!onBehalfOf || onBehalfOf === user.id) return { actor: user, request: { ...rest, payload } };
    const giver = await this.activeGiver(user, onBehalfOf);
    const mark: OnBehalfOfDto = { id: giver.id, name: giver.fullName };
    return {
      actor: { ...user, unitId: giver.unitId, roles: [...giver.roles] },
      request: { ...rest, payload: { ...payload, [ON_BEHALF_OF]: mark } },
    };
  }

  private async activeGiver(user: AuthUser, giverId: string): Promise<UserEntity> {
    const today = vietnamToday(this.clock.now());
    const manager = this.dataSource.manager;
    const delegation = await manager.findOneBy(DelegationEntity, {
      wardId: user.wardId,
      fromUserId: giverId,
      toUserId: user.id,
      revokedAt: IsNull(),
      startsOn: LessThanOrEqual(today),
      endsOn: MoreThanOrEqual(today),
    });
    const giver = delegation
      ? await manager.findOneBy(UserEntity, { id: giverId, wardId: user.wardId })
      : null;
    // The giver may have moved to another unit since: the rights were the unit's, so they lapse.
    if (!giver || giver.unitId === null || giver.unitId !== user.unitId) {
      throw new AppError('FORBIDDEN', 'Bạn không có ủy quyền còn hiệu lực hôm nay để thay mặt người này');
    }
    return giver;
  }
}
