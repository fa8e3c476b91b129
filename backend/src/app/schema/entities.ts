import { WardChainEntity } from '../audit/ward-chain.entity';
import { RefreshTokenEntity } from '../auth/entities/refresh-token.entity';
import { DelegationEntity } from '../delegations/delegation.entity';
import { DeliverableFileEntity } from '../deliverables/entities/deliverable-file.entity';
import { DeliverableVersionEntity } from '../deliverables/entities/deliverable-version.entity';
import { DailyDigestEntity } from '../notifications/entities/daily-digest.entity';
import { NotificationEntity } from '../notifications/entities/notification.entity';
import { UnitEntity } from '../org/entities/unit.entity';
import { UserEntity } from '../org/entities/user.entity';
import { WardGrantEntity } from '../org/entities/ward-grant.entity';
import { WardEntity } from '../org/entities/ward.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
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
  WardChainEntity,
  OutboxEntity,
  JobLeaseEntity,
  JobRunEntity,
  PeriodCardEntity,
  TaskAlertEntity,
  DeliverableVersionEntity,
  DeliverableFileEntity,
  RefreshTokenEntity,
  WardGrantEntity,
  NotificationEntity,
  DailyDigestEntity,
  DelegationEntity,
];
