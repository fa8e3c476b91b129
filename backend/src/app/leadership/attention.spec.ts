import { DEFAULT_CALENDAR } from '@dondoc/deadlines';
import { timelinessSettings } from '../task-model/card-timeliness';
import { type AttentionCandidate, pickAttention } from './attention';

/** Tuesday 5 May 2026 in Vietnam. */
const SETTINGS = timelinessSettings(new Date('2026-05-05T03:00:00Z'), 3, DEFAULT_CALENDAR);
const CODES = new Map([['u-vhxh', 'VHXH']]);

const candidate = (ref: string, due: string, leadUnitId: string | null = 'u-vhxh'): AttentionCandidate => ({
  taskId: `t-${ref}`,
  planId: 'p1',
  ref,
  title: `Nhiệm vụ ${ref}`,
  leadUnitId,
  due,
  column: 'draft',
  submittedAt: null,
});

describe('pickAttention', () => {
  it('puts overdue tasks first, then due-soon ones, each by earliest due date', () => {
    const items = pickAttention(
      [
        candidate('soon-late', '2026-05-07'),
        candidate('overdue-recent', '2026-05-04'),
        candidate('soon-first', '2026-05-06'),
        candidate('overdue-long', '2026-03-31'),
      ],
      CODES,
      SETTINGS,
    );
    expect(items.map((item) => [item.ref, item.timeliness])).toEqual([
      ['overdue-long', 'overdue'],
      ['overdue-recent', 'overdue'],
      ['soon-first', 'due_soon'],
      ['soon-late', 'due_soon'],
    ]);
  });

  it('leaves out tasks on track and keeps the order given between equal due dates', () => {
    const items = pickAttention(
      [candidate('b', '2026-05-04'), candidate('a', '2026-05-04'), candidate('later', '2026-09-30')],
      CODES,
      SETTINGS,
    );
    expect(items.map((item) => item.ref)).toEqual(['b', 'a']);
  });

  it('counts a deadline on a weekend from the next working day, as cards do', () => {
    // Saturday 2 May moves to Monday 4 May (after the 30/4–1/5 holidays): still overdue on the 5th.
    expect(pickAttention([candidate('sat', '2026-05-02')], CODES, SETTINGS)[0].timeliness).toBe('overdue');
  });

  it('names the lead unit by code and caps the list', () => {
    const many = Array.from({ length: 5 }, (_, index) => candidate(String(index), '2026-05-04', null));
    const items = pickAttention([candidate('x', '2026-05-04'), ...many], CODES, SETTINGS, 3);
    expect(items).toHaveLength(3);
    expect(items[0]).toEqual({
      taskId: 't-x',
      planId: 'p1',
      ref: 'x',
      title: 'Nhiệm vụ x',
      leadUnitCode: 'VHXH',
      due: '2026-05-04',
      timeliness: 'overdue',
    });
    expect(items[1].leadUnitCode).toBeNull();
  });
});
