import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { BoardGateway } from './board.gateway';

@Module({
  imports: [AuthModule, PlansModule, TasksModule],
  providers: [BoardGateway],
})
export class RealtimeModule {}
