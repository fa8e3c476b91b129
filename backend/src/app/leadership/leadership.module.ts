import { Module } from '@nestjs/common';
import { TaskModelModule } from '../task-model/task-model.module';
import { LeadershipController } from './leadership.controller';
import { LeadershipService } from './leadership.service';

@Module({
  imports: [TaskModelModule],
  controllers: [LeadershipController],
  providers: [LeadershipService],
})
export class LeadershipModule {}
