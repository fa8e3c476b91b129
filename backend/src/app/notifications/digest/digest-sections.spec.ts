import { DIGEST_ITEMS_SHOWN } from '@dondoc/contracts';
import { DEFAULT_CALENDAR } from '@dondoc/deadlines';
import { type DigestTask, digestSections, itemCount } from './digest-sections';

const task = (id: string, values: Partial<DigestTask> = {}): DigestTask => ({
  id,
  planId: 'plan',
  ref: id,
  content: `Nhiệm vụ ${id}`,
  state: 'draft',
  column: 'draft',
  leadUnitId: 'LEAD',
  reviewerUnitId: 'REV',
  approverUnitId: 'APP',
  alternateReviewerUnitId: null,
  due: '2026-06-30',
  consultees: [],
  opinionUnitIds: [],
  hasPendingExtension: false,
  ...values,
});

// Thursday 25/06/2026: Friday 26, Monday 29 and Tuesday 30 remain
const rules = { today: '2026-06-25', dueSoonWorkingDays: 3, calendar: DEFAULT_CALENDAR };

/** "section: refs" of a unit's digest. */
const digestOf = (tasks: DigestTask[], unitId: string) =>
  digestSections(tasks, unitId, rules).map(
    (section) => `${section.key}: ${section.items.map((item) => item.ref).join(' ')}`,
  );

describe('digestSections', () => {
  const tasks = [
    task('late', { due: '2026-06-20' }),
    task('soon'),
    task('far', { due: '2026-09-30' }),
    task('returned', { column: 'returned', state: 'returned', due: '2026-06-29' }),
    task('submitted', { column: 'submitted', state: 'submitted' }),
    task('appraisal', { column: 'submitted', state: 'submitted.appraisal', due: null }),
    task('reviewed', { column: 'reviewed', state: 'reviewed', due: '2026-09-30' }),
    task('consulting', {
      state: 'consultation',
      consultees: ['COOP', 'OTHER'],
      opinionUnitIds: ['OTHER'],
      due: null,
    }),
    task('extension', { hasPendingExtension: true, due: '2026-12-31' }),
  ];

  it('lists the lead unit’s late, soon due and returned work, earliest due first', () => {
    expect(digestOf(tasks, 'LEAD')).toEqual([
      'overdue: late',
      'due_soon: returned soon submitted',
      'returned: returned',
    ]);
  });

  it('lists what waits for the reviewer and the approver unit', () => {
    expect(digestOf(tasks, 'REV')).toEqual(['to_review: submitted']);
    expect(digestOf(tasks, 'APP')).toEqual([
      'to_approve: reviewed appraisal',
      'extension_to_decide: extension',
    ]);
  });

  it('lists work the reviewer unit leads for the unit that reviews it instead, never for itself', () => {
    const own = task('own', { leadUnitId: 'REV', column: 'submitted', state: 'submitted', due: null });
    expect(digestOf([own], 'REV')).toEqual([]);
    expect(digestOf([own], 'APP')).toEqual(['to_review: own']);
    const withAlternate = { ...own, alternateReviewerUnitId: 'ALT' };
    expect(digestOf([withAlternate], 'APP')).toEqual([]);
    expect(digestOf([withAlternate], 'ALT')).toEqual(['to_review: own']);
  });

  it('asks a consulted unit for its opinion until it has given it', () => {
    expect(digestOf(tasks, 'COOP')).toEqual(['opinion_requested: consulting']);
    expect(digestOf(tasks, 'OTHER')).toEqual([]);
  });

  it('counts the items of every section', () => {
    expect(itemCount(digestSections(tasks, 'LEAD', rules))).toBe(5);
    expect(itemCount([])).toBe(0);
  });

  it('lists the earliest due DIGEST_ITEMS_SHOWN of a big section and counts them all', () => {
    const many = Array.from({ length: DIGEST_ITEMS_SHOWN + 70 }, (_, index) =>
      task(`late-${index}`, { due: `2026-05-${String(1 + (index % 28)).padStart(2, '0')}` }),
    );
    const [overdue] = digestSections(many, 'LEAD', rules);
    expect(overdue.key).toBe('overdue');
    expect(overdue.total).toBe(DIGEST_ITEMS_SHOWN + 70);
    expect(overdue.items).toHaveLength(DIGEST_ITEMS_SHOWN);
    const earliest = many
      .map((late) => late.due as string)
      .sort()
      .slice(0, DIGEST_ITEMS_SHOWN);
    expect(overdue.items.map((item) => item.due)).toEqual(earliest);
    expect(itemCount([overdue])).toBe(DIGEST_ITEMS_SHOWN + 70);
  });
});
