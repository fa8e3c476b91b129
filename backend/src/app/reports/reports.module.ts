import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgModule } from '../org/org.module';
import { SchedulerModule } from '../scheduler/scheduler.module';
import { TaskModelModule } from '../task-model/task-model.module';
import { BoardsAsOfController } from './boards-as-of.controller';
import { BoardsAsOfService } from './boards-as-of.service';
import { ExportsService } from './exports.service';
import { FiguresService } from './figures.service';
import { ReportsController } from './reports.controller';
import { REPORT_ENTITIES } from './reports.entities';
import { RoundRemindersJob } from './round-reminders.job';
import { RoundsService } from './rounds.service';
import { TaskLogReader } from './task-log-reader';

/**
 * Reports that go upward (issue #16): figures as of an instant folded from the event log, report
 * rounds (đợt báo cáo) and the Word and Excel files. Reads tasks through the kernel; changes none.
 * A round asks its units (opened, a part returned, its send-by day near or past) through the
 * kernel's UnitAsks port, which the notifications context provides: no context imports another.
 */
@Module({
  imports: [TaskModelModule, OrgModule, SchedulerModule, TypeOrmModule.forFeature(REPORT_ENTITIES)],
  controllers: [ReportsController, BoardsAsOfController],
  providers: [
    TaskLogReader,
    FiguresService,
    RoundsService,
    ExportsService,
    BoardsAsOfService,
    RoundRemindersJob,
  ],
})
export class ReportsModule {}
