import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/** Each ward's working calendar: one row per ward and year (JSON), and the ward's holiday rules. */
export class CalendarYears1797000000000 implements MigrationInterface {
  name = 'CalendarYears1797000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'calendar_year',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.int('year'),
          col.text('data'),
          col.instant('updated_at'),
          col.ref('updated_by', true),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['ward_id', 'year'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'calendar_rules',
        columns: [
          { ...col.ref('ward_id'), isPrimary: true },
          col.text('rules'),
          col.instant('updated_at'),
          col.ref('updated_by', true),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('calendar_rules');
    await queryRunner.dropTable('calendar_year');
  }
}
