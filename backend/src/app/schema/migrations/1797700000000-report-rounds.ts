import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/** Report rounds (đợt báo cáo): the round's snapshot, each lead unit's part, and the round's history. */
export class ReportRounds1797700000000 implements MigrationInterface {
  name = 'ReportRounds1797700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'report_round',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('plan_id'),
          col.string('period_key', 16),
          col.string('period_basis', 16),
          col.instant('cut_off'),
          col.string('send_by', 10),
          col.string('state', 16),
          col.text('seed'),
          col.text('context'),
          col.int('version'),
          col.ref('opened_by'),
          col.instant('created_at'),
          col.instant('updated_at'),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
          { columnNames: ['plan_id'], referencedTableName: 'plan', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['ward_id', 'plan_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_part',
        columns: [
          { ...col.ref('round_id'), isPrimary: true },
          { ...col.ref('unit_id'), isPrimary: true },
          col.ref('ward_id'),
          col.string('state', 16),
          col.text('results'),
          col.text('return_reason', true),
          { ...col.instant('submitted_at'), isNullable: true },
          col.instant('updated_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['round_id'],
            referencedTableName: 'report_round',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ columnNames: ['ward_id', 'unit_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'report_round_event',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          col.ref('round_id'),
          col.ref('ward_id'),
          col.string('event', 32),
          col.ref('unit_id', true),
          col.ref('actor_id'),
          col.string('actor_name', 200),
          col.ref('actor_unit_id', true),
          col.text('actor_roles'),
          col.string('from_state', 16),
          col.string('to_state', 16),
          col.text('payload', true),
          col.instant('at'),
        ],
        foreignKeys: [
          {
            columnNames: ['round_id'],
            referencedTableName: 'report_round',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [{ columnNames: ['round_id', 'id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('report_round_event');
    await queryRunner.dropTable('report_part');
    await queryRunner.dropTable('report_round');
  }
}
