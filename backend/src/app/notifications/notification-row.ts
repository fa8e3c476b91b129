import {
  fillNotificationText,
  localizedNotificationParams,
  NOTIFICATION_TITLES_VI,
  type NotificationKind,
  type NotificationParams,
} from '@dondoc/contracts';
import { newId } from '../common/ids';
import { slices } from '../task-model/slices';
import type { NotificationEntity } from './entities/notification.entity';

/** Rows per INSERT, well under SQLite's limit on bound parameters. */
const NOTIFICATION_SLICE = 50;

export type NotificationSource = Omit<NotificationEntity, 'id' | 'kind' | 'params' | 'title' | 'readAt'>;

/** A new, unread notification with its Vietnamese text filled in from the params. */
export function notificationRow(
  kind: NotificationKind,
  params: NotificationParams,
  source: NotificationSource,
): NotificationEntity {
  return { id: newId(), kind, params, title: vietnameseTitle(kind, params), readAt: null, ...source };
}

export function vietnameseTitle(kind: NotificationKind, params: NotificationParams): string {
  return fillNotificationText(NOTIFICATION_TITLES_VI[kind], localizedNotificationParams(params, 'vi'));
}

/** Notification rows a few dozen per INSERT. */
export function notificationSlices<T>(rows: readonly T[]): T[][] {
  return slices(rows, NOTIFICATION_SLICE);
}
