export { DEMO_PASSWORD, DEMO_USERS } from './lib/demo-users';
export type { DemoUserSeed, PlanSeed, UnitGroupSeed, UnitSeed, WardSeed } from './lib/types';
export { DEMO_WARDS } from './lib/wards';
export { DEFAULT_SEED_PLANS_DIR, readSeedPlanText, seedPlanFileNames } from './plan-files';
