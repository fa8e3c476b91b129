import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarModule } from '../calendar/calendar.module';
import { OrgModule } from '../org/org.module';
import { CardReader } from './card-reader';
import { PlanFeed } from './plan-feed';
import { TASK_MODEL_ENTITIES } from './task-model.entities';
import { WardCalendarChanges } from './ward-calendar-changes';
import { LeadershipWards } from './ward-scope/leadership-wards';

/**
 * The task kernel: plans, tasks, their unit links and event log, how a task reads as a card, the
 * plan's feed of changes and which wards a user may see. Every context and the engine build on
 * it; it imports nothing above the org, identity and working calendars it stands on (and hands the
 * calendars and ward settings on: whoever reads cards also counts working days).
 */
@Module({
  imports: [OrgModule, CalendarModule, TypeOrmModule.forFeature(TASK_MODEL_ENTITIES)],
  providers: [CardReader, PlanFeed, LeadershipWards, WardCalendarChanges],
  exports: [OrgModule, CalendarModule, CardReader, PlanFeed, LeadershipWards, WardCalendarChanges],
})
export class TaskModelModule {}
