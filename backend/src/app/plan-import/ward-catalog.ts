import type { UnitGroupSeed, UnitSeed } from '@dondoc/seed-data';
import type { EntityManager } from 'typeorm';
import { UnitGroupEntity } from '../org/entities/unit-group.entity';
import { UnitEntity } from '../org/entities/unit.entity';
import type { NameChoice } from './dto/import-bodies';

/**
 * What the parser resolves names against: the ward's units with their aliases and its groups.
 * A group without members is a body outside the ward (kept as text, never a unit): the name
 * resolves, so it is not asked about again, and no unit is linked to the task.
 */
export interface WardCatalog {
  units: UnitEntity[];
  unitSeeds: UnitSeed[];
  groupSeeds: UnitGroupSeed[];
}

export async function loadWardCatalog(manager: EntityManager, wardId: string): Promise<WardCatalog> {
  const units = await manager.find(UnitEntity, { where: { wardId }, order: { code: 'ASC' } });
  const groups = await manager.find(UnitGroupEntity, { where: { wardId }, order: { name: 'ASC' } });
  const codeOf = new Map(units.map((unit) => [unit.id, unit.code]));
  return {
    units,
    unitSeeds: units.map((unit) => ({ code: unit.code, name: unit.name, aliases: [...unit.aliases] })),
    groupSeeds: groups.map((group) => ({
      name: group.name,
      aliases: [...group.aliases],
      members: group.members === 'all' ? 'all' : group.members.flatMap((id) => codeOf.get(id) ?? []),
    })),
  };
}

/**
 * The catalog as it will be once the person's choices are applied: a name chosen as a unit
 * becomes one of its aliases, a name chosen as a group or an outside body becomes a group.
 * Choices naming a unit the ward does not have are returned to be refused.
 */
export function withChoices(
  catalog: WardCatalog,
  choices: readonly NameChoice[],
): { catalog: WardCatalog; unknownCodes: string[] } {
  const unitSeeds = catalog.unitSeeds.map((unit) => ({ ...unit, aliases: [...unit.aliases] }));
  const groupSeeds = [...catalog.groupSeeds];
  const known = new Set(unitSeeds.map((unit) => unit.code));
  const unknownCodes: string[] = [];
  for (const { name, choice } of choices) {
    if (choice.kind === 'unit') {
      const unit = unitSeeds.find((candidate) => candidate.code === choice.unitCode);
      if (unit) unit.aliases.push(name);
      else unknownCodes.push(choice.unitCode);
    } else {
      const members = choice.kind === 'outside' ? [] : choice.members;
      if (members !== 'all') unknownCodes.push(...members.filter((code) => !known.has(code)));
      groupSeeds.push({ name, aliases: [], members });
    }
  }
  return { catalog: { ...catalog, unitSeeds, groupSeeds }, unknownCodes: [...new Set(unknownCodes)] };
}
