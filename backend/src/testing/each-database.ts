import type { DatabaseKind } from '../app/database/data-source-options';
import { testDatabases } from './test-databases';

/** Declares the same suite once per database of this run (SQLite and PostgreSQL by default). */
export function describeEachDatabase(title: string, suite: (kind: DatabaseKind) => void): void {
  for (const kind of testDatabases()) describe(`${title} [${kind}]`, () => suite(kind));
}
