import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { col } from './column-kit';

/**
 * Notifications (one per recipient and source: an event or an alert), the units' daily digests,
 * and task_alert kinds long enough for the escalation levels.
 */
export class Notifications1796400000000 implements MigrationInterface {
  name = 'Notifications1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'notification',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('recipient_id'),
          col.string('kind', 32),
          col.string('source_key', 96),
          col.ref('task_id', true),
          col.ref('plan_id', true),
          { ...col.int('event_id'), isNullable: true },
          col.ref('alert_id', true),
          col.text('params'),
          col.text('title'),
          col.instant('created_at'),
          { ...col.instant('read_at'), isNullable: true },
        ],
        foreignKeys: [
          {
            columnNames: ['recipient_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
        indices: [
          { columnNames: ['recipient_id', 'source_key'], isUnique: true },
          { columnNames: ['recipient_id', 'created_at'] },
          { columnNames: ['recipient_id', 'read_at'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'daily_digest',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('unit_id'),
          col.date('digest_date', false),
          col.text('body'),
          col.int('item_count'),
          col.instant('created_at'),
          { ...col.instant('mailed_at'), isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['unit_id'], referencedTableName: 'unit', referencedColumnNames: ['id'] },
        ],
        indices: [
          { columnNames: ['unit_id', 'digest_date'], isUnique: true },
          { columnNames: ['ward_id', 'digest_date'] },
        ],
      }),
    );
    await queryRunner.changeColumn('task_alert', 'kind', new TableColumn(col.string('kind', 32)));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DELETE FROM task_alert WHERE kind IN ('escalated_unit_head', 'escalated_leadership')`,
    );
    await queryRunner.changeColumn('task_alert', 'kind', new TableColumn(col.string('kind', 16)));
    await queryRunner.dropTable('daily_digest');
    await queryRunner.dropTable('notification');
  }
}
