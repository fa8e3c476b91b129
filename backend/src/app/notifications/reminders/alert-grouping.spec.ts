import {
  type GroupedAlert,
  NoticeCounts,
  noticeGroupKey,
  splitNotices,
  summarizedGroups,
  SUMMARY_ABOVE,
} from './alert-grouping';
import type { TaskAlertKind } from './task-alert.entity';

interface Alert extends GroupedAlert {
  taskId: string;
  leadUnitId: string;
}

/** `count` alerts of one kind in one plan, led by one unit. */
const alerts = (count: number, kind: TaskAlertKind, planId = 'plan-A', leadUnitId = 'PVHCC'): Alert[] =>
  Array.from({ length: count }, (_, index) => ({
    taskId: `${planId}-${leadUnitId}-${kind}-${index}`,
    kind,
    planId,
    leadUnitId,
  }));

/** The fixture ward's rules: the lead unit's staff and head, the head alone, the ward's leader. */
const recipientsOf = (alert: Alert): string[] => {
  const unit = alert.leadUnitId;
  switch (alert.kind) {
    case 'due_soon':
      return [`${unit}.staff`, `${unit}.head`];
    case 'overdue':
      return [`${unit}.staff`];
    case 'escalated_unit_head':
      return [`${unit}.head`];
    case 'escalated_leadership':
      return ['leader'];
  }
};

const none = { above: SUMMARY_ABOVE, alreadySummarized: new Set<string>() };
const key = (recipientId: string, kind: TaskAlertKind, planId = 'plan-A') =>
  noticeGroupKey({ recipientId, kind, planId });

/** Each summary as "recipient kind plan ×count", and each one-by-one notice as "task → recipients". */
const described = (split: ReturnType<typeof splitNotices<Alert>>) => ({
  summaries: split.summaries.map(
    (group) => `${group.recipientId} ${group.kind} ${group.planId} ×${group.alerts.length}`,
  ),
  oneByOne: split.oneByOne.map(({ alert, recipientIds }) => `${alert.taskId} → ${recipientIds.join(',')}`),
});

describe('summarizedGroups', () => {
  it('tells a person task by task up to the threshold, and sums up above it', () => {
    expect(summarizedGroups(alerts(SUMMARY_ABOVE, 'overdue'), recipientsOf, none)).toEqual(new Set());
    expect(summarizedGroups(alerts(SUMMARY_ABOVE + 1, 'overdue'), recipientsOf, none)).toEqual(
      new Set([key('PVHCC.staff', 'overdue')]),
    );
  });

  it('counts per person, kind and plan, whatever the lead unit', () => {
    const run = [
      // the leader hears of 6 + 6 escalations in plan A: summed up; unit heads of 6 each: not
      ...alerts(6, 'escalated_leadership', 'plan-A', 'PVHCC'),
      ...alerts(6, 'escalated_leadership', 'plan-A', 'KTHT'),
      ...alerts(6, 'escalated_unit_head', 'plan-A', 'PVHCC'),
      ...alerts(6, 'escalated_unit_head', 'plan-A', 'KTHT'),
      // 8 in each of two plans: each plan's count stays under the threshold
      ...alerts(8, 'overdue', 'plan-A'),
      ...alerts(8, 'overdue', 'plan-B'),
    ];
    expect(summarizedGroups(run, recipientsOf, none)).toEqual(
      new Set([key('leader', 'escalated_leadership')]),
    );
  });

  it('counts alerts that come a chunk at a time as if they came at once', () => {
    const run = [...alerts(7, 'overdue', 'plan-A', 'PVHCC'), ...alerts(7, 'overdue', 'plan-A', 'PVHCC')];
    const counts = new NoticeCounts(recipientsOf);
    counts.add(run.slice(0, 7));
    counts.add(run.slice(7));
    expect(counts.summarized(none)).toEqual(summarizedGroups(run, recipientsOf, none));
    expect(counts.summarized(none)).toEqual(new Set([key('PVHCC.staff', 'overdue')]));
  });

  it('adds to a summary already made today, however few the new ones are', () => {
    const alreadySummarized = new Set([key('PVHCC.staff', 'due_soon')]);
    expect(summarizedGroups(alerts(2, 'due_soon'), recipientsOf, { ...none, alreadySummarized })).toEqual(
      alreadySummarized,
    );
  });
});

describe('splitNotices', () => {
  it('sends each recipient of an alert either its own line or a share of a summary, never both', () => {
    const batch = alerts(3, 'due_soon');
    const split = splitNotices(batch, recipientsOf, new Set([key('PVHCC.head', 'due_soon')]));
    expect(described(split)).toEqual({
      summaries: ['PVHCC.head due_soon plan-A ×3'],
      oneByOne: batch.map((alert) => `${alert.taskId} → PVHCC.staff`),
    });
  });

  it('keeps one summary per person, kind and plan across lead units', () => {
    const batch = [
      ...alerts(2, 'escalated_leadership', 'plan-A', 'PVHCC'),
      ...alerts(1, 'escalated_leadership', 'plan-A', 'KTHT'),
      ...alerts(1, 'escalated_leadership', 'plan-B', 'KTHT'),
    ];
    const summarized = new Set([
      key('leader', 'escalated_leadership'),
      key('leader', 'escalated_leadership', 'plan-B'),
    ]);
    expect(described(splitNotices(batch, recipientsOf, summarized))).toEqual({
      summaries: ['leader escalated_leadership plan-A ×3', 'leader escalated_leadership plan-B ×1'],
      oneByOne: [],
    });
  });

  it('tells everything one by one when nothing is summarized', () => {
    const batch = alerts(2, 'overdue');
    expect(described(splitNotices(batch, recipientsOf, new Set()))).toEqual({
      summaries: [],
      oneByOne: batch.map((alert) => `${alert.taskId} → PVHCC.staff`),
    });
  });
});
