/**
 * Everything that asks something of a person, as the bell shows it. Each kind has one text per
 * language, filled from the notification's params; the server also stores the Vietnamese text.
 */
export const NOTIFICATION_KINDS = [
  /** A submission waits for the plan's reviewer unit. */
  'review_requested',
  /** A legal document waits for the office's appraisal (thẩm định). */
  'appraisal_requested',
  /** Reviewed work waits for the approver unit. */
  'approval_requested',
  /** The work came back to the lead unit, with a reason. */
  'returned',
  /** A cooperating unit is asked for its opinion on a draft. */
  'opinion_requested',
  'extension_requested',
  'extension_granted',
  'extension_refused',
  /** Someone named the user in a comment. */
  'mentioned',
  'due_soon',
  'overdue',
  /** An overdue task reaches the head of its lead unit. */
  'escalated_unit_head',
  /** A task overdue for several working days reaches the ward's leadership. */
  'escalated_leadership',
  /**
   * The same four, told once for many tasks of one plan: when a run of the reminders raises more
   * than a few of a kind for one person, they get one line with the count instead of a line each.
   */
  'due_soon_summary',
  'overdue_summary',
  'escalated_unit_head_summary',
  'escalated_leadership_summary',
  /** Văn phòng opened a report round: the unit is asked for its part (kết quả thực hiện). */
  'report_part_asked',
  /** Văn phòng returned the unit's part of a report round, with a reason. */
  'report_part_returned',
  /** The unit's part is not handed in and the round's send-by day is near (working days). */
  'report_part_due_soon',
  /** The round's send-by day has passed and the unit's part is still not handed in. */
  'report_part_overdue',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * What the texts are filled with. Strings only, so that every language interpolates the same
 * values; dates are written dd/mm/yyyy, as the app shows them in every language.
 */
export interface NotificationParams {
  /** The task's number in its plan ("12", "2.3"). */
  ref: string;
  /** The task's content, shortened. */
  task: string;
  /** Who did what the notification is about; absent for the scheduler's reminders. */
  actor?: string;
  /** The due date in force, dd/mm/yyyy. */
  due?: string;
  /** The return or refusal reason, or the comment, shortened. */
  reason?: string;
  /** Working days past the due date (escalations). */
  lateDays?: string;
  /** The lead unit's code (escalations). */
  unit?: string;
  /** A report round's id (its part form is where the notification leads) and its period's label. */
  round?: string;
  period?: string;
  /** How many tasks a summary stands for, in digits ("32108"); each language writes it its way. */
  count?: string;
}

/**
 * The Vietnamese text of each kind; `{{name}}` stands for a param. The UI's Vietnamese dictionary
 * uses these same strings, and the server stores them filled in as the notification's title.
 */
export const NOTIFICATION_TITLES_VI: Readonly<Record<NotificationKind, string>> = {
  review_requested: '{{actor}} đã trình nhiệm vụ {{ref}}, cần thẩm tra: {{task}}',
  appraisal_requested: '{{actor}} đã trình dự thảo {{ref}}, cần thẩm định: {{task}}',
  approval_requested: '{{actor}} đã thẩm tra nhiệm vụ {{ref}}, cần phê duyệt: {{task}}',
  returned: '{{actor}} đã trả lại nhiệm vụ {{ref}}: {{reason}}',
  opinion_requested: '{{actor}} xin ý kiến đơn vị về dự thảo {{ref}}: {{task}}',
  extension_requested: '{{actor}} đề nghị gia hạn nhiệm vụ {{ref}} đến {{due}}: {{reason}}',
  extension_granted: '{{actor}} đã đồng ý gia hạn nhiệm vụ {{ref}} đến {{due}}',
  extension_refused: '{{actor}} không đồng ý gia hạn nhiệm vụ {{ref}}: {{reason}}',
  mentioned: '{{actor}} nhắc đến bạn ở nhiệm vụ {{ref}}: {{reason}}',
  due_soon: 'Nhiệm vụ {{ref}} sắp đến hạn ({{due}}): {{task}}',
  overdue: 'Nhiệm vụ {{ref}} đã quá hạn ({{due}}): {{task}}',
  escalated_unit_head:
    'Nhiệm vụ {{ref}} của {{unit}} đã quá hạn ({{due}}), cần trưởng đơn vị đôn đốc: {{task}}',
  escalated_leadership:
    'Nhiệm vụ {{ref}} của {{unit}} quá hạn {{lateDays}} ngày làm việc (hạn {{due}}): {{task}}',
  due_soon_summary: '{{count}} nhiệm vụ sắp đến hạn thuộc {{task}}',
  overdue_summary: '{{count}} nhiệm vụ quá hạn thuộc {{task}}',
  escalated_unit_head_summary:
    '{{count}} nhiệm vụ của {{unit}} quá hạn thuộc {{task}}, cần trưởng đơn vị đôn đốc',
  escalated_leadership_summary:
    '{{count}} nhiệm vụ quá hạn từ {{lateDays}} ngày làm việc trở lên thuộc {{task}}',
  report_part_asked: '{{actor}} đề nghị đơn vị báo cáo kết quả {{period}}, hạn gửi {{due}}: {{task}}',
  report_part_returned: '{{actor}} đã trả lại phần báo cáo {{period}} của đơn vị: {{reason}}',
  report_part_due_soon: 'Phần báo cáo {{period}} của đơn vị sắp đến hạn gửi ({{due}}): {{task}}',
  report_part_overdue: 'Phần báo cáo {{period}} của đơn vị đã quá hạn gửi ({{due}}): {{task}}',
};

/** A kind's text filled with the params; a param that is missing reads as empty. */
export function fillNotificationText(template: string, params: NotificationParams): string {
  const values = params as unknown as Record<string, string | undefined>;
  return template.replace(/{{\s*(\w+)\s*}}/g, (_, name: string) => values[name] ?? '');
}

/** The kinds that stand for many tasks of one plan, and the board filter that shows those tasks. */
export const SUMMARY_BOARD_FILTERS = {
  due_soon_summary: { timeliness: 'due_soon', byUnit: true },
  overdue_summary: { timeliness: 'overdue', byUnit: true },
  escalated_unit_head_summary: { timeliness: 'overdue', byUnit: true },
  escalated_leadership_summary: { timeliness: 'overdue', byUnit: false },
} as const satisfies Partial<
  Record<NotificationKind, { timeliness: 'due_soon' | 'overdue'; byUnit: boolean }>
>;
export type SummaryKind = keyof typeof SUMMARY_BOARD_FILTERS;

export function isSummaryKind(kind: NotificationKind): kind is SummaryKind {
  return kind in SUMMARY_BOARD_FILTERS;
}

/** A count as a language writes it: "32.108" in Vietnamese, "32,108" in English. */
export function formatCount(count: number, language: 'vi' | 'en'): string {
  return count.toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB');
}

/**
 * The params as a language writes them: a count with that language's thousands separator
 * ("32.108" in Vietnamese, "32,108" in English); everything else as stored.
 */
export function localizedNotificationParams(
  params: NotificationParams,
  language: 'vi' | 'en',
): NotificationParams {
  const count = params.count === undefined ? NaN : Number(params.count);
  if (!Number.isSafeInteger(count)) return params;
  return { ...params, count: formatCount(count, language) };
}

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  params: NotificationParams;
  /** The Vietnamese text, as stored. */
  title: string;
  taskId: string | null;
  planId: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationListDto {
  items: NotificationDto[];
  /** All of the user's unread notifications, not only those in `items`. */
  unreadCount: number;
}

export interface NotificationListQuery {
  unread?: boolean;
  /** 1–100, 30 by default. */
  limit?: number;
}

export interface ReadAllResponse {
  updated: number;
}

/** The parts of a unit's daily digest, in the order it is written. */
export const DIGEST_SECTIONS = [
  'overdue',
  'due_soon',
  'returned',
  'to_review',
  'to_approve',
  'opinion_requested',
  'extension_to_decide',
] as const;
export type DigestSectionKey = (typeof DIGEST_SECTIONS)[number];

export const DIGEST_SECTION_TITLES_VI: Readonly<Record<DigestSectionKey, string>> = {
  overdue: 'Nhiệm vụ quá hạn',
  due_soon: 'Nhiệm vụ sắp đến hạn',
  returned: 'Nhiệm vụ bị trả lại, cần sửa',
  to_review: 'Hồ sơ chờ thẩm tra',
  to_approve: 'Hồ sơ chờ thẩm định, phê duyệt',
  opinion_requested: 'Dự thảo cần cho ý kiến',
  extension_to_decide: 'Đề nghị gia hạn chờ quyết định',
};

export interface DigestItemDto {
  taskId: string;
  planId: string;
  ref: string;
  task: string;
  /** The due date in force (ISO), when there is one. */
  due: string | null;
}

/**
 * At most this many tasks are listed per digest section, the earliest due first; the rest are
 * counted. After a big import a unit can have tens of thousands overdue: a list that long is
 * read by no one and made a digest (and its e-mail) megabytes long.
 */
export const DIGEST_ITEMS_SHOWN = 50;

export interface DigestSectionDto {
  key: DigestSectionKey;
  /** The earliest due of the section's tasks, at most DIGEST_ITEMS_SHOWN. */
  items: DigestItemDto[];
  /** How many tasks the section holds (digests made before it was counted: absent, all listed). */
  total?: number;
}

/** How many tasks a section holds, whether or not all are listed. */
export function sectionTotal(section: DigestSectionDto): number {
  return section.total ?? section.items.length;
}

/** One unit's list of open asks on one day (Vietnam time), made once by the daily digest job. */
export interface DigestDto {
  id: string;
  unitId: string;
  /** ISO date in Vietnam. */
  date: string;
  /** Only the sections that have something in them. */
  sections: DigestSectionDto[];
  createdAt: string;
  /** When the e-mail went out; null when there was nothing to send or it has not gone yet. */
  mailedAt: string | null;
}

export const NOTIFICATIONS_API = {
  list: (query: NotificationListQuery = {}) => {
    const params = new URLSearchParams();
    if (query.unread !== undefined) params.set('unread', String(query.unread));
    if (query.limit !== undefined) params.set('limit', String(query.limit));
    const search = params.toString();
    return `/api/notifications${search ? `?${search}` : ''}`;
  },
  read: (id: string) => `/api/notifications/${encodeURIComponent(id)}/read`,
  readAll: '/api/notifications/read-all',
  digests: '/api/notifications/digests',
} as const;
