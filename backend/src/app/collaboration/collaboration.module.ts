import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { CollaborationController } from './collaboration.controller';
import { CollaborationService } from './collaboration.service';

/** Working together on a task: the consultation's opinions and comments with mentions. */
@Module({
  imports: [TasksModule],
  controllers: [CollaborationController],
  providers: [CollaborationService],
})
export class CollaborationModule {}
