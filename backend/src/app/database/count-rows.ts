import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * COUNT(*) of a query's rows. TypeORM's count(), countBy() and getCount() count DISTINCT primary
 * keys, which makes SQLite sort every matching id: 57 ms instead of 4 ms for the tasks of a ward of
 * 100,000, on every leadership read.
 */
export async function countRows<T extends ObjectLiteral>(query: SelectQueryBuilder<T>): Promise<number> {
  const row = await query.select('COUNT(*)', 'count').getRawOne<{ count: number | string }>();
  return Number(row?.count ?? 0);
}
