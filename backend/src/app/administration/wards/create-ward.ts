import type { DataSource, EntityManager } from 'typeorm';
import { PasswordHasher } from '../../auth/password-hasher';
import { newId } from '../../common/ids';
import { UnitGroupEntity } from '../../org/entities/unit-group.entity';
import { UnitEntity } from '../../org/entities/unit.entity';
import { UserEntity } from '../../org/entities/user.entity';
import { WardGrantEntity } from '../../org/entities/ward-grant.entity';
import { WardSettingsEntity } from '../../org/entities/ward-settings.entity';
import { WardEntity } from '../../org/entities/ward.entity';
import { oneTimePassword } from '../people/one-time-password';
import { USERNAME } from '../people/people-rows';
import { type WardTemplate, wardTemplate } from './ward-template';

export interface NewWard {
  code: string;
  name: string;
  province: string;
  adminUsername: string;
  adminFullName: string;
  /**
   * The city's own office rather than a ward: its first admin is also a city-level admin, who
   * creates wards and grants city-level people access to them from the administration page.
   */
  city?: boolean;
  /** A city-level admin creating the ward from the page: granted the new ward in the same transaction. */
  grantTo?: string;
}

export interface CreatedWard {
  wardId: string;
  unitCount: number;
  groupCount: number;
  adminUsername: string;
  /** Shown once; the admin must change it at first sign-in. */
  oneTimePassword: string;
}

/** Bad input to create-ward: said to the operator (in English) or the page (`vi`), nothing written. */
export class CreateWardRefusedError extends Error {
  constructor(
    message: string,
    readonly vi: string = message,
  ) {
    super(message);
  }
}

const WARD_CODE = /^[A-Z0-9][A-Z0-9_-]{0,31}$/;

/** Settings a new ward starts with, beside its template's reviewer and approver units. */
const DEFAULT_DUE_SOON_WORKING_DAYS = 3;
const DEFAULT_DIGEST_HOUR = 7;

/**
 * A ward ready to use at once: its units and groups copied from the template, its settings, and
 * its first admin (in the office unit) with a one-time password. One transaction: all or nothing.
 */
export async function createWard(
  dataSource: DataSource,
  input: NewWard,
  now: Date = new Date(),
  template: WardTemplate = wardTemplate(),
): Promise<CreatedWard> {
  const code = input.code.trim().toUpperCase();
  const username = input.adminUsername.trim().toLowerCase();
  const name = input.name.normalize('NFC').trim();
  if (!WARD_CODE.test(code))
    throw new CreateWardRefusedError(
      `ward code "${input.code}": letters, digits, - and _`,
      `Mã phường "${input.code}" chỉ gồm chữ, số, - và _`,
    );
  if (name === '') throw new CreateWardRefusedError('the ward needs a name', 'Phường cần có tên');
  if (!USERNAME.test(username))
    throw new CreateWardRefusedError(
      `admin username "${input.adminUsername}": lower case letters, digits, . _ -`,
      `Tên đăng nhập "${input.adminUsername}" chỉ gồm chữ thường, số, dấu . _ - (3 đến 64 ký tự)`,
    );
  const password = oneTimePassword();
  const passwordHash = await new PasswordHasher().hash(password);
  const at = now.toISOString();
  const wardId = newId();
  await dataSource.transaction(async (manager) => {
    if (await manager.existsBy(WardEntity, { code }))
      throw new CreateWardRefusedError(
        `a ward with code ${code} exists`,
        `Đã có phường mang mã ${code}; hãy chọn mã khác`,
      );
    if (await manager.existsBy(UserEntity, { username }))
      throw new CreateWardRefusedError(
        `the username ${username} is taken`,
        `Tên đăng nhập "${username}" đã có người dùng; hãy chọn tên khác`,
      );
    await manager.insert(WardEntity, {
      id: wardId,
      code,
      name,
      province: input.province.trim(),
      createdAt: at,
    });
    const unitIds = await insertUnits(manager, wardId, template, at);
    await insertGroups(manager, wardId, template, unitIds, at);
    await manager.insert(WardSettingsEntity, {
      wardId,
      reviewerUnitId: unitIds.get(template.reviewerUnitCode) ?? null,
      approverUnitId: unitIds.get(template.approverUnitCode) ?? null,
      beforeDateInclusive: false,
      dueSoonWorkingDays: DEFAULT_DUE_SOON_WORKING_DAYS,
      digestHour: DEFAULT_DIGEST_HOUR,
      updatedAt: at,
      updatedBy: null,
    });
    await manager.insert(UserEntity, {
      id: newId(),
      wardId,
      unitId: unitIds.get(template.approverUnitCode) ?? null,
      username,
      fullName: input.adminFullName.normalize('NFC').trim() || 'Quản trị phường',
      passwordHash,
      roles: input.city ? ['admin', 'city_admin'] : ['admin'],
      email: null,
      deactivatedAt: null,
      oneTimePasswordAt: at,
      createdAt: at,
    });
    if (input.grantTo)
      await manager.insert(WardGrantEntity, { userId: input.grantTo, wardId, createdAt: at });
  });
  return {
    wardId,
    unitCount: template.units.length,
    groupCount: template.groups.length,
    adminUsername: username,
    oneTimePassword: password,
  };
}

async function insertUnits(
  manager: EntityManager,
  wardId: string,
  template: WardTemplate,
  at: string,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // One row per statement: TypeORM's multi-row insert may mix up reloaded values on SQLite.
  for (const unit of template.units) {
    const id = newId();
    ids.set(unit.code, id);
    await manager.insert(UnitEntity, {
      id,
      wardId,
      code: unit.code,
      name: unit.name,
      aliases: unit.aliases,
      kind: unit.kind,
      deactivatedAt: null,
      createdAt: at,
    });
  }
  return ids;
}

async function insertGroups(
  manager: EntityManager,
  wardId: string,
  template: WardTemplate,
  unitIds: ReadonlyMap<string, string>,
  at: string,
): Promise<void> {
  for (const group of template.groups) {
    await manager.insert(UnitGroupEntity, {
      id: newId(),
      wardId,
      name: group.name,
      aliases: group.aliases,
      members:
        group.members === 'all'
          ? 'all'
          : group.members.flatMap((code) => {
              const id = unitIds.get(code);
              return id ? [id] : [];
            }),
      createdAt: at,
    });
  }
}
