import { UnitEntity } from '../org/entities/unit.entity';
import { UserEntity } from '../org/entities/user.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { PlanSectionEntity } from '../plans/entities/plan-section.entity';
import { PlanEntity } from '../plans/entities/plan.entity';
import { JobLeaseEntity } from '../scheduler/entities/job-lease.entity';
import { JobRunEntity } from '../scheduler/entities/job-run.entity';
import { PeriodCardEntity } from '../scheduler/entities/period-card.entity';
import { TaskAlertEntity } from '../scheduler/entities/task-alert.entity';
import { TaskEventEntity } from '../tasks/entities/task-event.entity';
import { TaskUnitEntity } from '../tasks/entities/task-unit.entity';
import { TaskEntity } from '../tasks/entities/task.entity';

export const ENTITIES = [
  WardEntity,
  UnitEntity,
  UserEntity,
  PlanEntity,
  PlanSectionEntity,
  TaskEntity,
  TaskUnitEntity,
  TaskEventEntity,
  JobLeaseEntity,
  JobRunEntity,
  PeriodCardEntity,
  TaskAlertEntity,
];
