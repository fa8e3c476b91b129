import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from './column-kit';

const SECTIONS = new TableColumn(col.text('sections', true));

/**
 * A revision also renames and adds the plan's sections, which are the plan's own facts and have no
 * event of a task to say so: its row in the plan's sources keeps them (JSON: the sections added,
 * and each renamed one with its title before and after). Null for imports and older revisions.
 */
export class PlanSourceSections1798500000000 implements MigrationInterface {
  name = 'PlanSourceSections1798500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('plan_source', SECTIONS);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('plan_source', SECTIONS.name);
  }
}
