import { vietnamDateOf } from '@dondoc/deadlines';
import fc from 'fast-check';
import { administeredTaskPlan, instant, wardOf } from '../testing/random-wards';
import { weeklyTimelineByFolds } from '../testing/week-by-week-folds';
import { weeklyTimeline } from './weekly-timeline';

describe('the year chart in one pass over each log, for random histories walked through the real machines', () => {
  it('equals one whole as-of fold of the ward per week end (53 in a year) and one at the instant', () => {
    let overdueWeeks = 0;
    let doneWeeks = 0;
    fc.assert(
      fc.property(
        fc.array(administeredTaskPlan, { minLength: 1, maxLength: 12 }),
        instant,
        // Mostly the instant's own year; now and then a year already over, all of whose weeks have ended.
        fc.integer({ min: -1, max: 0 }),
        (plans, at, yearsBack) => {
          const ward = wardOf(plans);
          const year = Number(vietnamDateOf(at)?.slice(0, 4)) + yearsBack;
          const onePass = weeklyTimeline(ward.tasks, ward.events, year, at);
          expect(onePass).toEqual(weeklyTimelineByFolds(ward.tasks, ward.events, year, at));
          overdueWeeks += onePass.filter((point) => point.overdue > 0).length;
          doneWeeks += onePass.filter((point) => point.doneOnTime + point.doneLate > 0).length;
        },
      ),
      { numRuns: 200 },
    );
    // The walks must reach overdue and done work, or the equality above says little.
    expect(overdueWeeks).toBeGreaterThan(200);
    expect(doneWeeks).toBeGreaterThan(2);
  });
});
