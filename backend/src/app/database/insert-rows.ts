import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Plain INSERTs of whole entities (no select-back as `save` does), in slices that stay under
 * SQLite's limit on bound parameters per statement.
 *
 * TypeORM reloads defaulted columns after a multi-row INSERT and merges them back into the objects
 * by position; on SQLite the reloaded rows come back in another order and the objects end up with
 * other rows' ids and values. So the objects are left alone, unless `generated` asks for a single
 * row's generated id back (the event log's autoincrement id).
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: T | T[],
  options: { generated?: boolean; sliceSize?: number } = {},
): Promise<void> {
  const list = Array.isArray(rows) ? rows : [rows];
  if (options.generated && list.length !== 1)
    throw new Error('insertRows can return generated values for one row only');
  const sliceSize = options.sliceSize ?? 100;
  for (let start = 0; start < list.length; start += sliceSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(list.slice(start, start + sliceSize) as QueryDeepPartialEntity<T>[])
      .updateEntity(options.generated === true)
      .execute();
  }
}

export function asUpdate<T>(values: Partial<T>): QueryDeepPartialEntity<T> {
  return values as QueryDeepPartialEntity<T>;
}
