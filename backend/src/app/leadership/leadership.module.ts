import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { LeadershipWards } from './leadership-wards';
import { LeadershipController } from './leadership.controller';
import { LeadershipService } from './leadership.service';

@Module({
  imports: [TasksModule],
  controllers: [LeadershipController],
  providers: [LeadershipService, LeadershipWards],
  exports: [LeadershipWards],
})
export class LeadershipModule {}
