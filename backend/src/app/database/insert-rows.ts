import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Plain INSERTs of whole entities (no select-back as `save` does), in slices that stay under
 * SQLite's limit on bound parameters per statement. JSON columns typed as records defeat TypeORM's
 * partial-entity type, hence the one cast here.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T | T[],
  sliceSize = 100,
): Promise<void> {
  const list = Array.isArray(rows) ? rows : [rows];
  for (let start = 0; start < list.length; start += sliceSize) {
    await manager.insert(target, list.slice(start, start + sliceSize) as QueryDeepPartialEntity<T>[]);
  }
}

export function asUpdate<T>(values: Partial<T>): QueryDeepPartialEntity<T> {
  return values as QueryDeepPartialEntity<T>;
}
