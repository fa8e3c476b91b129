import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { NotificationDto, NotificationListDto } from '@dondoc/contracts';
import { aUser } from '../../../testing/factories';
import { aNotification } from '../../../testing/notifications';
import { Session } from '../../core/auth/session';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { NotificationStore } from './notification-store';
import { NotificationsApi } from './notifications-api';

/** The app's connection as the store sees it: the test says when it (re)connects and what arrives. */
class FakeRealtime {
  readonly connected = signal(false);
  private readonly connectedListeners = new Set<() => void>();
  private readonly notificationListeners = new Set<(notification: NotificationDto) => void>();

  onConnected(listener: () => void): () => void {
    this.connectedListeners.add(listener);
    return () => this.connectedListeners.delete(listener);
  }

  onNotification(listener: (notification: NotificationDto) => void): () => void {
    this.notificationListeners.add(listener);
    return () => this.notificationListeners.delete(listener);
  }

  connects(): void {
    this.connected.set(true);
    for (const listener of this.connectedListeners) listener();
  }

  delivers(notification: NotificationDto): void {
    for (const listener of this.notificationListeners) listener(notification);
  }
}

/** A list call the test answers when it likes. */
function deferredList() {
  let answer!: (list: NotificationListDto) => void;
  const promise = new Promise<NotificationListDto>((resolve) => (answer = resolve));
  return { promise, answer };
}

/** Lets every answer already given reach the store. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

function setUp() {
  const realtime = new FakeRealtime();
  const list = jest.fn<Promise<NotificationListDto>, []>();
  TestBed.configureTestingModule({
    providers: [
      { provide: RealtimeService, useValue: realtime },
      { provide: NotificationsApi, useValue: { list } },
    ],
  });
  localStorage.clear();
  const session = TestBed.inject(Session);
  session.start('jwt-1', aUser());
  return { realtime, list, session };
}

describe('NotificationStore', () => {
  it('reads the list at once when the connection opened before the store was first needed', async () => {
    const { realtime, list } = setUp();
    list.mockResolvedValue({ items: [aNotification({ id: 'n-1' })], unreadCount: 1 });
    realtime.connects();

    const store = TestBed.inject(NotificationStore);
    expect(list).toHaveBeenCalledTimes(1);
    await settle();
    expect(store.unreadCount()).toBe(1);
    expect(store.live()).toBe(true);
  });

  it('drops a list that answers after the user signed out', async () => {
    const { realtime, list, session } = setUp();
    const store = TestBed.inject(NotificationStore);
    const late = deferredList();
    list.mockReturnValue(late.promise);
    realtime.connects();

    session.end();
    TestBed.tick();
    late.answer({ items: [aNotification({ id: 'n-1' })], unreadCount: 1 });
    await settle();
    expect(store.items()).toEqual([]);
    expect(store.unreadCount()).toBe(0);
    expect(store.state()).toBe('idle');
  });

  it('is live only once the list read for the newest connection is in', async () => {
    const { realtime, list } = setUp();
    const store = TestBed.inject(NotificationStore);
    const first = deferredList();
    const second = deferredList();
    list.mockReturnValueOnce(first.promise).mockReturnValueOnce(second.promise);

    realtime.connects();
    realtime.connects();
    first.answer({ items: [], unreadCount: 0 });
    await settle();
    expect(store.live()).toBe(false);

    second.answer({ items: [aNotification({ id: 'n-2' })], unreadCount: 1 });
    await settle();
    expect(store.live()).toBe(true);
    expect(store.items().map((item) => item.id)).toEqual(['n-2']);
  });

  it('stops listening to the connection when destroyed', () => {
    const { realtime, list } = setUp();
    list.mockResolvedValue({ items: [], unreadCount: 0 });
    const store = TestBed.inject(NotificationStore);
    TestBed.resetTestingModule();

    realtime.delivers(aNotification({ id: 'n-3' }));
    realtime.connects();
    expect(store.items()).toEqual([]);
    expect(list).not.toHaveBeenCalled();
  });
});
