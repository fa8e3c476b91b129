import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SchedulerModule } from '../scheduler/scheduler.module';
import { TaskModelModule } from '../task-model/task-model.module';
import { PERIOD_CARD_ENTITIES } from './period-cards.entities';
import { PeriodCardsJob } from './period-cards.job';

/** A report series' card per period (Quý I/2026…), created ahead of its due date by a job. */
@Module({
  imports: [TaskModelModule, SchedulerModule, TypeOrmModule.forFeature(PERIOD_CARD_ENTITIES)],
  providers: [PeriodCardsJob],
})
export class PeriodCardsModule {}
