import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from './column-kit';

const ALTERNATE_REVIEWER = new TableColumn(col.ref('alternate_reviewer_unit_id', true));

/**
 * Four eyes: a unit does not review the tasks it leads. When the lead unit is the plan's reviewer
 * unit, review falls to this unit; null keeps the default, the plan's approver unit.
 */
export class AlternateReviewer1797100000000 implements MigrationInterface {
  name = 'AlternateReviewer1797100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('plan', ALTERNATE_REVIEWER);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('plan', ALTERNATE_REVIEWER.name);
  }
}
