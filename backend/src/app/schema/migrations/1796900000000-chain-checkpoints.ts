import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { col } from './column-kit';

/**
 * `chain_checkpoint`: each ward's chain head recorded now and then with a MAC under a key kept
 * outside the database (audit/chain-checkpoints), so `cli.js verify` detects a log rewritten with
 * recomputed hashes up to any checkpoint.
 */
export class ChainCheckpoints1796900000000 implements MigrationInterface {
  name = 'ChainCheckpoints1796900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'chain_checkpoint',
        columns: [
          {
            name: 'id',
            type: 'integer',
            isPrimary: true,
            isGenerated: true,
            generationStrategy: 'increment',
          },
          col.ref('ward_id'),
          col.int('last_event_id'),
          col.string('last_hash', 64),
          col.instant('at'),
          col.string('mac', 64),
        ],
        indices: [{ name: 'IDX_chain_checkpoint_ward', columnNames: ['ward_id', 'last_event_id'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('chain_checkpoint');
  }
}
