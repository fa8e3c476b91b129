import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { col } from './column-kit';

export class InitialSchema1795632550266 implements MigrationInterface {
  name = 'InitialSchema1795632550266';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'ward',
        columns: [
          col.id(),
          { ...col.string('code', 32), isUnique: true },
          col.string('name', 200),
          col.string('province', 200),
          col.instant('created_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.string('code', 32),
          col.string('name', 300),
          col.text('aliases'),
          col.instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['ward_id', 'code'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'app_user',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('unit_id', true),
          { ...col.string('username', 64), isUnique: true },
          col.string('full_name', 200),
          col.string('password_hash', 200),
          col.text('roles'),
          col.instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
          { columnNames: ['unit_id'], referencedTableName: 'unit', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['ward_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plan',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.string('symbol', 64),
          col.string('title', 500),
          col.date('issued_on'),
          col.string('issuer', 300),
          col.text('legal_basis'),
          col.int('year'),
          col.ref('reviewer_unit_id', true),
          col.ref('approver_unit_id', true),
          col.bool('before_date_inclusive', false),
          col.instant('created_at'),
        ],
        foreignKeys: [
          { columnNames: ['ward_id'], referencedTableName: 'ward', referencedColumnNames: ['id'] },
          { columnNames: ['reviewer_unit_id'], referencedTableName: 'unit', referencedColumnNames: ['id'] },
          { columnNames: ['approver_unit_id'], referencedTableName: 'unit', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['ward_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'plan_section',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('plan_id'),
          col.string('key', 16),
          col.string('title', 500),
          col.int('position'),
        ],
        foreignKeys: [
          { columnNames: ['plan_id'], referencedTableName: 'plan', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['plan_id', 'key'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'task',
        columns: [
          col.id(),
          col.ref('ward_id'),
          col.ref('plan_id'),
          col.ref('parent_id', true),
          col.string('section_key', 16, true),
          col.string('ref', 32),
          col.int('position'),
          col.string('level', 16),
          col.text('content'),
          col.ref('lead_unit_id', true),
          col.bool('needs_primary_lead', false),
          col.text('lead_text'),
          col.text('cooperator_text'),
          col.text('deliverable'),
          col.string('deliverable_kind', 64, true),
          col.text('deadline_text'),
          col.text('deadline', true),
          col.date('due'),
          col.text('budget_text'),
          col.string('type', 32),
          col.string('state', 64),
          col.string('board_column', 16),
          col.text('context'),
          col.text('workflow_seed', true),
          { ...col.instant('submitted_at'), isNullable: true },
          col.int('machine_version'),
          col.int('version'),
          col.instant('created_at'),
          col.instant('updated_at'),
        ],
        foreignKeys: [
          { columnNames: ['plan_id'], referencedTableName: 'plan', referencedColumnNames: ['id'] },
          { columnNames: ['parent_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
          { columnNames: ['lead_unit_id'], referencedTableName: 'unit', referencedColumnNames: ['id'] },
        ],
        indices: [
          { columnNames: ['plan_id', 'position'] },
          { columnNames: ['ward_id', 'board_column'] },
          { columnNames: ['parent_id'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'task_unit',
        columns: [
          { ...col.ref('task_id'), isPrimary: true },
          { ...col.ref('unit_id'), isPrimary: true },
          { ...col.string('role', 16), isPrimary: true },
          col.ref('ward_id'),
        ],
        foreignKeys: [
          { columnNames: ['task_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
          { columnNames: ['unit_id'], referencedTableName: 'unit', referencedColumnNames: ['id'] },
        ],
        indices: [{ columnNames: ['unit_id'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'task_event',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          col.ref('ward_id'),
          col.ref('plan_id'),
          col.ref('task_id'),
          col.ref('actor_id', true),
          col.string('actor_name', 200),
          col.ref('actor_unit_id', true),
          col.string('actor_role', 32, true),
          col.string('event', 48),
          col.string('from_state', 64),
          col.string('to_state', 64),
          col.int('version'),
          col.text('comment', true),
          col.text('payload', true),
          col.instant('at'),
        ],
        foreignKeys: [
          { columnNames: ['task_id'], referencedTableName: 'task', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createIndex('task_event', new TableIndex({ columnNames: ['plan_id', 'id'] }));
    await queryRunner.createIndex('task_event', new TableIndex({ columnNames: ['task_id', 'id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'task_event',
      'task_unit',
      'task',
      'plan_section',
      'plan',
      'app_user',
      'unit',
      'ward',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
