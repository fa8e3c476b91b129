import type { AdminUnitDto } from '@dondoc/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import type { AuthUser } from '../../auth/auth-user';
import { AppError, notFound } from '../../common/app-error';
import { Clock } from '../../common/clock';
import { newId } from '../../common/ids';
import { isUniqueViolation } from '../../database/unique-violation';
import { UnitOfWork } from '../../database/unit-of-work';
import { UnitEntity } from '../../org/entities/unit.entity';
import { TaskEntity } from '../../task-model/entities/task.entity';
import { distinctTexts, requireAdmin } from '../admin-access';
import type { CreateUnitDto, UpdateUnitDto } from './unit.dto';

/** Columns a task has left for good: a unit leading only such tasks leads nothing open. */
const CLOSED_COLUMNS = ['approved', 'cancelled'];

/** How many open tasks a refusal names before "and n more". */
const NAMED_TASKS = 10;

/** The ward's units, as its admin keeps them: never deleted, since tasks point to them. */
@Injectable()
export class AdminUnits {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly clock: Clock,
  ) {}

  async list(user: AuthUser): Promise<AdminUnitDto[]> {
    requireAdmin(user);
    const units = await this.dataSource.manager.find(UnitEntity, {
      where: { wardId: user.wardId },
      order: { code: 'ASC' },
    });
    return units.map(unitDto);
  }

  async create(user: AuthUser, input: CreateUnitDto): Promise<AdminUnitDto> {
    requireAdmin(user);
    const unit: UnitEntity = {
      id: newId(),
      wardId: user.wardId,
      code: input.code.trim().toUpperCase(),
      name: input.name.normalize('NFC').trim(),
      aliases: distinctTexts(input.aliases ?? []),
      kind: input.kind,
      deactivatedAt: null,
      createdAt: this.clock.now().toISOString(),
    };
    refuseBlankName(unit.name);
    await this.writing(unit.code, (manager) => this.insertUnit(manager, unit));
    return unitDto(unit);
  }

  async update(user: AuthUser, unitId: string, input: UpdateUnitDto): Promise<AdminUnitDto> {
    requireAdmin(user);
    const changes: Partial<UnitEntity> = {};
    if (input.code !== undefined) changes.code = input.code.trim().toUpperCase();
    if (input.name !== undefined) changes.name = input.name.normalize('NFC').trim();
    if (input.kind !== undefined) changes.kind = input.kind;
    if (changes.name !== undefined) refuseBlankName(changes.name);
    return this.writing(changes.code ?? '', async (manager) => {
      const unit = await this.unitOfWard(manager, user, unitId);
      if (changes.code !== undefined && changes.code !== unit.code)
        await this.refuseTakenCode(manager, user.wardId, changes.code);
      // An empty body changes nothing (TypeORM refuses an UPDATE without values).
      if (Object.keys(changes).length > 0) await manager.update(UnitEntity, { id: unit.id }, changes);
      return unitDto({ ...unit, ...changes });
    });
  }

  async setAliases(user: AuthUser, unitId: string, aliases: readonly string[]): Promise<AdminUnitDto> {
    requireAdmin(user);
    const kept = distinctTexts(aliases);
    return this.unitOfWork.run(async (manager) => {
      const unit = await this.unitOfWard(manager, user, unitId);
      await manager.update(UnitEntity, { id: unit.id }, { aliases: kept });
      return unitDto({ ...unit, aliases: kept });
    });
  }

  /** Refused, naming them, while the unit leads open tasks: they would be left without a lead. */
  async deactivate(user: AuthUser, unitId: string): Promise<AdminUnitDto> {
    requireAdmin(user);
    return this.unitOfWork.run(async (manager) => {
      const unit = await this.unitOfWard(manager, user, unitId);
      const open = await manager.find(TaskEntity, {
        where: { wardId: user.wardId, leadUnitId: unit.id, column: Not(In(CLOSED_COLUMNS)) },
        order: { ref: 'ASC' },
        select: { id: true, ref: true, content: true },
      });
      if (open.length > 0) {
        const named = open.slice(0, NAMED_TASKS).map((task) => `${task.ref}: ${shortened(task.content)}`);
        if (open.length > NAMED_TASKS) named.push(`… và ${open.length - NAMED_TASKS} nhiệm vụ khác`);
        throw new AppError(
          'VALIDATION_FAILED',
          `Chưa ngừng hoạt động được ${unit.name}: đơn vị đang chủ trì ${open.length} nhiệm vụ chưa xong. Hãy giao các nhiệm vụ này cho đơn vị khác trước.`,
          { details: named },
        );
      }
      const deactivatedAt = this.clock.now().toISOString();
      await manager.update(UnitEntity, { id: unit.id }, { deactivatedAt });
      return unitDto({ ...unit, deactivatedAt });
    });
  }

  async reactivate(user: AuthUser, unitId: string): Promise<AdminUnitDto> {
    requireAdmin(user);
    return this.unitOfWork.run(async (manager) => {
      const unit = await this.unitOfWard(manager, user, unitId);
      await manager.update(UnitEntity, { id: unit.id }, { deactivatedAt: null });
      return unitDto({ ...unit, deactivatedAt: null });
    });
  }

  private async insertUnit(manager: EntityManager, unit: UnitEntity): Promise<void> {
    await this.refuseTakenCode(manager, unit.wardId, unit.code);
    await manager.insert(UnitEntity, unit);
  }

  private async unitOfWard(manager: EntityManager, user: AuthUser, unitId: string): Promise<UnitEntity> {
    const unit = await manager.findOneBy(UnitEntity, { id: unitId, wardId: user.wardId });
    if (!unit) throw notFound('đơn vị');
    return unit;
  }

  private async refuseTakenCode(manager: EntityManager, wardId: string, code: string): Promise<void> {
    if (await manager.existsBy(UnitEntity, { wardId, code })) throw takenCode(code);
  }

  /** In one transaction; two admins taking the same code at once: the loser is told, as if it were taken. */
  private async writing<T>(code: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.unitOfWork.run(work);
    } catch (error) {
      if (isUniqueViolation(error)) throw takenCode(code);
      throw error;
    }
  }
}

function takenCode(code: string): AppError {
  return new AppError('VALIDATION_FAILED', `Mã đơn vị ${code} đã có trong phường; hãy chọn mã khác`);
}

function refuseBlankName(name: string): void {
  if (name === '') throw new AppError('VALIDATION_FAILED', 'Tên đơn vị không được để trống');
}

function shortened(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

export function unitDto(unit: UnitEntity): AdminUnitDto {
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    aliases: unit.aliases,
    active: unit.deactivatedAt === null,
  };
}
