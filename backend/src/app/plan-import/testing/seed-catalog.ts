import { DEMO_WARDS } from '@dondoc/seed-data';
import type { DataSource } from 'typeorm';
import { newId } from '../../common/ids';
import { UnitGroupEntity } from '../../org/entities/unit-group.entity';
import { UnitEntity } from '../../org/entities/unit.entity';

/**
 * Gives a test ward the catalog of a demo ward (units with their names and aliases, its groups),
 * so plans written for that ward resolve as they do in the demo.
 */
export async function teachSeedCatalog(
  dataSource: DataSource,
  wardId: string,
  seedWardCode: string,
): Promise<void> {
  const seed = DEMO_WARDS.find((ward) => ward.code === seedWardCode);
  if (!seed) throw new Error(`no demo ward ${seedWardCode}`);
  const now = new Date().toISOString();
  await dataSource.transaction(async (manager) => {
    const existing = await manager.find(UnitEntity, { where: { wardId } });
    for (const unit of seed.units) {
      const known = existing.find((candidate) => candidate.code === unit.code);
      if (known)
        await manager.update(UnitEntity, { id: known.id }, { name: unit.name, aliases: unit.aliases });
      else
        await manager.insert(UnitEntity, {
          id: newId(),
          wardId,
          code: unit.code,
          name: unit.name,
          aliases: unit.aliases,
          createdAt: now,
        });
    }
    const units = await manager.find(UnitEntity, { where: { wardId } });
    for (const group of seed.groups) {
      const members =
        group.members === 'all'
          ? 'all'
          : units.filter((unit) => (group.members as string[]).includes(unit.code)).map((unit) => unit.id);
      await manager.insert(UnitGroupEntity, {
        id: newId(),
        wardId,
        name: group.name,
        aliases: group.aliases,
        members,
        createdAt: now,
      });
    }
  });
}
