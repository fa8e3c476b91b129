import { InitialSchema1795632550266 } from './1795632550266-initial-schema';

/** In order; listed explicitly because the backend is bundled and cannot glob for them. */
export const MIGRATIONS = [InitialSchema1795632550266];
