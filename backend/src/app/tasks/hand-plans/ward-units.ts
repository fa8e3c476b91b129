import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AppError } from '../../common/app-error';
import { UnitEntity } from '../../org/entities/unit.entity';

/**
 * The active units of the caller's ward that a plan or task names, in the order asked; a unit of
 * another ward or unknown is refused like a deactivated one, naming which.
 */
export async function activeUnits(
  manager: EntityManager,
  wardId: string,
  unitIds: readonly string[],
): Promise<UnitEntity[]> {
  const wanted = [...new Set(unitIds)];
  if (wanted.length === 0) return [];
  const found = await manager.findBy(UnitEntity, { wardId, id: In(wanted) });
  const byId = new Map(found.map((unit) => [unit.id, unit]));
  const unknown = wanted.filter((id) => !byId.has(id));
  if (unknown.length > 0)
    throw new AppError('VALIDATION_FAILED', 'Đơn vị không thuộc phường của bạn', { details: unknown });
  const inactive = found.filter((unit) => unit.deactivatedAt !== null);
  if (inactive.length > 0)
    throw new AppError(
      'VALIDATION_FAILED',
      `Đơn vị đã ngừng hoạt động: ${inactive.map((unit) => unit.name).join(', ')}`,
      { details: inactive.map((unit) => unit.code) },
    );
  return wanted.map((id) => byId.get(id) as UnitEntity);
}
