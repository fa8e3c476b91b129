import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { OutboxPruneJob } from './outbox-prune.job';
import { OutboxPublisher } from './outbox-publisher';
import { OUTBOX_SETTINGS, outboxSettings } from './outbox-settings';
import { OUTBOX_ENTITIES } from './outbox.entities';

/** Global: whatever records a task change stages its live message here and publishes after commit. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(OUTBOX_ENTITIES)],
  providers: [
    { provide: OUTBOX_SETTINGS, inject: [ENV], useFactory: (env: Env) => outboxSettings(env) },
    OutboxPublisher,
    OutboxPruneJob,
  ],
  exports: [OutboxPublisher],
})
export class OutboxModule {}
