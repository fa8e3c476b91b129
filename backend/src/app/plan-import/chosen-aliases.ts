import type { EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { UnitGroupEntity } from '../org/entities/unit-group.entity';
import { UnitEntity } from '../org/entities/unit.entity';
import type { NameChoice } from './dto/import-bodies';

/** Compares names as a person reads them: case, spacing and Unicode form do not matter. */
function sameName(left: string, right: string): boolean {
  const fold = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');
  return fold(left) === fold(right);
}

/**
 * Remembers the names the person chose to keep: a unit gets the name as an alias; a group of the
 * same members gets it as an alias, or a group of that name is made; an outside body is a group
 * without members. Runs in the import's transaction. Returns the names saved.
 */
export async function saveChosenAliases(
  manager: EntityManager,
  wardId: string,
  choices: readonly NameChoice[],
  now: string,
): Promise<string[]> {
  const saved: string[] = [];
  for (const { name, choice, saveAsAlias } of choices) {
    if (!saveAsAlias) continue;
    if (choice.kind === 'unit') {
      const unit = await manager.findOneOrFail(UnitEntity, { where: { wardId, code: choice.unitCode } });
      if (![unit.name, ...unit.aliases].some((known) => sameName(known, name)))
        await manager.update(UnitEntity, { id: unit.id }, { aliases: [...unit.aliases, name] });
      saved.push(name);
      continue;
    }
    const members = choice.kind === 'outside' ? [] : await memberIds(manager, wardId, choice.members);
    const groups = await manager.find(UnitGroupEntity, { where: { wardId } });
    if (groups.some((group) => [group.name, ...group.aliases].some((known) => sameName(known, name)))) {
      saved.push(name);
      continue;
    }
    // Outside bodies are each their own group: an alias would make two bodies one.
    const isOutside = members !== 'all' && members.length === 0;
    const sameMembers = isOutside ? undefined : groups.find((group) => sameMemberSet(group.members, members));
    if (sameMembers) {
      await manager.update(
        UnitGroupEntity,
        { id: sameMembers.id },
        { aliases: [...sameMembers.aliases, name] },
      );
      saved.push(name);
      continue;
    }
    await manager.insert(UnitGroupEntity, {
      id: newId(),
      wardId,
      name,
      aliases: [],
      members,
      createdAt: now,
    });
    saved.push(name);
  }
  return saved;
}

async function memberIds(
  manager: EntityManager,
  wardId: string,
  codes: 'all' | string[],
): Promise<'all' | string[]> {
  if (codes === 'all') return 'all';
  const units = await manager.find(UnitEntity, { where: { wardId } });
  return units.filter((unit) => codes.includes(unit.code)).map((unit) => unit.id);
}

function sameMemberSet(left: 'all' | string[], right: 'all' | string[]): boolean {
  if (left === 'all' || right === 'all') return left === right;
  return left.length === right.length && left.every((id) => right.includes(id));
}
