import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/**
 * The documents a plan was read from, in order: its import and each revision applied to it, so
 * amending a plan keeps the file of every version (the plan's `source_sha256` is the latest).
 */
export class PlanSources1798300000000 implements MigrationInterface {
  name = 'PlanSources1798300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'plan_source',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('plan_id'),
          col.string('sha256', 64, true),
          col.string('kind', 16),
          col.int('added'),
          col.int('changed'),
          col.int('removed'),
          col.ref('actor_id', true),
          col.instant('at'),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
          {
            columnNames: ['plan_id'],
            referencedTableName: 'plan',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ columnNames: ['plan_id', 'at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('plan_source');
  }
}
