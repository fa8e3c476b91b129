import { Global, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import type { Env } from '../config/env';
import { ENV } from '../config/env.token';
import { FileBlobs } from '../task-model/file-blobs';
import { fileUploadOptions } from '../task-model/file-uploads';
import { UploadLimitFilter } from '../task-model/upload-limit.filter';
import { DeliverableFileBlobs } from './deliverable-file-blobs';
import { DeliverableFilesSweepJob } from './deliverable-files-sweep.job';
import { DELIVERABLE_STORE } from './deliverable-store';
import { DeliverableSubmissions } from './deliverable-submissions';
import { DeliverablesController } from './deliverables.controller';
import { DELIVERABLE_ENTITIES } from './deliverables.entities';
import { DeliverablesService } from './deliverables.service';
import { FilesystemDeliverableStore } from './filesystem-deliverable-store';

/**
 * Deliverable files of tasks. Global: the transition engine freezes a submission's files
 * (DeliverableSubmissions) and the demo seeder hands files in. The store sits behind
 * DELIVERABLE_STORE: an S3-compatible implementation replaces the filesystem one here. Other
 * contexts keep files through the kernel's FileBlobs port, which DeliverableFileBlobs provides with
 * the same upload checks, and register the hashes they reference so the sweep keeps them.
 */
@Global()
@Module({
  imports: [
    TypeOrmModule.forFeature(DELIVERABLE_ENTITIES),
    MulterModule.registerAsync({ inject: [ENV], useFactory: fileUploadOptions }),
  ],
  controllers: [DeliverablesController],
  providers: [
    DeliverablesService,
    DeliverableSubmissions,
    UploadLimitFilter,
    DeliverableFilesSweepJob,
    DeliverableFileBlobs,
    { provide: FileBlobs, useExisting: DeliverableFileBlobs },
    {
      provide: DELIVERABLE_STORE,
      inject: [ENV],
      useFactory: (env: Env) =>
        new FilesystemDeliverableStore(env.DELIVERABLES_DIR ?? join(env.DATA_DIR, 'files')),
    },
  ],
  exports: [DeliverableSubmissions, DeliverablesService, DELIVERABLE_STORE, FileBlobs],
})
export class DeliverablesModule {}
