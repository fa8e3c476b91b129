import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { existsSync } from 'node:fs';
import { AdministrationModule } from './administration/administration.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CollaborationModule } from './collaboration/collaboration.module';
import { Clock, SystemClock } from './common/clock';
import { ApiErrorFilter } from './common/error.filter';
import { ConfigModule } from './config/config.module';
import type { Env } from './config/env';
import { DatabaseModule } from './database/database.module';
import { DeliverablesModule } from './deliverables/deliverables.module';
import { HealthController } from './health/health.controller';
import { ReadyController } from './health/ready.controller';
import { setStaticCacheHeaders } from './http/static-cache';
import { LeadershipModule } from './leadership/leadership.module';
import { MetricsModule } from './metrics/metrics.module';
import { NotificationsModule } from './notifications/notifications.module';
import { OutboxModule } from './outbox/outbox.module';
import { PeriodCardsModule } from './period-cards/period-cards.module';
import { PlanImportModule } from './plan-import/plan-import.module';
import { PlansModule } from './plans/plans.module';
import { RealtimeModule } from './realtime/realtime.module';
import { RedisModule } from './redis/redis.module';
import { ReportsModule } from './reports/reports.module';
import { SchedulerModule } from './scheduler/scheduler.module';
import { MIGRATIONS } from './schema/migrations';
import { SeedModule } from './seed/seed.module';
import { SocketHubModule } from './socket-hub/socket-hub.module';
import { TaskModelModule } from './task-model/task-model.module';
import { PlanAmendmentsModule } from './tasks/amendments/plan-amendments.module';
import { TaskCreationsModule } from './tasks/task-creations.module';
import { TasksModule } from './tasks/tasks.module';
import { UnitsModule } from './units/units.module';

export interface AppOptions {
  env: Env;
  /** Where the built Angular app is; the API serves it at / when present. */
  frontendDist: string | null;
  clock?: Clock;
}

@Module({})
export class AppModule {
  static forRoot({ env, frontendDist, clock }: AppOptions): DynamicModule {
    const staticFiles =
      frontendDist && existsSync(frontendDist)
        ? [
            ServeStaticModule.forRoot({
              rootPath: frontendDist,
              exclude: ['/api/{*path}', '/socket.io/{*path}'],
              serveStaticOptions: { setHeaders: setStaticCacheHeaders },
            }),
          ]
        : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        DatabaseModule.forRoot(MIGRATIONS),
        RedisModule,
        MetricsModule,
        SocketHubModule,
        NotificationsModule,
        OutboxModule,
        AuthModule,
        TaskModelModule,
        AuditModule,
        TasksModule,
        TaskCreationsModule,
        CollaborationModule,
        DeliverablesModule,
        PlansModule,
        PlanImportModule,
        PlanAmendmentsModule,
        LeadershipModule,
        UnitsModule,
        RealtimeModule,
        SeedModule,
        SchedulerModule,
        PeriodCardsModule,
        AdministrationModule,
        ReportsModule,
        ...staticFiles,
      ],
      controllers: [HealthController, ReadyController],
      providers: [
        { provide: APP_FILTER, useClass: ApiErrorFilter },
        { provide: Clock, useValue: clock ?? new SystemClock() },
      ],
      exports: [Clock],
      global: true,
    };
  }
}
