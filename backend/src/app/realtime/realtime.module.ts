import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { TaskModelModule } from '../task-model/task-model.module';
import { BoardGateway } from './board.gateway';

@Module({
  imports: [AuthModule, TaskModelModule],
  providers: [BoardGateway],
})
export class RealtimeModule {}
