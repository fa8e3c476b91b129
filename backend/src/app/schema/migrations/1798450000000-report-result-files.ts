import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/**
 * The files a lead unit attaches to its results in a report round: one row per file, on one
 * part (round and unit) and one of its task lines; the bytes are in the deliverables' blob store.
 */
export class ReportResultFiles1798450000000 implements MigrationInterface {
  name = 'ReportResultFiles1798450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'report_result_file',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('round_id'),
          col.ref('unit_id'),
          col.ref('task_id'),
          col.string('sha256', 64),
          col.int('size'),
          col.string('media_type', 100),
          col.string('name', 255),
          col.ref('uploaded_by_id', true),
          col.string('uploaded_by_name', 200),
          col.instant('uploaded_at'),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
          {
            columnNames: ['round_id'],
            referencedTableName: 'report_round',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          { columnNames: ['task_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['round_id', 'unit_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('report_result_file');
  }
}
