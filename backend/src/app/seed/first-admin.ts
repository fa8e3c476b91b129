import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { isUniqueViolation } from '../database/unique-violation';
import { UnitOfWork } from '../database/unit-of-work';
import { UserEntity } from '../org/entities/user.entity';
import { WardEntity } from '../org/entities/ward.entity';

/** ADMIN_USERNAME names a user who exists but is no admin: stop rather than hand that account out. */
export class FirstAdminConflictError extends Error {}

/**
 * Outside demo mode, a database without any admin gets one: ADMIN_USERNAME with ADMIN_PASSWORD, or,
 * when no password is configured, a generated one printed once. No password is ever written in code.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger(FirstAdmin.name);

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.env.SEED_DEMO_DATA) await this.createIfNone();
  }

  /** True when it created the admin; false when one exists (or another process just made it). */
  async createIfNone(): Promise<boolean> {
    if (await this.anyAdmin(this.dataSource.manager)) return false;
    const username = this.env.ADMIN_USERNAME;
    const configured = this.env.ADMIN_PASSWORD;
    const password = configured ?? randomBytes(18).toString('base64url');
    const passwordHash = await this.hasher.hash(password);
    let wardCode: string | null;
    try {
      wardCode = await this.unitOfWork.run(async (manager) => {
        if (await this.anyAdmin(manager)) return null;
        if (await manager.existsBy(UserEntity, { username }))
          throw new FirstAdminConflictError(
            `ADMIN_USERNAME: the user "${username}" exists but is not an admin; choose another username`,
          );
        const ward = await this.wardOfAdmin(manager);
        await manager.insert(UserEntity, {
          id: newId(),
          wardId: ward.id,
          unitId: null,
          username,
          fullName: 'Quản trị hệ thống',
          passwordHash,
          roles: ['admin'],
          createdAt: this.clock.now().toISOString(),
        });
        return ward.code;
      });
    } catch (error) {
      // Another process starting on the same empty database created it a moment earlier.
      if (isUniqueViolation(error) && (await this.anyAdmin(this.dataSource.manager))) return false;
      throw error;
    }
    if (wardCode === null) return false;
    if (configured)
      this.logger.log(`First admin "${username}" of ward ${wardCode} created with ADMIN_PASSWORD`);
    else printOnce(generatedPasswordBanner(username, wardCode, password));
    return true;
  }

  private anyAdmin(manager: EntityManager): Promise<boolean> {
    // Roles are stored as a JSON array of strings.
    return manager
      .createQueryBuilder(UserEntity, 'user')
      .where('user.roles LIKE :admin', { admin: '%"admin"%' })
      .getExists();
  }

  private async wardOfAdmin(manager: EntityManager): Promise<WardEntity> {
    const code = this.env.ADMIN_WARD_CODE;
    const existing = await manager.findOneBy(WardEntity, { code });
    if (existing) return existing;
    const ward = manager.create(WardEntity, {
      id: newId(),
      code,
      name: this.env.ADMIN_WARD_NAME,
      province: '',
      createdAt: this.clock.now().toISOString(),
    });
    await manager.insert(WardEntity, ward);
    return ward;
  }
}

export function generatedPasswordBanner(username: string, wardCode: string, password: string): string {
  const rule = '='.repeat(72);
  return [
    rule,
    '  FIRST ADMIN CREATED — this password is shown only this once',
    `  username: ${username}    ward: ${wardCode}`,
    `  password: ${password}`,
    '  Sign in and keep it safe; it is stored only as an argon2id hash.',
    '  (Set ADMIN_PASSWORD before the first start to choose it instead.)',
    rule,
  ].join('\n');
}

/**
 * Straight to stdout, whatever LOG_LEVEL says: quietening the logs must not swallow the only copy
 * of the password.
 */
function printOnce(banner: string): void {
  process.stdout.write(`\n${banner}\n\n`);
}
