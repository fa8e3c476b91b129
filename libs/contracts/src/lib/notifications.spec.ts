import {
  fillNotificationText,
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

describe('NOTIFICATIONS_API', () => {
  it('writes only the query parameters given', () => {
    expect(NOTIFICATIONS_API.list()).toBe('/api/notifications');
    expect(NOTIFICATIONS_API.list({ unread: true, limit: 5 })).toBe('/api/notifications?unread=true&limit=5');
    expect(NOTIFICATIONS_API.read('a/b')).toBe('/api/notifications/a%2Fb/read');
  });
});
