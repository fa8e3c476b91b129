import type { DataSource } from 'typeorm';

/** A plain PostgreSQL role name: nothing to quote or escape. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class AppRoleError extends Error {}

/**
 * Grants the application's own PostgreSQL role what it needs to run, and not the power to rewrite
 * history: reading and writing every table, except that `task_event` can only be read and
 * appended to (no UPDATE, DELETE or TRUNCATE) and `migrations` only read. Run by the schema owner after each migration, since
 * new tables need their grants; the application then connects as the role and never migrates.
 * Returns the statements it ran.
 */
export async function grantAppRole(dataSource: DataSource, role: string): Promise<string[]> {
  if (dataSource.options.type !== 'postgres') {
    throw new AppRoleError(
      'grant-app-role is for PostgreSQL: set DATABASE_URL to the database, as its owner',
    );
  }
  if (!ROLE_NAME.test(role)) {
    throw new AppRoleError(`"${role}" is not a plain role name (lower-case letters, digits, underscores)`);
  }
  const exists = (await dataSource.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role])) as unknown[];
  if (exists.length === 0)
    throw new AppRoleError(`role ${role} does not exist: CREATE ROLE ${role} LOGIN PASSWORD '…' first`);
  const [{ schema }] = (await dataSource.query('SELECT current_schema() AS schema')) as { schema: string }[];
  const statements = [
    `GRANT USAGE ON SCHEMA "${schema}" TO ${role}`,
    `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "${schema}" TO ${role}`,
    `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "${schema}" TO ${role}`,
    `REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON "${schema}".task_event FROM ${role}`,
    // Migrations are the owner's: the application only checks that none is pending.
    `REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "${schema}".migrations FROM ${role}`,
  ];
  await dataSource.transaction(async (manager) => {
    for (const statement of statements) await manager.query(statement);
  });
  return statements;
}
