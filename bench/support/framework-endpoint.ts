/**
 * The floor of the fixed stack: the bare endpoint's work (verify the bearer JWT, validate the
 * body, run the versioned UPDATE and the event INSERT in one transaction) written the way the
 * app must be written — a NestJS controller on Express with a guard and a ValidationPipe, and
 * the statements through a TypeORM DataSource transaction — and nothing else: no workflow, no
 * permission decision, no hash chain, outbox or notifications. What the app spends above this is
 * its own work; what this spends above the bare endpoint is the price of NestJS and TypeORM.
 *
 *   forked by bench/api-transitions.bench.ts; not run by hand
 *   argv: <sqlite data dir | postgres url> <jwt secret>
 */
import {
  Body,
  type CanActivate,
  ConflictException,
  Controller,
  type ExecutionContext,
  HttpCode,
  Inject,
  Injectable,
  Module,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  UnauthorizedException,
  UseGuards,
  ValidationPipe,
} from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { JwtModule, JwtService } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IsInt, IsString, Matches, Min } from 'class-validator';
import type { Request } from 'express';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import 'reflect-metadata';
import { DataSource, type EntityManager } from 'typeorm';
import { toPg } from './bench-db';

export type FrameworkEndpointCommand = { type: 'close' };
export type FrameworkEndpointReply = { type: 'listening'; port: number } | { type: 'closed' };

const [target, secret] = process.argv.slice(2);
const postgres = target.startsWith('postgres');
const reply = (message: FrameworkEndpointReply) => process.send?.(message);

class MoveBody {
  @IsString()
  @Matches(/^[A-Z_]{2,40}$/)
  event!: string;

  @IsInt()
  @Min(1)
  expectedVersion!: number;
}

@Injectable()
class BearerGuard implements CanActivate {
  constructor(@Inject(JwtService) private readonly jwt: JwtService) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request & { userId?: string }>();
    const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    try {
      request.userId = this.jwt.verify<{ sub: string }>(token ?? '', { algorithms: ['HS256'] }).sub;
      return true;
    } catch {
      throw new UnauthorizedException();
    }
  }
}

/** The bare endpoint's two statements, in the dialect of the database at hand. */
const [UPDATE, INSERT] = (
  [
    'UPDATE task SET version = version + 1, updated_at = ? WHERE id = ? AND version = ? RETURNING version',
    `INSERT INTO task_event (ward_id, plan_id, task_id, actor_id, actor_name, actor_unit_id, actor_role, event, from_state, to_state, version, comment, payload, at)
     SELECT ward_id, plan_id, id, ?, 'bench', NULL, NULL, ?, state, state, version, NULL, NULL, ? FROM task WHERE id = ?`,
  ] as const
).map((sql) => (postgres ? toPg(sql) : sql));

@Controller('api/tasks')
@UseGuards(BearerGuard)
class TransitionsController {
  /** TypeORM drives better-sqlite3 through one shared runner: transactions queue, as the app's UnitOfWork does. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  private transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (postgres) return this.dataSource.transaction(work);
    const result = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = result.catch(() => undefined);
    return result;
  }

  @Post(':taskId/transitions')
  @HttpCode(200)
  async move(
    @Param('taskId', new ParseUUIDPipe()) taskId: string,
    @Body(new ValidationPipe({ expectedType: MoveBody, whitelist: true })) body: MoveBody,
    @Req() request: Request & { userId: string },
  ): Promise<{ version: number }> {
    const at = new Date().toISOString();
    const moved = await this.transaction(async (manager) => {
      const updated: unknown[] = await manager.query(UPDATE, [at, taskId, body.expectedVersion]);
      // PostgreSQL's driver answers an UPDATE … RETURNING with [rows, count].
      const rows = postgres ? (updated[0] as unknown[]) : updated;
      if (rows.length !== 1) return false;
      await manager.query(INSERT, [request.userId, body.event, at, taskId]);
      return true;
    });
    if (!moved) throw new ConflictException({ code: 'VERSION_CONFLICT' });
    return { version: body.expectedVersion + 1 };
  }
}

@Module({
  imports: [
    JwtModule.register({ secret }),
    TypeOrmModule.forRoot(
      postgres
        ? { type: 'postgres', url: target, poolSize: 10, extra: { options: '-c synchronous_commit=on' } }
        : {
            type: 'better-sqlite3',
            database: join(target, 'dondoc.sqlite'),
            enableWAL: true,
            statementCacheSize: 1000,
            prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
              db.pragma('synchronous = FULL');
              db.pragma('busy_timeout = 5000');
            },
          },
    ),
  ],
  controllers: [TransitionsController],
  providers: [BearerGuard],
})
class FrameworkEndpointModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(FrameworkEndpointModule, { logger: false });
  await app.listen(0, '127.0.0.1');
  process.on('message', (command: FrameworkEndpointCommand) => {
    if (command.type !== 'close') return;
    void app.close().then(() => {
      reply({ type: 'closed' });
      process.disconnect?.();
    });
  });
  reply({ type: 'listening', port: (app.getHttpServer().address() as AddressInfo).port });
}

void main();
