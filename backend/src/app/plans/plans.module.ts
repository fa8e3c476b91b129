import { Module } from '@nestjs/common';
import { TaskModelModule } from '../task-model/task-model.module';
import { BoardCards } from './board-cards';
import { PlansController } from './plans.controller';
import { PlansService } from './plans.service';

@Module({
  imports: [TaskModelModule],
  controllers: [PlansController],
  providers: [PlansService, BoardCards],
  exports: [PlansService],
})
export class PlansModule {}
