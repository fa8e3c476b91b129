import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/** Deliverable files of tasks (drafts and frozen versions) and the versions each submission made. */
export class Deliverables1796300000000 implements MigrationInterface {
  name = 'Deliverables1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'deliverable_version',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('task_id'),
          col.int('number'),
          col.int('task_version'),
          col.ref('submitted_by_id', true),
          col.string('submitted_by_name', 200),
          col.instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['task_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['task_id', 'number'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'deliverable_file',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('task_id'),
          col.ref('version_id', true),
          col.string('sha256', 64),
          col.int('size'),
          col.string('media_type', 100),
          col.string('name', 255),
          col.ref('uploaded_by_id', true),
          col.string('uploaded_by_name', 200),
          col.instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['task_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
          {
            columnNames: ['version_id'],
            referencedTableName: 'deliverable_version',
            referencedColumnNames: ['id'],
          },
        ],
        indices: [{ columnNames: ['task_id', 'version_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('deliverable_file');
    await queryRunner.dropTable('deliverable_version');
  }
}
