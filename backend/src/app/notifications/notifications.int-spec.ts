import type {
  ApiErrorBody,
  NotificationDto,
  NotificationListDto,
  ReadAllResponse,
  TransitionResponse,
} from '@dondoc/contracts';
import { API, COLLABORATION_API, NOTIFICATIONS_API } from '@dondoc/contracts';
import { ApiClient } from '../../testing/api-client';
import { describeEachDatabase } from '../../testing/each-database';
import { createFixture, type Fixture, FIXTURE_PASSWORD, type Seat } from '../../testing/fixtures';
import { SettableClock } from '../../testing/settable-clock';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { NotificationEntity } from './entities/notification.entity';
import { NotificationWatcher } from './testing/notification-watcher';

describeEachDatabase('notifications of what a change asks of whom', (kind) => {
  // the fixture's tasks are due 30/06/2026
  const clock = new SettableClock('2026-06-01T02:00:00.000Z');
  let testApp: TestApp;
  let fixture: Fixture;
  const clients = {} as Record<Seat, ApiClient>;
  const watchers = {} as Record<'reviewer' | 'leadHead' | 'approver' | 'cooperator', NotificationWatcher>;
  const versions = [1, 1, 1];

  beforeAll(async () => {
    testApp = await startTestApp(kind, {}, { clock });
    fixture = await createFixture(testApp.dataSource, {
      tasks: [{ type: 'document' }, { type: 'document' }, { type: 'legal_document' }],
    });
    for (const [seat, user] of Object.entries(fixture.users)) {
      clients[seat as Seat] = await ApiClient.login(testApp.url, user.username, FIXTURE_PASSWORD);
    }
    for (const seat of ['reviewer', 'leadHead', 'approver', 'cooperator'] as const) {
      watchers[seat] = await NotificationWatcher.connect(testApp.url, clients[seat].accessToken);
    }
  });

  afterAll(async () => {
    for (const watcher of Object.values(watchers)) watcher.close();
    await testApp.close();
  });

  /** A move that must be accepted; keeps the task's version. */
  const move = async (seat: Seat, index: number, body: Record<string, unknown>) => {
    const answer = await clients[seat].post<TransitionResponse & ApiErrorBody>(
      API.transitions(fixture.tasks[index].id),
      { expectedVersion: versions[index], ...body },
    );
    expect(answer).toMatchObject({ status: 200 });
    versions[index] = answer.body.card.version;
    return answer.body;
  };
  const listOf = async (seat: Seat, query: Parameters<typeof NOTIFICATIONS_API.list>[0] = {}) => {
    const answer = await clients[seat].get<NotificationListDto>(NOTIFICATIONS_API.list(query));
    expect(answer.status).toBe(200);
    return answer.body;
  };
  const kindsOf = async (seat: Seat) => (await listOf(seat)).items.map((item) => item.kind);
  const seatsNotified = async (eventId: string) => {
    const rows = await testApp.dataSource.manager.findBy(NotificationEntity, {
      sourceKey: `event:${eventId}`,
    });
    const seatOf = (userId: string) =>
      Object.entries(fixture.users).find(([, user]) => user.id === userId)?.[0] ?? userId;
    return rows.map((row) => seatOf(row.recipientId)).sort();
  };

  it('asks the reviewer unit live to review a submission; neither the submitter nor its clerk hear of it', async () => {
    const submitted = await move('leadStaff', 0, {
      event: 'SUBMIT',
      payload: { deliverableRef: 'ke-hoach.docx' },
    });
    await watchers.reviewer.waitFor(1);
    const [live] = watchers.reviewer.received;
    expect(live).toMatchObject({
      kind: 'review_requested',
      taskId: fixture.tasks[0].id,
      planId: fixture.plan.id,
      readAt: null,
      params: {
        ref: '1',
        actor: fixture.users.leadStaff.fullName,
        task: 'Nhiệm vụ thử nghiệm số 1',
        due: '30/06/2026',
      },
      title: `${fixture.users.leadStaff.fullName} đã trình nhiệm vụ 1, cần thẩm tra: Nhiệm vụ thử nghiệm số 1`,
    });
    expect(await seatsNotified(submitted.event.id)).toEqual(['reviewer']);
    expect(await listOf('reviewer')).toEqual({ items: [live], unreadCount: 1 });
    expect(await kindsOf('reviewerClerk')).toEqual([]);
    expect(await kindsOf('leadStaff')).toEqual([]);
  });

  it('tells every member of the lead unit of a return, with its reason', async () => {
    const returned = await move('reviewer', 0, {
      event: 'RETURN',
      payload: { reason: 'Thiếu số liệu quý I' },
    });
    await watchers.leadHead.waitFor(1);
    expect(watchers.leadHead.received[0]).toMatchObject({
      kind: 'returned',
      params: { reason: 'Thiếu số liệu quý I' },
      title: `${fixture.users.reviewer.fullName} đã trả lại nhiệm vụ 1: Thiếu số liệu quý I`,
    });
    expect(await seatsNotified(returned.event.id)).toEqual(['leadHead', 'leadStaff', 'leadUnitLeader']);
  });

  it('asks the approver unit to approve and to decide an extension, and tells the lead unit the answer', async () => {
    await move('leadStaff', 1, { event: 'SUBMIT', payload: { deliverableRef: 'bao-cao.docx' } });
    const reviewed = await move('reviewer', 1, { event: 'REVIEW' });
    expect(await seatsNotified(reviewed.event.id)).toEqual(['approver', 'officeHead']);
    const requested = await move('leadStaff', 1, {
      event: 'REQUEST_EXTENSION',
      payload: { newDue: '2026-07-31', reason: 'Chờ hướng dẫn của Sở' },
    });
    expect(await seatsNotified(requested.event.id)).toEqual(['approver', 'officeHead']);
    await watchers.approver.waitFor(2);
    expect(watchers.approver.received.map((item) => item.kind)).toEqual([
      'approval_requested',
      'extension_requested',
    ]);
    expect(watchers.approver.received[1].params).toMatchObject({
      due: '31/07/2026',
      reason: 'Chờ hướng dẫn của Sở',
    });

    const granted = await move('approver', 1, { event: 'GRANT_EXTENSION' });
    expect(await seatsNotified(granted.event.id)).toEqual(['leadHead', 'leadStaff', 'leadUnitLeader']);
    await watchers.leadHead.waitFor(2);
    expect(watchers.leadHead.received[1]).toMatchObject({
      kind: 'extension_granted',
      params: { due: '31/07/2026' },
    });
  });

  it('asks the consulted units for their opinion on a draft legal document', async () => {
    await move('leadStaff', 2, { event: 'START_CONSULTATION' });
    await watchers.cooperator.waitFor(1);
    expect(watchers.cooperator.received[0]).toMatchObject({
      kind: 'opinion_requested',
      taskId: fixture.tasks[2].id,
    });
    expect(await kindsOf('cooperator')).toEqual(['opinion_requested']);
  });

  it('tells the users a comment mentions, and nobody when the mentions are claimed by the client', async () => {
    const { approver, leadStaff } = fixture.users;
    const text = `Nhờ @${approver.username} xem giúp số liệu, @${leadStaff.username} bổ sung sau`;
    const commented = await clients.leadStaff.post<TransitionResponse>(
      COLLABORATION_API.comments(fixture.tasks[0].id),
      { text },
    );
    expect(commented.status).toBe(201);
    versions[0] = commented.body.card.version;
    expect(await seatsNotified(commented.body.event.id)).toEqual(['approver']);
    await watchers.approver.waitFor(3);
    expect(watchers.approver.received[2]).toMatchObject({ kind: 'mentioned', params: { reason: text } });

    // the transitions endpoint takes no mentions from outside: they are the server's to resolve,
    // so a claimed one is refused (400, naming the key) and tells nobody
    const before = await testApp.dataSource.manager.count(NotificationEntity);
    const claimed = await clients.leadStaff.post<ApiErrorBody>(API.transitions(fixture.tasks[0].id), {
      event: 'COMMENT',
      expectedVersion: versions[0],
      comment: 'Xem giúp',
      payload: { mentions: [fixture.users.officeHead.id] },
    });
    expect(claimed.status).toBe(400);
    expect(JSON.stringify(claimed.body)).toContain('mentions');
    expect(await testApp.dataSource.manager.count(NotificationEntity)).toBe(before);
  });

  it('writes nothing for a move that is refused', async () => {
    const before = await testApp.dataSource.manager.count(NotificationEntity);
    const refused = await clients.reviewerClerk.post<ApiErrorBody>(API.transitions(fixture.tasks[0].id), {
      event: 'SUBMIT',
      expectedVersion: versions[0],
      payload: { deliverableRef: 'x.docx' },
    });
    expect(refused.status).toBe(403);
    expect(await testApp.dataSource.manager.count(NotificationEntity)).toBe(before);
  });

  it('marks the caller’s own notifications read, one or all, and nobody else’s', async () => {
    const before = await listOf('approver');
    expect(before.unreadCount).toBe(3);
    const first = before.items[before.items.length - 1];
    const read = await clients.approver.post<NotificationDto>(NOTIFICATIONS_API.read(first.id), {});
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: first.id, readAt: expect.any(String) });
    const again = await clients.approver.post<NotificationDto>(NOTIFICATIONS_API.read(first.id), {});
    expect(again.body.readAt).toBe(read.body.readAt);
    const unread = await listOf('approver', { unread: true });
    expect(unread.unreadCount).toBe(2);
    expect(unread.items.map((item) => item.id)).not.toContain(first.id);
    expect((await listOf('approver', { limit: 1 })).items).toHaveLength(1);

    const someoneElses = await clients.leadStaff.post<ApiErrorBody>(NOTIFICATIONS_API.read(first.id), {});
    expect(someoneElses).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    const malformed = await clients.approver.post<ApiErrorBody>(
      NOTIFICATIONS_API.read('khong-phai-uuid'),
      {},
    );
    expect(malformed.status).toBe(400);
    for (const query of ['?limit=0', '?limit=101', '?limit=abc', '?unread=maybe']) {
      const answer = await clients.approver.get<ApiErrorBody>(`/api/notifications${query}`);
      expect(answer).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED' } });
    }

    const all = await clients.approver.post<ReadAllResponse>(NOTIFICATIONS_API.readAll, {});
    expect(all).toMatchObject({ status: 200, body: { updated: 2 } });
    expect((await listOf('approver')).unreadCount).toBe(0);
    expect((await listOf('leadStaff')).unreadCount).toBeGreaterThan(0);
  });

  it('answers 401 without a token', async () => {
    expect((await new ApiClient(testApp.url).get(NOTIFICATIONS_API.list())).status).toBe(401);
  });
});
