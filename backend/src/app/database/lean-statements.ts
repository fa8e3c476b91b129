import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, QueryResult } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface InsertOptions<T> {
  returning?: keyof T & string;
  ignoreConflicts?: boolean;
  /** Where its placeholders start (0-based), when it is a part of a larger statement. */
  firstParameter?: number;
}

/** Rows for one table, to be sent with others by `insertTogether`. */
export interface InsertPart<T extends ObjectLiteral = ObjectLiteral> {
  target: EntityTarget<T>;
  rows: readonly T[];
  ignoreConflicts?: boolean;
}

/** A statement's text and the columns whose values it binds, in order. */
interface Statement {
  sql: string;
  bound: readonly ColumnMetadata[];
}

/**
 * Plain INSERT and UPDATE statements for a transaction's hot writes (a move writes five rows),
 * built once per data source, entity and column set from the entity metadata and then only bound.
 * The query builder spent more CPU composing each statement than SQLite spent running it, and the
 * values it inlines (versions, ids) made every statement new to the driver's prepared-statement
 * cache. Values pass through the driver's own conversion, as the query builder's would.
 */
export class LeanStatements {
  private readonly built = new WeakMap<DataSource, Map<string, Statement>>();

  /**
   * INSERTs rows in one statement: the columns the first row sets (a column left undefined takes its
   * default). `returning` names a generated column to read back from a single row (the event log's
   * id); `ignoreConflicts` leaves a row whose unique key is taken as it is.
   */
  async insert<T extends ObjectLiteral>(
    manager: EntityManager,
    target: EntityTarget<T>,
    rows: T | readonly T[],
    options: InsertOptions<T> = {},
  ): Promise<unknown> {
    const list: readonly T[] = Array.isArray(rows) ? rows : [rows as T];
    if (list.length === 0) return undefined;
    const { sql, parameters } = this.insertStatement(manager, target, list, options);
    const result = await runStructured(manager, sql, parameters);
    return options.returning ? (result.records[0] as { returned: unknown } | undefined)?.returned : undefined;
  }

  /**
   * The INSERT of `insert` with its bound values, unrun: for a caller that joins it with another
   * statement in one round trip; its placeholders come first, the caller's follow.
   */
  insertStatement<T extends ObjectLiteral>(
    manager: EntityManager,
    target: EntityTarget<T>,
    rows: readonly T[],
    options: InsertOptions<T> = {},
  ): { sql: string; parameters: unknown[] } {
    if (options.returning && rows.length !== 1) throw new Error('only a single row reads back a column');
    const metadata = manager.connection.getMetadata(target);
    const columns = metadata.columns.filter((column) => column.getEntityValue(rows[0]) !== undefined);
    const first = options.firstParameter ?? 0;
    const key = `insert:${metadata.name}:${columnKey(columns)}:${rows.length}:${options.returning ?? ''}:${options.ignoreConflicts === true}:${first}`;
    const statement = this.statement(manager.connection, key, () => {
      const driver = manager.connection.driver;
      const q = (name: string) => driver.escape(name);
      const placeholder = (index: number) => driver.createParameter(`p${first + index}`, first + index);
      const tuple = (row: number) =>
        `(${columns.map((_, index) => placeholder(row * columns.length + index)).join(', ')})`;
      const returned = options.returning ? metadata.findColumnWithPropertyName(options.returning) : undefined;
      if (options.returning && !returned)
        throw new Error(`${metadata.name} has no column ${options.returning}`);
      const sql = [
        `INSERT INTO ${q(metadata.tableName)} (${columns.map((column) => q(column.databaseName)).join(', ')})`,
        `VALUES ${rows.map((_, row) => tuple(row)).join(', ')}`,
        options.ignoreConflicts ? 'ON CONFLICT DO NOTHING' : '',
        returned ? `RETURNING ${q(returned.databaseName)} AS ${q('returned')}` : '',
      ].join(' ');
      return { sql, bound: columns };
    });
    return { sql: statement.sql, parameters: rows.flatMap((row) => this.values(manager, statement, row)) };
  }

