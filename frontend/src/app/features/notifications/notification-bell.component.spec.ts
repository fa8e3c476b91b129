import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { DigestDto, NotificationListDto } from '@dondoc/contracts';
import { NOTIFICATIONS_API } from '@dondoc/contracts';
import { aChange, aUser } from '../../../testing/factories';
import { fakeSockets } from '../../../testing/fake-socket';
import { aNotification } from '../../../testing/notifications';
import { provideTestTranslations } from '../../../testing/translate';
import { Session } from '../../core/auth/session';
import { LanguageService } from '../../core/i18n/language.service';
import { RealtimeService } from '../../core/realtime/realtime.service';
import { NotificationBellComponent } from './notification-bell.component';
import { mergeNotifications, SHOWN_NOTIFICATIONS } from './notification-store';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();

async function render() {
  const { sockets, provider: socketFactory } = fakeSockets();
  TestBed.configureTestingModule({
    imports: [NotificationBellComponent],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideTestTranslations(),
      socketFactory,
    ],
  });
  localStorage.clear();
  const session = TestBed.inject(Session);
  session.start('jwt-1', aUser());
  const http = TestBed.inject(HttpTestingController);
  const fixture = TestBed.createComponent(NotificationBellComponent);
  const element = fixture.nativeElement as HTMLElement;
  const settle = async () => {
    await fixture.whenStable();
    await fixture.whenStable();
  };
  await settle();
  /** The server accepts the socket and answers the list the bell then asks for. */
  const connect = async (list: NotificationListDto) => {
    sockets[sockets.length - 1].serverAccepts();
    http.expectOne(NOTIFICATIONS_API.list({ limit: SHOWN_NOTIFICATIONS })).flush(list);
    await settle();
  };
  const live = () =>
    element.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-live') ?? null;
  const click = async (testId: string) => {
    element.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)?.click();
    await settle();
  };
  return { fixture, element, session, sockets, http, connect, click, settle, live };
}

