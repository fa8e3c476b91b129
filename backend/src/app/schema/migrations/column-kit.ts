import type { TableColumnOptions } from 'typeorm';

/**
 * Column builders for migrations that must run unchanged on SQLite and PostgreSQL: only types
 * both engines understand, instants as ISO-8601 strings (sortable, zone-free).
 */
export const col = {
  id: (name = 'id'): TableColumnOptions => ({ name, type: 'varchar', length: '36', isPrimary: true }),
  ref: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: '36',
    isNullable: nullable,
  }),
  text: (name: string, nullable = false): TableColumnOptions => ({
    name,
    type: 'text',
    isNullable: nullable,
  }),
  string: (name: string, length: number, nullable = false): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: String(length),
    isNullable: nullable,
  }),
  int: (name: string): TableColumnOptions => ({ name, type: 'integer' }),
  bool: (name: string, defaultValue: boolean): TableColumnOptions => ({
    name,
    type: 'boolean',
    default: defaultValue ? 'true' : 'false',
  }),
  date: (name: string, nullable = true): TableColumnOptions => ({
    name,
    type: 'varchar',
    length: '10',
    isNullable: nullable,
  }),
  instant: (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '32' }),
};
