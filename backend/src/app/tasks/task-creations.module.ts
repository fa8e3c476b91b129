import { Global, Module } from '@nestjs/common';
import { TaskCreations } from '../task-model/task-creations';
import { TaskModelModule } from '../task-model/task-model.module';
import { TaskChangeRecorder } from './task-change-recorder';
import { SystemTaskCreations } from './task-creations.service';

/** Global: a context that creates tasks asks for TaskCreations (the kernel's port), the engine answers. */
@Global()
@Module({
  imports: [TaskModelModule],
  providers: [TaskChangeRecorder, { provide: TaskCreations, useClass: SystemTaskCreations }],
  exports: [TaskCreations],
})
export class TaskCreationsModule {}
