import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { CreateWardRefusedError, createWard } from './app/administration/wards/create-ward';
import { CREATE_WARD_USAGE, createWardArgs } from './app/administration/wards/create-ward-args';
import { AppRoleError, grantAppRole } from './app/audit/app-role';
import { verifyCommand } from './app/audit/verify-command';
import { BackupRefusedError, backupCommand, restoreCommand } from './app/backup/backup-commands';
import { InvalidEnvironmentError, loadEnv } from './app/config/env';
import { dataSourceOptions } from './app/schema/data-source-options';

const USAGE = `Usage: node dist/backend/cli.js <command>
  migrate   apply pending migrations
  revert    undo the last migration
  reset     undo every migration, then apply them all again (destroys data)
  status    list applied and pending migrations
  verify    fold every task's event log through its workflow and compare each event's recorded
            from/to states and the stored state with it, walk every ward's hash chain and name its
            first broken link, and check every keyed checkpoint of the chains (exit code 3 if any)
  grant-app-role <role>
            (PostgreSQL, as the schema owner) let <role> run the app: every table, but task_event
            only SELECT and INSERT; run again after migrating
  backup <file>
            (SQLite) copy the database into a new file, consistent even while the app runs
  restore <file>
            (SQLite, app stopped) check a backup and put it in place of the database; the replaced
            file is kept beside it. On PostgreSQL both point to pg_dump/pg_restore (DEVELOPMENT.md)
  ${CREATE_WARD_USAGE}`;

async function main(command: string | undefined, args: readonly string[]): Promise<void> {
  const env = loadEnv();
  const dataSource = new DataSource(dataSourceOptions(env));
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
        if (!(await verifyCommand(dataSource, env, (line) => console.log(line)))) process.exitCode = 3;
        return;
      }
      case 'grant-app-role': {
        if (!args[0]) {
          console.error(USAGE);
          process.exitCode = 2;
          return;
        }
        for (const statement of await grantAppRole(dataSource, args[0])) console.log(statement);
        return;
      }
      case 'backup':
      case 'restore': {
        try {
          const report =
            command === 'backup'
              ? await backupCommand(dataSource, args[0])
              : await restoreCommand(dataSource, args[0]);
          console.log(
            `${command === 'backup' ? `backed up to ${report.file}` : `restored ${report.file} from ${args[0]}`}: ` +
              `${report.bytes} bytes, ${report.migrations.length} migrations (latest ${report.migrations.at(-1)})` +
              (report.pending ? `, ${report.pending} to apply at the next start` : ''),
          );
          if ('previous' in report && report.previous)
            console.log(`the replaced database is kept as ${report.previous}`);
        } catch (error) {
          if (!(error instanceof BackupRefusedError)) throw error;
          console.error(`${command} refused: ${error.message}`);
          process.exitCode = 2;
        }
        return;
      }
      case 'create-ward': {
        const created = await createWard(dataSource, createWardArgs(args));
        console.log(
          `ward created with ${created.unitCount} units and ${created.groupCount} groups; its admin ` +
            `${created.adminUsername} signs in once with ${created.oneTimePassword} and must choose a new password`,
        );
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

main(process.argv[2], process.argv.slice(3)).catch((error: unknown) => {
  const known =
    error instanceof InvalidEnvironmentError ||
    error instanceof AppRoleError ||
    error instanceof CreateWardRefusedError;
  console.error(known ? error.message : error);
  process.exit(1);
});
