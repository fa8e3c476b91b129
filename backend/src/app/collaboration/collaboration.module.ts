import { Module } from '@nestjs/common';
import { TaskModelModule } from '../task-model/task-model.module';
import { CollaborationController } from './collaboration.controller';
import { CollaborationService } from './collaboration.service';
import { MentionedUsers } from './mentioned-users';

/**
 * Working together on a task: the consultation's opinions, and the mentions a comment makes
 * (comments themselves are events, written by the engine).
 */
@Module({
  imports: [TaskModelModule],
  controllers: [CollaborationController],
  providers: [CollaborationService, MentionedUsers],
  exports: [MentionedUsers],
})
export class CollaborationModule {}