  /**
   * Several INSERTs sent together. On PostgreSQL they go as one statement, each INSERT a part of its
   * WITH, so a transaction that holds a lock (a ward's chain head) spends one round trip on them; on
   * SQLite, which has no round trips to save, one after another.
   */
  async insertTogether(manager: EntityManager, parts: readonly InsertPart[]): Promise<void> {
    const filled = parts.filter((part) => part.rows.length > 0);
    if (manager.connection.options.type !== 'postgres' || filled.length < 2) {
      for (const part of filled)
        await this.insert(manager, part.target, part.rows, { ignoreConflicts: part.ignoreConflicts });
      return;
    }
    const statements: string[] = [];
    const parameters: unknown[] = [];
    for (const part of filled) {
      const insert = this.insertStatement(manager, part.target, part.rows, {
        ignoreConflicts: part.ignoreConflicts,
        firstParameter: parameters.length,
      });
      statements.push(`part${statements.length} AS (${insert.sql})`);
      parameters.push(...insert.parameters);
    }
    // PostgreSQL runs every data-modifying part of a WITH to completion, read or not.
    await runStructured(manager, `WITH ${statements.join(', ')} SELECT 1`, parameters);
  }

  /**
   * UPDATEs the row that matches `where` (every key equal) with `values`; answers how many rows
   * changed, so a guarded write (WHERE version = …) can tell that it lost a race.
   */
  async update<T extends ObjectLiteral>(
    manager: EntityManager,
    target: EntityTarget<T>,
    values: Partial<T>,
    where: Partial<T>,
  ): Promise<number> {
    const { sql, parameters } = this.updateStatement(manager, target, values, where);
    return (await runStructured(manager, sql, parameters)).affected ?? 0;
  }

  /**
   * The UPDATE of `update` with its bound values, unrun: for a caller that joins it with another
   * statement in one round trip; its placeholders start at `firstParameter`.
   */
  updateStatement<T extends ObjectLiteral>(
    manager: EntityManager,
    target: EntityTarget<T>,
    values: Partial<T>,
    where: Partial<T>,
    firstParameter = 0,
  ): { sql: string; parameters: unknown[] } {
    const metadata = manager.connection.getMetadata(target);
    const columnsOf = (object: Partial<T>) =>
      metadata.columns.filter((column) => column.getEntityValue(object) !== undefined);
    const set = columnsOf(values);
    const match = columnsOf(where);
    const key = `update:${metadata.name}:${columnKey(set)}:${columnKey(match)}:${firstParameter}`;
    const statement = this.statement(manager.connection, key, () => {
      const driver = manager.connection.driver;
      const q = (name: string) => driver.escape(name);
      const assign = (column: ColumnMetadata, index: number) =>
        `${q(column.databaseName)} = ${driver.createParameter(`p${firstParameter + index}`, firstParameter + index)}`;
      const sql = `UPDATE ${q(metadata.tableName)} SET ${set.map(assign).join(', ')} WHERE ${match
        .map((column, index) => assign(column, set.length + index))
        .join(' AND ')}`;
      return { sql, bound: [...set, ...match] };
    });
    const parameters = [
      ...this.values(manager, { ...statement, bound: set }, values),
      ...this.values(manager, { ...statement, bound: match }, where),
    ];
    return { sql: statement.sql, parameters };
  }

  private values(manager: EntityManager, statement: Statement, row: ObjectLiteral): unknown[] {
    const driver = manager.connection.driver;
    return statement.bound.map((column) => driver.preparePersistentValue(column.getEntityValue(row), column));
  }

  private statement(dataSource: DataSource, key: string, build: () => Statement): Statement {
    let statements = this.built.get(dataSource);
    if (!statements) this.built.set(dataSource, (statements = new Map()));
    let statement = statements.get(key);
    if (!statement) statements.set(key, (statement = build()));
    return statement;
  }
}

/** The driver's whole answer (changed rows, returned records), which `manager.query` flattens per driver. */
export async function runStructured(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<QueryResult> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    return await runner.query(sql, parameters, true);
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}

function columnKey(columns: readonly ColumnMetadata[]): string {
  return columns.map((column) => column.databaseName).join(',');
}

/** One per process: the statements depend only on the data source and the entity metadata. */
export const leanStatements = new LeanStatements();
