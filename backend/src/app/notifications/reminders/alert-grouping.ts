import type { TaskAlertKind } from './task-alert.entity';

/**
 * More alerts than this of one kind in one plan for one person in a run, and the person is told
 * once with the count (a summary) instead of once per task.
 */
export const SUMMARY_ABOVE = 10;

/** What grouping needs to know of an alert: its kind and the plan of its task. */
export interface GroupedAlert {
  kind: TaskAlertKind;
  planId: string;
}

/** Whom an alert reaches (the notification rules for its kind and task), a list per alert. */
export type RecipientsOf<A> = (alert: A) => readonly string[];

/** One person's alerts of one kind in one plan. */
export interface NoticeGroup {
  recipientId: string;
  kind: TaskAlertKind;
  planId: string;
}

export function noticeGroupKey(group: NoticeGroup): string {
  return `${group.recipientId}|${group.kind}|${group.planId}`;
}

export interface GroupingRules {
  /** A group with more notices than this is summarized. */
  above: number;
  /**
   * Groups that already have today's summary: a run that resumes one cut short, or that raises a
   * few more later the same day, adds to it instead of telling the person again task by task.
   */
  alreadySummarized: ReadonlySet<string>;
}

/** The groups of a run's alerts whose notices are summed up, each once per person, kind and plan. */
export function summarizedGroups<A extends GroupedAlert>(
  alerts: Iterable<A>,
  recipientsOf: RecipientsOf<A>,
  rules: GroupingRules,
): Set<string> {
  const counts = new NoticeCounts(recipientsOf);
  counts.add(alerts);
  return counts.summarized(rules);
}

/**
 * `summarizedGroups` for alerts that come a chunk at a time, so a run never holds them all. Counted
 * per audience first (alerts of one kind and lead unit share their recipients' list), then spread
 * to the people in it: a run over 100,000 alerts builds a handful of keys.
 */
export class NoticeCounts<A extends GroupedAlert> {
  private readonly perAudience = new Map<readonly string[], Map<TaskAlertKind, Map<string, number>>>();

  constructor(private readonly recipientsOf: RecipientsOf<A>) {}

  add(alerts: Iterable<A>): void {
    for (const alert of alerts) {
      const recipients = this.recipientsOf(alert);
      let kinds = this.perAudience.get(recipients);
      if (!kinds) this.perAudience.set(recipients, (kinds = new Map()));
      let plans = kinds.get(alert.kind);
      if (!plans) kinds.set(alert.kind, (plans = new Map()));
      plans.set(alert.planId, (plans.get(alert.planId) ?? 0) + 1);
    }
  }

  summarized(rules: GroupingRules): Set<string> {
    const counts = new Map<string, number>();
    for (const [recipients, kinds] of this.perAudience)
      for (const [kind, plans] of kinds)
        for (const [planId, count] of plans)
          for (const recipientId of recipients) {
            const key = noticeGroupKey({ recipientId, kind, planId });
            counts.set(key, (counts.get(key) ?? 0) + count);
          }
    const summarized = new Set<string>();
    for (const [key, count] of counts)
      if (count > rules.above || rules.alreadySummarized.has(key)) summarized.add(key);
    return summarized;
  }
}

export interface SplitNotices<A> {
  /** Alerts told task by task, each to the recipients it is not summarized for. */
  oneByOne: { alert: A; recipientIds: string[] }[];
  /** Alerts summed up, per group, in the order they came. */
  summaries: (NoticeGroup & { alerts: A[] })[];
}

/** A batch's notices: each recipient of each alert hears of it in its own line or in a summary. */
export function splitNotices<A extends GroupedAlert>(
  alerts: readonly A[],
  recipientsOf: RecipientsOf<A>,
  summarized: ReadonlySet<string>,
): SplitNotices<A> {
  const oneByOne: SplitNotices<A>['oneByOne'] = [];
  const summaries = new Map<string, NoticeGroup & { alerts: A[] }>();
  for (const alert of alerts) {
    const recipientIds: string[] = [];
    for (const recipientId of recipientsOf(alert)) {
      const group = { recipientId, kind: alert.kind, planId: alert.planId };
      const key = noticeGroupKey(group);
      if (!summarized.has(key)) {
        recipientIds.push(recipientId);
        continue;
      }
      const summary = summaries.get(key);
      if (summary) summary.alerts.push(alert);
      else summaries.set(key, { ...group, alerts: [alert] });
    }
    if (recipientIds.length > 0) oneByOne.push({ alert, recipientIds });
  }
  return { oneByOne, summaries: [...summaries.values()] };
}
