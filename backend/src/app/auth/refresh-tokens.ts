import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager, IsNull, LessThan } from 'typeorm';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { UserEntity } from '../org/entities/user.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { secondsOf } from './lifetime';

/** A refresh token as handed to the client: the only moment the token itself exists outside it. */
export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
}

export type Rotation =
  | { outcome: 'rotated'; user: UserEntity; next: IssuedRefreshToken }
  /** A token already rotated away was shown again: someone holds a copy, so the family is revoked. */
  | { outcome: 'reused'; userId: string; familyId: string }
  | { outcome: 'unknown' | 'expired' | 'revoked' };

/** 32 random bytes in base64url: exactly 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * Opaque refresh tokens, stored as SHA-256 only. One login starts a family; every refresh revokes the
 * token it was given and issues the next of the family. Showing a revoked token again is the sign of
 * a stolen copy: the whole family is revoked, and both the thief and the user must sign in again.
 * Every method runs inside the caller's transaction.
 */
@Injectable()
export class RefreshTokens {
  private readonly lifetimeMs: number;

  constructor(
    private readonly clock: Clock,
    @Inject(ENV) env: Env,
  ) {
    this.lifetimeMs = secondsOf(env.REFRESH_TOKEN_TTL) * 1000;
  }

  /** A new token for the user, starting a new family (a login). */
  async issue(manager: EntityManager, userId: string): Promise<IssuedRefreshToken> {
    const issued = await this.insert(manager, newId(), userId, newId());
    // Expired rows of this user are of no further use, not even to detect reuse.
    await manager.delete(RefreshTokenEntity, {
      userId,
      expiresAt: LessThan(this.clock.now().toISOString()),
    });
    return issued;
  }

  async rotate(manager: EntityManager, token: string): Promise<Rotation> {
    const row = await this.find(manager, token);
    if (!row) return { outcome: 'unknown' };
    const now = this.clock.now().toISOString();
    if (row.revokedAt !== null) {
      if (row.replacedBy === null) return { outcome: 'revoked' };
      await this.revokeFamily(manager, row.familyId);
      return { outcome: 'reused', userId: row.userId, familyId: row.familyId };
    }
    if (row.expiresAt <= now) return { outcome: 'expired' };
    const user = await manager.findOneBy(UserEntity, { id: row.userId });
    if (!user || user.deactivatedAt !== null) {
      await this.revokeFamily(manager, row.familyId);
      return { outcome: 'unknown' };
    }
    const nextId = newId();
    // Only one of two concurrent rotations of the same token wins; the other is a reuse.
    const claimed = await manager.update(
      RefreshTokenEntity,
      { id: row.id, revokedAt: IsNull() },
      { revokedAt: now, replacedBy: nextId },
    );
    if (claimed.affected !== 1) {
      await this.revokeFamily(manager, row.familyId);
      return { outcome: 'reused', userId: row.userId, familyId: row.familyId };
    }
    const next = await this.insert(manager, nextId, user.id, row.familyId);
    return { outcome: 'rotated', user, next };
  }

  /** Logout: every token of the family the given token belongs to stops working. */
  async revokeFamilyOf(manager: EntityManager, token: string): Promise<boolean> {
    const row = await this.find(manager, token);
    if (!row) return false;
    await this.revokeFamily(manager, row.familyId);
    return true;
  }

  /** Every session of the user ends (deactivation, password change): each family's tokens revoked. */
  async revokeAllOf(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(
      RefreshTokenEntity,
      { userId, revokedAt: IsNull() },
      { revokedAt: this.clock.now().toISOString() },
    );
  }

  private async insert(
    manager: EntityManager,
    id: string,
    userId: string,
    familyId: string,
  ): Promise<IssuedRefreshToken> {
    const now = this.clock.now();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + this.lifetimeMs);
    await manager.insert(RefreshTokenEntity, {
      id,
      userId,
      familyId,
      tokenHash: hashOf(token),
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      revokedAt: null,
      replacedBy: null,
    });
    return { token, expiresAt };
  }

  private find(manager: EntityManager, token: string): Promise<RefreshTokenEntity | null> {
    if (!TOKEN_SHAPE.test(token)) return Promise.resolve(null);
    return manager.findOneBy(RefreshTokenEntity, { tokenHash: hashOf(token) });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(
      RefreshTokenEntity,
      { familyId, revokedAt: IsNull() },
      { revokedAt: this.clock.now().toISOString() },
    );
  }
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
