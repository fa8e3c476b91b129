import { AUDIT_ENTITIES } from '../audit/audit.entities';
import { AUTH_ENTITIES } from '../auth/auth.entities';
import { CALENDAR_ENTITIES } from '../calendar/calendar.entities';
import { DELEGATION_ENTITIES } from '../delegations/delegations.entities';
import { DELIVERABLE_ENTITIES } from '../deliverables/deliverables.entities';
import { NOTIFICATION_ENTITIES } from '../notifications/notifications.entities';
import { ORG_ENTITIES } from '../org/org.entities';
import { OUTBOX_ENTITIES } from '../outbox/outbox.entities';
import { PERIOD_CARD_ENTITIES } from '../period-cards/period-cards.entities';
import { PLAN_IMPORT_ENTITIES } from '../plan-import/plan-import.entities';
import { REPORT_ENTITIES } from '../reports/reports.entities';
import { SCHEDULER_ENTITIES } from '../scheduler/scheduler.entities';
import { TASK_MODEL_ENTITIES } from '../task-model/task-model.entities';

/**
 * Every context's entities, for a data source opened outside the Nest app (the command line,
 * some tests). Inside the app each context registers its own (TypeOrmModule.forFeature) and the
 * data source collects them; a test checks that both give the same set.
 */
export const SCHEMA_ENTITIES = [
  ...ORG_ENTITIES,
  ...AUTH_ENTITIES,
  ...CALENDAR_ENTITIES,
  ...TASK_MODEL_ENTITIES,
  ...AUDIT_ENTITIES,
  ...OUTBOX_ENTITIES,
  ...SCHEDULER_ENTITIES,
  ...PERIOD_CARD_ENTITIES,
  ...NOTIFICATION_ENTITIES,
  ...DELIVERABLE_ENTITIES,
  ...DELEGATION_ENTITIES,
  ...REPORT_ENTITIES,
  ...PLAN_IMPORT_ENTITIES,
];
