import { PlanSourceEntity } from './plan-source.entity';

export const PLAN_IMPORT_ENTITIES = [PlanSourceEntity];
