import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/** Wards a user may watch besides their own (city-level leadership). */
export class WardGrants1796250000000 implements MigrationInterface {
  name = 'WardGrants1796250000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'ward_grant',
        columns: [
          { ...col.ref('user_id'), isPrimary: true },
          { ...col.ref('ward_id'), isPrimary: true },
          col.instant('created_at'),
        ],
        foreignKeys: [
          {
            columnNames: ['user_id'],
            referencedTableName: 'app_user',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['ward_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ward_grant');
  }
}
