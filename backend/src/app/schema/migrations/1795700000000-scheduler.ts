import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/** The scheduler's tables: job leases and runs, period cards of report series, due-soon/overdue marks. */
export class Scheduler1795700000000 implements MigrationInterface {
  name = 'Scheduler1795700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'job_lease',
        columns: [
          { ...col.string('name', 64), isPrimary: true },
          col.string('holder', 128),
          col.instant('lease_until'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'job_run',
        columns: [
          col.id(),
          col.string('name', 64),
          col.instant('started_at'),
          { ...col.instant('finished_at'), isNullable: true },
          col.string('outcome', 16),
          col.text('detail', true),
        ],
        indices: [{ columnNames: ['name', 'started_at'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'period_card',
        columns: [
          { ...col.ref('series_id'), isPrimary: true },
          { ...col.string('period_key', 16), isPrimary: true },
          col.ref('task_id'),
          col.instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['series_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
          { columnNames: ['task_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'task_alert',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('task_id'),
          col.string('kind', 16),
          col.date('due', false),
          col.instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['task_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
        ],
        indices: [
          { columnNames: ['task_id', 'kind', 'due'], isUnique: true },
          { columnNames: ['ward_id', 'created_at'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['task_alert', 'period_card', 'job_run', 'job_lease']) {
      await queryRunner.dropTable(table);
    }
  }
}
