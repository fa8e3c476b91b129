import type { DemoCityLeaderSeed } from './types';

/**
 * A city-level leader (lãnh đạo thành phố, an invented person): seated in Hải Dương's People's
 * Committee like its own leader, and granted the leadership boards of every demo ward, read
 * ward by ward. The `tp.` prefix (thành phố) sets the account apart from the wards' own seats.
 */
export const DEMO_CITY_LEADERS: DemoCityLeaderSeed[] = [
  {
    username: 'tp.leader',
    fullName: 'Trương Quang Minh',
    wardCode: 'HD',
    unitCode: 'UBND',
    roles: ['leader'],
    grantedWardCodes: ['HD', 'NC', 'BHL'],
  },
];
