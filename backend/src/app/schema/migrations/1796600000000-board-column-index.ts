import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

const BOARD_COLUMN_ORDER = new TableIndex({
  name: 'IDX_task_plan_column_position',
  columnNames: ['plan_id', 'board_column', 'position'],
});

/**
 * A board's first view reads the first cards of each column in plan order and every column's
 * count. With only (plan_id, position) each column walked the whole plan to find its cards: a
 * column holding a few of a plan's 10,000 tasks cost a full scan. This index answers both reads
 * from their first matching rows.
 */
export class BoardColumnIndex1796600000000 implements MigrationInterface {
  name = 'BoardColumnIndex1796600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('task', BOARD_COLUMN_ORDER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('task', BOARD_COLUMN_ORDER.name as string);
  }
}
