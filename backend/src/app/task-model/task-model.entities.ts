import { PlanSectionEntity } from './entities/plan-section.entity';
import { PlanEntity } from './entities/plan.entity';
import { TaskEventEntity } from './entities/task-event.entity';
import { TaskUnitEntity } from './entities/task-unit.entity';
import { TaskEntity } from './entities/task.entity';

export const TASK_MODEL_ENTITIES = [
  PlanEntity,
  PlanSectionEntity,
  TaskEntity,
  TaskUnitEntity,
  TaskEventEntity,
];
