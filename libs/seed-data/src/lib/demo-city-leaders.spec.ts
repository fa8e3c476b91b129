import { DEMO_CITY_LEADERS } from './demo-city-leaders';
import { DEMO_USERS } from './demo-users';
import { DEMO_WARDS } from './wards';

describe('demo city leaders', () => {
  it('are leaders seated in a unit of a demo ward, granted every demo ward', () => {
    expect(DEMO_CITY_LEADERS.length).toBeGreaterThan(0);
    for (const leader of DEMO_CITY_LEADERS) {
      expect(leader.roles).toEqual(['leader']);
      const home = DEMO_WARDS.find((ward) => ward.code === leader.wardCode);
      expect(home?.units.map((unit) => unit.code)).toContain(leader.unitCode);
      expect([...leader.grantedWardCodes].sort()).toEqual(DEMO_WARDS.map((ward) => ward.code).sort());
    }
  });

  it('have usernames no ward seat uses', () => {
    const taken = new Set(DEMO_USERS.map((user) => user.username));
    for (const leader of DEMO_CITY_LEADERS) expect(taken.has(leader.username)).toBe(false);
  });
});
