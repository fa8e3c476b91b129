import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/** Stand-ins (ủy quyền): who may act for whom, between which Vietnam dates. */
export class Delegations1796500000000 implements MigrationInterface {
  name = 'Delegations1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'delegation',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('from_user_id'),
          col.ref('to_user_id'),
          col.date('starts_on', false),
          col.date('ends_on', false),
          col.ref('created_by'),
          col.instant('created_at'),
          { ...col.instant('revoked_at'), isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
          { columnNames: ['from_user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'] },
          { columnNames: ['to_user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['to_user_id', 'from_user_id'] }, { columnNames: ['from_user_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('delegation');
  }
}
