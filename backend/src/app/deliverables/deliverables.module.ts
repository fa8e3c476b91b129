import { Global, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { DeliverableFilesSweepJob } from './deliverable-files-sweep.job';
import { DELIVERABLE_STORE } from './deliverable-store';
import { DeliverableSubmissions } from './deliverable-submissions';
import { DeliverablesController } from './deliverables.controller';
import { DELIVERABLE_ENTITIES } from './deliverables.entities';
import { DeliverablesService } from './deliverables.service';
import { FilesystemDeliverableStore } from './filesystem-deliverable-store';
import { UploadLimitFilter } from './upload-limit.filter';

/**
 * Deliverable files of tasks. Global: the transition engine freezes a submission's files
 * (DeliverableSubmissions) and the demo seeder hands files in. The store sits behind
 * DELIVERABLE_STORE: an S3-compatible implementation replaces the filesystem one here.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature(DELIVERABLE_ENTITIES),
    MulterModule.registerAsync({
      inject: [ENV],
      useFactory: (env: Env) => ({
        // No storage or dest: multer keeps the file in memory, where its type is read from the
        // bytes before anything is written. The size limit keeps that small.
        limits: { fileSize: env.DELIVERABLE_MAX_BYTES, files: 1, fields: 10, parts: 12 },
        // Browsers send UTF-8 names; multer's default would read Vietnamese names as Latin-1.
        defParamCharset: 'utf8',
      }),
    }),
  ],
  controllers: [DeliverablesController],
  providers: [
    DeliverablesService,
    DeliverableSubmissions,
    UploadLimitFilter,
    DeliverableFilesSweepJob,
    {
      provide: DELIVERABLE_STORE,
      inject: [ENV],
      useFactory: (env: Env) =>
        new FilesystemDeliverableStore(env.DELIVERABLES_DIR ?? join(env.DATA_DIR, 'files')),
    },
  ],
  exports: [DeliverableSubmissions, DeliverablesService, DELIVERABLE_STORE],
})
export class DeliverablesModule {}
