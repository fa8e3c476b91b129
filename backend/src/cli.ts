import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { InvalidEnvironmentError, loadEnv } from './app/config/env';
import { dataSourceOptions } from './app/database/data-source-options';
import { verifyDatabaseLog } from './app/tasks/log-verification';

const USAGE = `Usage: node dist/backend/cli.js <command>
  migrate   apply pending migrations
  revert    undo the last migration
  reset     undo every migration, then apply them all again (destroys data)
  status    list applied and pending migrations
  verify    fold every task's event log through its workflow and compare with the stored state`;

async function main(command: string | undefined): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(loadEnv()));
  await dataSource.initialize();
  try {
    switch (command) {
      case 'migrate': {
        const applied = await dataSource.runMigrations({ transaction: 'each' });
        console.log(applied.length ? applied.map((m) => `applied ${m.name}`).join('\n') : 'nothing to apply');
        return;
      }
      case 'revert':
        await dataSource.undoLastMigration({ transaction: 'each' });
        console.log('reverted the last migration');
        return;
      case 'reset': {
        while ((await dataSource.query(`SELECT COUNT(*) AS n FROM migrations`))[0].n > 0) {
          await dataSource.undoLastMigration({ transaction: 'each' });
        }
        await dataSource.runMigrations({ transaction: 'each' });
        console.log('database reset to the latest schema');
        return;
      }
      case 'status': {
        const pending = await dataSource.showMigrations();
        console.log(pending ? 'migrations are pending' : 'schema is up to date');
        return;
      }
      case 'verify': {
        const report = await verifyDatabaseLog(dataSource);
        console.log(`checked ${report.tasks} tasks and ${report.events} events`);
        for (const mismatch of report.mismatches) {
          console.log(
            `task ${mismatch.ref} (${mismatch.taskId}, plan ${mismatch.planId}): ${mismatch.problem}`,
          );
        }
        console.log(
          report.mismatches.length === 0
            ? 'every log folds to its stored state'
            : `${report.mismatches.length} mismatches`,
        );
        if (report.mismatches.length > 0) process.exitCode = 3;
        return;
      }
      default:
        console.error(USAGE);
        process.exitCode = 2;
    }
  } finally {
    await dataSource.destroy();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof InvalidEnvironmentError ? error.message : error);
  process.exit(1);
});
