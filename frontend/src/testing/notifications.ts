import type { NotificationDto } from '@dondoc/contracts';

/** A notification the reviewer gets when a task is submitted to them; a spec overrides what its case is about. */
export function aNotification(overrides: Partial<NotificationDto> = {}): NotificationDto {
  return {
    id: 'n-1',
    kind: 'review_requested',
    params: { ref: '12', task: 'Xây dựng kế hoạch', actor: 'Nguyễn Văn B' },
    title: 'Nguyễn Văn B đã trình nhiệm vụ 12, cần thẩm tra: Xây dựng kế hoạch',
    taskId: 'task-12',
    planId: 'plan-158',
    createdAt: '2026-06-25T02:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}
