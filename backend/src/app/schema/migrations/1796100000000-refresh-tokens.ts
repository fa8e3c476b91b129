import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/**
 * Refresh tokens, stored only as their SHA-256. Every rotation adds a row to the same family and
 * marks the old one revoked and replaced; a revoked token shown again revokes its whole family.
 */
export class RefreshTokens1796100000000 implements MigrationInterface {
  name = 'RefreshTokens1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'refresh_token',
        columns: [
          col.id(),
          col.ref('user_id'),
          col.ref('family_id'),
          { ...col.string('token_hash', 64), isUnique: true },
          col.instant('created_at'),
          col.instant('expires_at'),
          { ...col.instant('revoked_at'), isNullable: true },
          col.ref('replaced_by', true),
        ],
        foreignKeys: [
          { columnNames: ['user_id'], referencedTableName: 'app_user', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['family_id'] }, { columnNames: ['user_id', 'expires_at'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('refresh_token');
  }
}
