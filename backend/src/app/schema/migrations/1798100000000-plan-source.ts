import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { col } from './column-kit';

const SOURCE_SHA256 = new TableColumn(col.string('source_sha256', 64, true));

/**
 * A plan imported from a document remembers which file it came from: the SHA-256 of the uploaded
 * bytes, kept by the import's store under that hash. Null for plans typed in or imported as text.
 */
export class PlanSource1798100000000 implements MigrationInterface {
  name = 'PlanSource1798100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('plan', SOURCE_SHA256);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('plan', SOURCE_SHA256.name);
  }
}
