export { DEMO_CITY_LEADERS } from './lib/demo-city-leaders';
export { DEMO_PASSWORD, DEMO_USERS } from './lib/demo-users';
export type {
  DemoCityLeaderSeed,
  DemoUserSeed,
  PlanSeed,
  UnitGroupSeed,
  UnitSeed,
  WardSeed,
} from './lib/types';
export { DEMO_WARDS } from './lib/wards';
export { DEFAULT_SEED_PLANS_DIR, readSeedPlanText, seedPlanFileNames } from './plan-files';
