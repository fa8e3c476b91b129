import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { GroupCommit } from './group-commit';

/**
 * Runs work in one database transaction. TypeORM drives better-sqlite3 through a single shared
 * connection, where two concurrent transactions would silently nest; SQLite allows one writer
 * anyway, so on SQLite work is queued, and what queues up shares a COMMIT (see GroupCommit).
 * PostgreSQL runs transactions in parallel.
 */
@Injectable()
export class UnitOfWork {
  private readonly groups: GroupCommit | null;

  constructor(private readonly dataSource: DataSource) {
    this.groups = dataSource.options.type === 'better-sqlite3' ? new GroupCommit(dataSource) : null;
  }

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.groups ? this.groups.run(work) : this.dataSource.transaction(work);
  }
}
