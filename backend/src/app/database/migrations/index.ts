import { InitialSchema1795632550266 } from './1795632550266-initial-schema';
import { Scheduler1795700000000 } from './1795700000000-scheduler';

/** In order; listed explicitly because the backend is bundled and cannot glob for them. */
export const MIGRATIONS = [InitialSchema1795632550266, Scheduler1795700000000];
