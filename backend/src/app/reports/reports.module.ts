import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENV } from '../config/env.token';
import { OrgModule } from '../org/org.module';
import { SchedulerModule } from '../scheduler/scheduler.module';
import { fileUploadOptions } from '../task-model/file-uploads';
import { TaskModelModule } from '../task-model/task-model.module';
import { UploadLimitFilter } from '../task-model/upload-limit.filter';
import { BoardsAsOfController } from './boards-as-of.controller';
import { BoardsAsOfService } from './boards-as-of.service';
import { ExportsService } from './exports.service';
import { FiguresService } from './figures.service';
import { ReportsController } from './reports.controller';
import { REPORT_ENTITIES } from './reports.entities';
import { ResultFilesController } from './result-files.controller';
import { ResultFilesService } from './result-files.service';
import { RoundRemindersJob } from './round-reminders.job';
import { RoundsService } from './rounds.service';
import { TaskLogReader } from './task-log-reader';

/**
 * Reports that go upward (issue #16): figures as of an instant folded from the event log, report
 * rounds (đợt báo cáo) and the Word and Excel files. Reads tasks through the kernel; changes none.
 * A round asks its units (opened, a part returned, its send-by day near or past) through the
 * kernel's UnitAsks port, which the notifications context provides: no context imports another.
 * The files of a unit's results are kept through the kernel's FileBlobs port, which the
 * deliverables context provides with its store, its upload checks and its sweep.
 */
@Module({
  imports: [
    TaskModelModule,
    OrgModule,
    SchedulerModule,
    TypeOrmModule.forFeature(REPORT_ENTITIES),
    MulterModule.registerAsync({ inject: [ENV], useFactory: fileUploadOptions }),
  ],
  controllers: [ReportsController, BoardsAsOfController, ResultFilesController],
  providers: [
    TaskLogReader,
    FiguresService,
    RoundsService,
    ExportsService,
    BoardsAsOfService,
    RoundRemindersJob,
    ResultFilesService,
    UploadLimitFilter,
  ],
})
export class ReportsModule {}
