import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { LeadershipController } from './leadership.controller';
import { LeadershipService } from './leadership.service';

@Module({
  imports: [TasksModule],
  controllers: [LeadershipController],
  providers: [LeadershipService],
})
export class LeadershipModule {}
