import { DEFAULT_CALENDAR } from '@dondoc/deadlines';
import { timelinessSettings } from '../task-model/card-timeliness';
import { emptyCounts, NO_LEAD_UNIT, tallyTimeliness, type TimelinessGroupRow } from './timeliness-tally';

/** Tuesday 5 May 2026, 10:00 in Vietnam. */
const SETTINGS = timelinessSettings(new Date('2026-05-05T03:00:00Z'), 3, DEFAULT_CALENDAR);
const VHXH = { id: 'u-vhxh', code: 'VHXH', name: 'Phòng Văn hoá – Xã hội' };
const VP = { id: 'u-vp', code: 'VP', name: 'Văn phòng HĐND&UBND' };

const row = (overrides: Partial<TimelinessGroupRow>): TimelinessGroupRow => ({
  leadUnitId: VHXH.id,
  column: 'draft',
  due: '2026-06-30',
  submittedAt: null,
  count: 1,
  ...overrides,
});

describe('tallyTimeliness', () => {
  it('counts each group under its lead unit and timeliness, cancelled apart, and sums the totals', () => {
    const tally = tallyTimeliness(
      [
        row({ due: '2026-05-04', count: 3 }),
        row({ due: '2026-05-06', count: 2 }),
        row({ due: '2026-06-30', count: 5 }),
        row({ leadUnitId: VP.id, due: null, count: 4 }),
        row({
          leadUnitId: VP.id,
          column: 'approved',
          due: '2026-05-04',
          submittedAt: '2026-05-01T02:00:00Z',
        }),
        row({
          leadUnitId: VP.id,
          column: 'approved',
          due: '2026-05-04',
          submittedAt: '2026-05-05T02:00:00Z',
        }),
        row({ leadUnitId: VP.id, column: 'cancelled', due: '2026-05-04', count: 7 }),
      ],
      [VHXH, VP],
      SETTINGS,
    );
    expect(tally.units).toEqual([
      { unit: VHXH, counts: { ...emptyCounts(), overdue: 3, due_soon: 2, on_track: 5 } },
      { unit: VP, counts: { ...emptyCounts(), not_due: 4, done_on_time: 1, done_late: 1, cancelled: 7 } },
    ]);
    expect(tally.totals).toEqual({
      not_due: 4,
      on_track: 5,
      due_soon: 2,
      overdue: 3,
      done_on_time: 1,
      done_late: 1,
      cancelled: 7,
    });
  });

  it('reads the approval day in Vietnam: handed in at 23:30 on the due day is on time', () => {
    const tally = tallyTimeliness(
      [row({ column: 'approved', due: '2026-05-04', submittedAt: '2026-05-04T16:30:00Z' })],
      [VHXH],
      SETTINGS,
    );
    expect(tally.totals.done_on_time).toBe(1);
  });

  it('judges hand-ins of one Vietnam day alike, whatever the hour, and the next day as late', () => {
    const approved = (submittedAt: string) => row({ column: 'approved', due: '2026-05-04', submittedAt });
    const tally = tallyTimeliness(
      [
        approved('2026-05-03T18:00:00Z'), // 01:00 on 4 May in Vietnam
        approved('2026-05-04T09:00:00Z'),
        approved('2026-05-04T16:00:00Z'), // 23:00 on 4 May
        approved('2026-05-04T17:00:00Z'), // 00:00 on 5 May
        approved('2026-05-05T01:00:00Z'),
      ],
      [VHXH],
      SETTINGS,
    );
    expect(tally.totals).toEqual({ ...emptyCounts(), done_on_time: 3, done_late: 2 });
  });

  it('lists every unit, zeros included, and adds the no-lead row last only when it holds tasks', () => {
    expect(tallyTimeliness([row({})], [VHXH, VP], SETTINGS).units.map((entry) => entry.unit.code)).toEqual([
      'VHXH',
      'VP',
    ]);
    const tally = tallyTimeliness(
      [row({ leadUnitId: null, due: '2026-05-04', count: 2 }), row({ leadUnitId: 'u-elsewhere' })],
      [VHXH],
      SETTINGS,
    );
    expect(tally.units).toEqual([
      { unit: VHXH, counts: emptyCounts() },
      { unit: NO_LEAD_UNIT, counts: { ...emptyCounts(), overdue: 2, on_track: 1 } },
    ]);
  });
});
