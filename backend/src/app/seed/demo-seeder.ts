import { parsePlanText } from '@dondoc/plan-parser';
import {
  DEMO_CITY_LEADERS,
  DEMO_PASSWORD,
  DEMO_USERS,
  DEMO_WARDS,
  readSeedPlanText,
  type WardSeed,
} from '@dondoc/seed-data';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type EntityManager } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { UnitOfWork } from '../database/unit-of-work';
import { UnitGroupEntity } from '../org/entities/unit-group.entity';
import { UnitEntity } from '../org/entities/unit.entity';
import { UserEntity } from '../org/entities/user.entity';
import { WardGrantEntity } from '../org/entities/ward-grant.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { PlanImportService } from '../plan-import/plan-import.service';
import { DemoHistory } from './demo-history';

/**
 * On the first start of an empty database: the three wards of the real seed plans, their units,
 * one demo user per role, and each plan imported by the real parser from its shipped text.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly hasher: PasswordHasher,
    private readonly importer: PlanImportService,
    private readonly history: DemoHistory,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.env.SEED_DEMO_DATA) await this.seedIfEmpty();
  }

  async seedIfEmpty(): Promise<boolean> {
    if ((await this.dataSource.manager.count(WardEntity)) > 0) return false;
    // Every demo account shares one published password, so one hash serves them all.
    const demoPasswordHash = await this.hasher.hash(DEMO_PASSWORD);
    const plansDir = this.seedPlansDir();
    try {
      await this.unitOfWork.run(async (manager) => {
        for (const ward of DEMO_WARDS) await this.seedWard(manager, ward, demoPasswordHash, plansDir);
        await this.seedCityLeaders(manager, demoPasswordHash);
      });
    } catch (error) {
      // Another process seeding the same database at the same moment wins on the unique ward code.
      if ((await this.dataSource.manager.count(WardEntity)) > 0) return false;
      throw error;
    }
    this.logger.log(
      `Demo data loaded: ${DEMO_WARDS.length} wards, ${DEMO_USERS.length + DEMO_CITY_LEADERS.length} users`,
    );
    return true;
  }

  private async seedWard(
    manager: EntityManager,
    seed: WardSeed,
    passwordHash: string,
    plansDir: string | undefined,
  ): Promise<void> {
    const now = this.clock.now().toISOString();
    const ward = manager.create(WardEntity, {
      id: newId(),
      code: seed.code,
      name: seed.name,
      province: seed.province,
      createdAt: now,
    });
    await manager.insert(WardEntity, ward);
    const units = seed.units.map((unit) =>
      manager.create(UnitEntity, {
        id: newId(),
        wardId: ward.id,
        code: unit.code,
        name: unit.name,
        aliases: unit.aliases,
        createdAt: now,
      }),
    );
    await manager.insert(UnitEntity, units);
    const unitIdOf = new Map(units.map((unit) => [unit.code, unit.id]));
    // The ward's groups as the plans name them, so an imported plan resolves them as the seed did.
    if (seed.groups.length > 0)
      await manager.insert(
        UnitGroupEntity,
        seed.groups.map((group) => ({
          id: newId(),
          wardId: ward.id,
          name: group.name,
          aliases: [...group.aliases],
          members:
            group.members === 'all'
              ? ('all' as const)
              : group.members.flatMap((code) => unitIdOf.get(code) ?? []),
          createdAt: now,
        })),
      );
    const users = DEMO_USERS.filter((user) => user.wardCode === seed.code).map((user) =>
      manager.create(UserEntity, {
        id: newId(),
        wardId: ward.id,
        unitId: unitIdOf.get(user.unitCode) ?? null,
        username: user.username,
        fullName: user.fullName,
        passwordHash,
        roles: user.roles,
        createdAt: now,
      }),
    );
    await manager.insert(UserEntity, users);

    for (const planSeed of seed.plans) {
      const text = readSeedPlanText(planSeed.file, plansDir);
      const { plan: parsed, warnings } = parsePlanText(text, {
        units: seed.units,
        groups: seed.groups,
        year: planSeed.year,
      });
      if (warnings.length > 0) {
        this.logger.warn(
          `${planSeed.file}: ${warnings.length} parser warnings (first: ${warnings[0].message})`,
        );
      }
      const imported = await this.importer.importPlan(
        manager,
        ward.id,
        {
          symbol: planSeed.symbol,
          title: planSeed.title,
          issuedOn: planSeed.issuedOn,
          issuer: planSeed.issuer,
          legalBasis: planSeed.legalBasis,
          year: planSeed.year,
          reviewerUnitId: unitIdOf.get(planSeed.reviewerUnitCode) ?? null,
          approverUnitId: unitIdOf.get(planSeed.approverUnitCode) ?? null,
        },
        parsed,
        units,
        now,
      );
      await this.history.play(manager, imported, users);
    }
  }

  /** City-level leaders: a seat in their home ward, and a grant of each ward they watch. */
  private async seedCityLeaders(manager: EntityManager, passwordHash: string): Promise<void> {
    const now = this.clock.now().toISOString();
    const wardIdOf = new Map((await manager.find(WardEntity)).map((ward) => [ward.code, ward.id]));
    for (const leader of DEMO_CITY_LEADERS) {
      const wardId = wardIdOf.get(leader.wardCode);
      if (!wardId) continue;
      const unit = await manager.findOneBy(UnitEntity, { wardId, code: leader.unitCode });
      const user = manager.create(UserEntity, {
        id: newId(),
        wardId,
        unitId: unit?.id ?? null,
        username: leader.username,
        fullName: leader.fullName,
        passwordHash,
        roles: leader.roles,
        createdAt: now,
      });
      await manager.insert(UserEntity, user);
      const grants = leader.grantedWardCodes.flatMap((code) => {
        const grantedWardId = wardIdOf.get(code);
        return grantedWardId ? [{ userId: user.id, wardId: grantedWardId, createdAt: now }] : [];
      });
      if (grants.length > 0) await manager.insert(WardGrantEntity, grants);
    }
  }

  /** The plans copied beside the bundle, unless SEED_PLANS_DIR says otherwise. */
  private seedPlansDir(): string | undefined {
    const candidates = [this.env.SEED_PLANS_DIR, join(__dirname, 'assets', 'seeds')];
    return candidates.find((dir): dir is string => !!dir && existsSync(dir));
  }
}
