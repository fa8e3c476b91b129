import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LeadershipModule } from '../leadership/leadership.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { BoardGateway } from './board.gateway';

@Module({
  imports: [AuthModule, LeadershipModule, PlansModule, TasksModule],
  providers: [BoardGateway],
})
export class RealtimeModule {}
