import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { col } from './column-kit';

/*
 * New columns of existing tables are nullable without a default: null says "active", "not told",
 * "the user's own password"; no entity then has a defaulted column for TypeORM to reload.
 */
const USER_COLUMNS = [
  new TableColumn(col.string('email', 200, true)),
  new TableColumn(col.string('deactivated_at', 32, true)),
  new TableColumn(col.string('one_time_password_at', 32, true)),
];

const UNIT_COLUMNS = [
  new TableColumn(col.string('kind', 32, true)),
  new TableColumn(col.string('deactivated_at', 32, true)),
];

/**
 * A ward administers itself: people get an e-mail, can be deactivated and made to change a
 * one-time password; units get a kind and can be deactivated (never deleted once tasks point to
 * them); the groups that name several units at once ("Các phòng, đơn vị chuyên môn") move from
 * the shipped seed data into the database; each ward keeps its own settings.
 */
export class Administration1797600000000 implements MigrationInterface {
  name = 'Administration1797600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('app_user', USER_COLUMNS);
    await queryRunner.addColumns('unit', UNIT_COLUMNS);
    await queryRunner.createTable(
      new Table({
        name: 'unit_group',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.string('name', 300),
          col.text('aliases'),
          col.text('members'),
          col.instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['ward_id', 'name'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'ward_settings',
        columns: [
          { ...col.ref('ward_id'), isPrimary: true },
          col.ref('reviewer_unit_id', true),
          col.ref('approver_unit_id', true),
          col.bool('before_date_inclusive', false),
          col.int('due_soon_working_days'),
          col.int('digest_hour'),
          col.instant('updated_at'),
          col.ref('updated_by', true),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('ward_settings');
    await queryRunner.dropTable('unit_group');
    for (const column of UNIT_COLUMNS) await queryRunner.dropColumn('unit', column.name);
    for (const column of USER_COLUMNS) await queryRunner.dropColumn('app_user', column.name);
  }
}
