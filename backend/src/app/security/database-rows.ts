import type { DataSource } from 'typeorm';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

/** Every row of every entity table, or only one ward's rows, as text per table: equal snapshots mean nothing was written. */
export type RowSnapshot = Record<string, string[]>;

/** All rows of every table the entities map. */
export function allRows(dataSource: DataSource): Promise<RowSnapshot> {
  return snapshot(dataSource, () => ({ where: '1 = 1' }));
}

/**
 * The rows of one ward: the ward itself and every row carrying its ward id. Tables without a ward
 * column are left out (compare them with allRows when the walk must write nothing at all).
 */
export function wardRows(dataSource: DataSource, wardId: string): Promise<RowSnapshot> {
  return snapshot(dataSource, (metadata) => {
    if (metadata.tableName === 'ward') return { where: 'id = :wardId', wardId };
    const column = metadata.columns.find((entry) => entry.propertyName === 'wardId');
    return column ? { where: `${column.databaseName} = :wardId`, wardId } : null;
  });
}

/**
 * Delivery bookkeeping that the outbox updates on its own after a commit (a change made before the
 * snapshot may be marked published during the walk): not data a request wrote.
 */
const DELIVERY_COLUMNS: Record<string, readonly string[]> = {
  outbox: ['claimed_until', 'claim_token', 'published_at'],
};

async function snapshot(
  dataSource: DataSource,
  filter: (metadata: EntityMetadata) => { where: string; wardId?: string } | null,
): Promise<RowSnapshot> {
  const result: RowSnapshot = {};
  for (const metadata of [...dataSource.entityMetadatas].sort((a, b) =>
    a.tableName.localeCompare(b.tableName),
  )) {
    const condition = filter(metadata);
    if (!condition) continue;
    const order = metadata.primaryColumns.map((column) => column.databaseName);
    const query = dataSource
      .createQueryBuilder()
      .select('*')
      .from(metadata.tableName, 'row')
      .where(condition.where, { wardId: condition.wardId });
    for (const column of order) query.addOrderBy(column);
    const rows: Record<string, unknown>[] = await query.getRawMany();
    const delivery = DELIVERY_COLUMNS[metadata.tableName] ?? [];
    result[metadata.tableName] = rows.map((row) =>
      JSON.stringify(Object.fromEntries(Object.entries(row).filter(([key]) => !delivery.includes(key)))),
    );
  }
  return result;
}