describe('NotificationBellComponent', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('opens a connection with the token and shows the unread count the server gives', async () => {
    const { element, sockets, connect } = await render();
    expect(sockets.map((socket) => socket.token)).toEqual(['jwt-1']);
    expect(element.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-live')).toBe(
      'false',
    );

    await connect({ items: [aNotification()], unreadCount: 3 });
    expect(text(element.querySelector('[data-testid="notification-count"]'))).toBe('3');
    expect(
      element.querySelector('[data-testid="notification-bell-button"]')?.getAttribute('aria-label'),
    ).toBe('Thông báo, 3 chưa đọc');
    expect(element.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-live')).toBe(
      'true',
    );
  });

  it('adds a notification that arrives live, once, and announces it', async () => {
    const { element, sockets, connect, click, settle } = await render();
    await connect({ items: [], unreadCount: 0 });
    expect(element.querySelector('[data-testid="notification-count"]')).toBeNull();

    const arrived = aNotification({
      id: 'n-2',
      kind: 'returned',
      params: { ref: '7', task: 'Báo cáo', actor: 'Chị Lan', reason: 'Thiếu số liệu' },
    });
    sockets[0].pushNotification(arrived);
    sockets[0].pushNotification(arrived);
    await settle();
    expect(text(element.querySelector('[data-testid="notification-count"]'))).toBe('1');
    const region = element.querySelector('[data-testid="notification-live-region"]');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(text(region)).toBe('Thông báo mới: Chị Lan đã trả lại nhiệm vụ 7: Thiếu số liệu');

    await click('notification-bell-button');
    const items = element.querySelectorAll<HTMLElement>('[data-testid="notification-item"]');
    expect(items).toHaveLength(1);
    expect(items[0].dataset['kind']).toBe('returned');
    expect(items[0].dataset['read']).toBe('false');
    expect(text(items[0].querySelector('[data-testid="notification-text"]'))).toBe(
      'Chị Lan đã trả lại nhiệm vụ 7: Thiếu số liệu',
    );
  });

  it('marks a notification read and opens its task on the plan board', async () => {
    const { element, http, connect, click, settle } = await render();
    const notification = aNotification();
    await connect({ items: [notification], unreadCount: 1 });
    await click('notification-bell-button');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);

    element.querySelector<HTMLButtonElement>('[data-testid="notification-item"] button')?.click();
    const read = http.expectOne(NOTIFICATIONS_API.read('n-1'));
    expect(read.request.method).toBe('POST');
    read.flush({ ...notification, readAt: '2026-06-25T03:00:00.000Z' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/', 'ke-hoach', 'plan-158'], { queryParams: { q: '12' } });
    expect(element.querySelector('[data-testid="notification-count"]')).toBeNull();
    expect(element.querySelector('[data-testid="notification-panel"]')).toBeNull();
  });

  it('shows a summary of many tasks with the count as each language writes it, and opens the board filtered to them', async () => {
    const { element, http, connect, click, settle } = await render();
    const summary = aNotification({
      id: 'n-9',
      kind: 'escalated_unit_head_summary',
      params: { ref: '', task: 'Kế hoạch cải cách hành chính năm 2026', count: '32108', unit: 'VHXH' },
      title:
        '32.108 nhiệm vụ của VHXH quá hạn thuộc Kế hoạch cải cách hành chính năm 2026, cần trưởng đơn vị đôn đốc',
      taskId: null,
    });
    await connect({ items: [summary], unreadCount: 1 });
    await click('notification-bell-button');
    const itemText = () => text(element.querySelector('[data-testid="notification-text"]'));
    expect(itemText()).toBe(summary.title);

    TestBed.inject(LanguageService).use('en');
    await settle();
    expect(itemText()).toBe(
      '32,108 tasks of VHXH overdue in Kế hoạch cải cách hành chính năm 2026, needing the unit head',
    );

    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    element.querySelector<HTMLButtonElement>('[data-testid="notification-item"] button')?.click();
    http.expectOne(NOTIFICATIONS_API.read('n-9')).flush({ ...summary, readAt: '2026-06-25T03:00:00.000Z' });
    await settle();
    expect(navigate).toHaveBeenCalledWith(['/', 'ke-hoach', 'plan-158'], {
      queryParams: { timeliness: 'overdue', unit: 'VHXH' },
    });
  });

  it('counts a summary unread again when it comes back with a larger count after being read', async () => {
    const { element, sockets, connect, settle } = await render();
    const read = aNotification({
      id: 'n-9',
      kind: 'escalated_leadership_summary',
      params: { ref: '', task: 'Kế hoạch', count: '40', lateDays: '3' },
      readAt: '2026-06-25T03:00:00.000Z',
    });
    await connect({ items: [read], unreadCount: 0 });
    sockets[0].pushNotification({ ...read, params: { ...read.params, count: '45' }, readAt: null });
    await settle();
    expect(text(element.querySelector('[data-testid="notification-count"]'))).toBe('1');
    // the same message again changes nothing
    sockets[0].pushNotification({ ...read, params: { ...read.params, count: '45' }, readAt: null });
    await settle();
    expect(text(element.querySelector('[data-testid="notification-count"]'))).toBe('1');
  });

  it('marks all read at once', async () => {
    const { element, http, connect, click, settle } = await render();
    await connect({ items: [aNotification(), aNotification({ id: 'n-2' })], unreadCount: 2 });
    await click('notification-bell-button');
    element.querySelector<HTMLButtonElement>('[data-testid="notification-read-all"]')?.click();
    http.expectOne(NOTIFICATIONS_API.readAll).flush({ updated: 2 });
    await settle();
    expect(element.querySelector('[data-testid="notification-count"]')).toBeNull();
    const states = Array.from(element.querySelectorAll<HTMLElement>('[data-testid="notification-item"]')).map(
      (item) => item.dataset['read'],
    );
    expect(states).toEqual(['true', 'true']);
  });

  it('shows the unit’s daily digests in Vietnamese', async () => {
    const { element, http, connect, click, settle } = await render();
    await connect({ items: [], unreadCount: 0 });
    await click('notification-bell-button');
    await click('notification-tab-digests');
    const digests: DigestDto[] = [
      {
        id: 'd-2',
        unitId: 'unit-vhxh',
        date: '2026-06-26',
        sections: [
          {
            key: 'overdue',
            items: [{ taskId: 't-1', planId: 'plan-158', ref: '3', task: 'Báo cáo quý', due: '2026-06-20' }],
          },
          {
            key: 'due_soon',
            items: [{ taskId: 't-2', planId: 'plan-158', ref: '4', task: 'Kế hoạch', due: '2026-06-29' }],
            total: 1_251,
          },
        ],
        createdAt: '2026-06-26T00:05:00.000Z',
        mailedAt: null,
      },
      { id: 'd-1', unitId: 'unit-vhxh', date: '2026-06-25', sections: [], createdAt: '', mailedAt: null },
    ];
    http.expectOne(NOTIFICATIONS_API.digests).flush(digests);
    await settle();
    const shown = element.querySelectorAll<HTMLElement>('[data-testid="digest"]');
    expect(Array.from(shown).map((digest) => text(digest.querySelector('h3')))).toEqual([
      'Bản tin ngày 26/06/2026',
      'Bản tin ngày 25/06/2026',
    ]);
    expect(text(shown[0].querySelector('h4'))).toBe('Nhiệm vụ quá hạn 1');
    expect(text(shown[0].querySelector('li a'))).toBe('3 Báo cáo quý');
    expect(text(shown[0].querySelector('li .when'))).toBe('hạn 20/06/2026');
    expect(text(shown[1].querySelector('.quiet'))).toBe('Không có việc nào cần xử lý');
    expect(shown[0].querySelector('a')?.getAttribute('href')).toBe('/ke-hoach/plan-158?q=3');
    // A big section lists its earliest due, counts them all and leads to the unit's board.
    expect(text(shown[0].querySelectorAll('h4')[1])).toBe('Nhiệm vụ sắp đến hạn 1.251');
    const more = shown[0].querySelectorAll<HTMLAnchorElement>('[data-testid="digest-more"]');
    expect(more).toHaveLength(1);
    expect(text(more[0])).toBe('… và 1.250 nhiệm vụ khác, xem trên bảng công việc của đơn vị');
    expect(more[0].getAttribute('href')).toBe('/don-vi');
  });

  it('shares the app’s one connection with the boards', async () => {
    const { element, sockets, connect, settle } = await render();
    const board = { planId: 'plan-158', since: () => null, onChange: jest.fn() };
    TestBed.inject(RealtimeService).watch({ ...board, onMissed: jest.fn(), onTooFarBehind: jest.fn() });
    await connect({ items: [], unreadCount: 0 });
    expect(sockets).toHaveLength(1);
    expect(sockets[0].joinEvents).toEqual(['plan.join']);

    // One socket carries both: the board's changes and the user's notifications.
    const change = aChange({ planId: 'plan-158' }, { id: '21' });
    sockets[0].push(change);
    sockets[0].pushNotification(aNotification({ id: 'n-9' }));
    await settle();
    expect(board.onChange).toHaveBeenCalledWith(change);
    expect(text(element.querySelector('[data-testid="notification-count"]'))).toBe('1');
  });

  it('reads the list again after a reconnect, and is not live while the connection is down', async () => {
    const { element, sockets, connect, settle, live } = await render();
    await connect({ items: [aNotification()], unreadCount: 1 });
    expect(live()).toBe('true');

    sockets[0].serverDrops();
    await settle();
    expect(live()).toBe('false');

    // Two notifications came while the bell heard nothing: the list the API gives has them.
    await connect({
      items: [aNotification({ id: 'n-3' }), aNotification({ id: 'n-2' }), aNotification()],
      unreadCount: 3,
    });
    expect(sockets).toHaveLength(1);
    expect(text(element.querySelector('[data-testid="notification-count"]'))).toBe('3');
    expect(live()).toBe('true');
  });

  it('closes the connection and forgets the list when the user signs out', async () => {
    const { element, sockets, session, connect, settle } = await render();
    await connect({ items: [aNotification()], unreadCount: 1 });
    session.end();
    await settle();
    expect(sockets[0].closed).toBe(true);
    expect(element.querySelector('[data-testid="notification-count"]')).toBeNull();
    expect(element.querySelector('[data-testid="notification-bell"]')?.getAttribute('data-live')).toBe(
      'false',
    );
  });
});

describe('mergeNotifications', () => {
  it('keeps the newest first, each once, at most the given number', () => {
    const older = aNotification({ id: 'a', createdAt: '2026-06-01T00:00:00.000Z' });
    const newer = aNotification({ id: 'b', createdAt: '2026-06-02T00:00:00.000Z' });
    const readOlder = { ...older, readAt: '2026-06-03T00:00:00.000Z' };
    expect(mergeNotifications([older], [newer, readOlder]).map((item) => [item.id, item.readAt])).toEqual([
      ['b', null],
      ['a', '2026-06-03T00:00:00.000Z'],
    ]);
    expect(mergeNotifications([older, newer], [], 1).map((item) => item.id)).toEqual(['b']);
  });
});
