import type { PeopleImportPreviewDto, PeopleImportResultDto, PeopleImportRowDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AppError } from '../../common/app-error';
import { UnitEntity } from '../../org/entities/unit.entity';
import { UserEntity } from '../../org/entities/user.entity';
import { requireAdmin } from '../admin-access';
import { AdminPeople } from './admin-people.service';
import { checkPeopleRows, type SheetRow } from './people-rows';
import { readPeopleSheet } from './people-sheet';

/** An uploaded file as multer hands it over. */
export interface UploadedSheet {
  buffer: Buffer;
  originalname: string;
  size: number;
}

/**
 * People in bulk from an .xlsx or .csv: the preview shows every row with its problems; the import
 * checks the same rows again inside the transaction and creates all of them, or none when any row
 * is broken (the answer then names the rows).
 */
@Injectable()
export class PeopleImport {
  constructor(
    private readonly dataSource: DataSource,
    private readonly people: AdminPeople,
  ) {}

  async preview(user: AuthUser, file: UploadedSheet | undefined): Promise<PeopleImportPreviewDto> {
    requireAdmin(user);
    const rows = await this.checked(this.dataSource.manager, user, await sheetRows(file));
    return { rows, brokenRows: rows.filter((row) => row.problems.length > 0).length };
  }

  async import(user: AuthUser, file: UploadedSheet | undefined): Promise<PeopleImportResultDto> {
    requireAdmin(user);
    const sheet = await sheetRows(file);
    const preview = await this.checked(this.dataSource.manager, user, sheet);
    refuseBroken(preview);
    const units = await this.dataSource.manager.find(UnitEntity, { where: { wardId: user.wardId } });
    const unitIdOf = new Map(units.map((unit) => [unit.code, unit.id]));
    const created = await this.people.createAll(
      user,
      preview.map((row) => ({
        username: row.username,
        fullName: row.fullName,
        unitId: row.unitCode === '' ? null : (unitIdOf.get(row.unitCode) ?? null),
        roles: row.roles as UserEntity['roles'],
        email: row.email,
      })),
      // Again inside the transaction: a unit deactivated or a username taken since the check.
      async (manager) => refuseBroken(await this.checked(manager, user, sheet)),
    );
    return {
      created: created.map((entry) => ({
        username: entry.user.username,
        oneTimePassword: entry.oneTimePassword,
      })),
    };
  }

  private async checked(
    manager: EntityManager,
    user: AuthUser,
    sheet: SheetRow[],
  ): Promise<PeopleImportRowDto[]> {
    const usernames = sheet.map((row) => row.username.trim().toLowerCase()).filter(Boolean);
    const taken = usernames.length
      ? await manager.find(UserEntity, { where: { username: In(usernames) }, select: { username: true } })
      : [];
    const units = await manager.find(UnitEntity, { where: { wardId: user.wardId, deactivatedAt: IsNull() } });
    return checkPeopleRows(sheet, {
      takenUsernames: new Set(taken.map((row) => row.username)),
      unitCodes: new Set(units.map((unit) => unit.code.toUpperCase())),
    });
  }
}

async function sheetRows(file: UploadedSheet | undefined): Promise<SheetRow[]> {
  if (!file || file.size === 0) throw new AppError('VALIDATION_FAILED', 'Cần chọn một tệp .xlsx hoặc .csv');
  return readPeopleSheet(file.buffer);
}

function refuseBroken(rows: readonly PeopleImportRowDto[]): void {
  const broken = rows.filter((row) => row.problems.length > 0);
  if (broken.length === 0) return;
  throw new AppError(
    'VALIDATION_FAILED',
    `Có ${broken.length} dòng cần sửa (dòng ${broken.map((row) => row.row).join(', ')}); chưa tạo người dùng nào`,
    { details: broken.flatMap((row) => row.problems.map((problem) => `Dòng ${row.row}: ${problem}`)) },
  );
}
