import type { DataSourceOptions } from 'typeorm';
import type { Env } from '../config/env';
import { databaseOptions } from '../database/data-source-options';
import { SCHEMA_ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The whole schema on the configured database, for a data source opened outside the Nest app. */
export function dataSourceOptions(
  env: Pick<Env, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'>,
): DataSourceOptions {
  return databaseOptions(env, { entities: SCHEMA_ENTITIES, migrations: MIGRATIONS });
}
