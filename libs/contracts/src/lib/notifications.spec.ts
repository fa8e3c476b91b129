import {
  fillNotificationText,
  isSummaryKind,
  localizedNotificationParams,
  NOTIFICATION_KINDS,
  NOTIFICATION_TITLES_VI,
  NOTIFICATIONS_API,
} from './notifications';

describe('notification texts', () => {
  it('has a Vietnamese text for every kind', () => {
    expect(Object.keys(NOTIFICATION_TITLES_VI).sort()).toEqual([...NOTIFICATION_KINDS].sort());
  });

  it('fills the params and reads a missing one as empty', () => {
    expect(
      fillNotificationText(NOTIFICATION_TITLES_VI.returned, {
        ref: '12',
        task: 'Xây dựng kế hoạch',
        actor: 'Nguyễn Văn A',
        reason: 'Thiếu số liệu',
      }),
    ).toBe('Nguyễn Văn A đã trả lại nhiệm vụ 12: Thiếu số liệu');
    expect(fillNotificationText('{{actor}}|{{ ref }}', { ref: '3', task: '' })).toBe('|3');
  });
});

describe('summaries of many tasks', () => {
  const summary = { ref: '', task: 'Kế hoạch cải cách hành chính năm 2026', count: '32108' };

  it('writes the count the way each language does', () => {
    expect(
      fillNotificationText(
        NOTIFICATION_TITLES_VI.overdue_summary,
        localizedNotificationParams(summary, 'vi'),
      ),
    ).toBe('32.108 nhiệm vụ quá hạn thuộc Kế hoạch cải cách hành chính năm 2026');
    expect(localizedNotificationParams(summary, 'en').count).toBe('32,108');
  });

  it('leaves params without a count as they are', () => {
    const params = { ref: '12', task: 'Xây dựng kế hoạch' };
    expect(localizedNotificationParams(params, 'vi')).toBe(params);
    expect(localizedNotificationParams({ ...params, count: 'nhiều' }, 'vi').count).toBe('nhiều');
  });

  it('knows the summary kinds from the kinds about one task', () => {
    expect(NOTIFICATION_KINDS.filter(isSummaryKind)).toEqual([
      'due_soon_summary',
      'overdue_summary',
      'escalated_unit_head_summary',
      'escalated_leadership_summary',
    ]);
  });
});

describe('NOTIFICATIONS_API', () => {
  it('writes only the query parameters given', () => {
    expect(NOTIFICATIONS_API.list()).toBe('/api/notifications');
    expect(NOTIFICATIONS_API.list({ unread: true, limit: 5 })).toBe('/api/notifications?unread=true&limit=5');
    expect(NOTIFICATIONS_API.read('a/b')).toBe('/api/notifications/a%2Fb/read');
  });
});
