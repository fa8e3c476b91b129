import type { ApiErrorBody, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { MAX_COMMENT_LENGTH, MAX_PROGRESS_IN_CONTEXT } from '@dondoc/workflows';
import { useApiSuite } from '../../testing/api-suite';
import { describeEachDatabase } from '../../testing/each-database';
import { countRows } from '../database/count-rows';
import { TaskEventEntity } from '../task-model/entities/task-event.entity';
import { TaskEntity } from '../task-model/entities/task.entity';

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';
const FIRST_STRONG_ISOLATE = '\u2068';

describeEachDatabase('what a move may carry', (kind) => {
  const suite = useApiSuite(kind, '2026-03-02T02:00:00.000Z', {
    tasks: [{ type: 'document' }, { type: 'ongoing' }, { type: 'document' }],
  });

  const eventsOf = (taskId: string) =>
    countRows(
      suite.testApp.dataSource.manager
        .createQueryBuilder(TaskEventEntity, 'event')
        .where('event.task_id = :taskId', { taskId }),
    );
  const versionOf = async (taskId: string) =>
    (await suite.testApp.dataSource.manager.findOneByOrFail(TaskEntity, { id: taskId })).version;

  it('refuses keys the event does not declare with 400 naming them, storing nothing', async () => {
    const task = suite.fixture.tasks[0];
    const lead = await suite.as('leadStaff');
    const answer = await lead.post<ApiErrorBody>(API.transitions(task.id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 'du-thao.docx', junk: 'z'.repeat(250_000), more: 1 },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.code).toBe('INVALID_PAYLOAD');
    expect(answer.body.message).toContain('junk');
    expect(answer.body.message).toContain('more');
    expect(answer.body.details).toEqual([expect.stringMatching(/^junk: /), expect.stringMatching(/^more: /)]);
    expect(await versionOf(task.id)).toBe(1);
    expect(await eventsOf(task.id)).toBe(0);
  });

  it('refuses a value of the wrong type and a comment over the limit, naming each', async () => {
    const task = suite.fixture.tasks[0];
    const lead = await suite.as('leadStaff');
    const wrongType = await lead.post<ApiErrorBody>(API.transitions(task.id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      payload: { deliverableRef: 42 },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.details).toEqual([expect.stringMatching(/^deliverableRef: /)]);
    const tooLong = await lead.post<ApiErrorBody>(API.transitions(task.id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      comment: 'ý'.repeat(MAX_COMMENT_LENGTH + 1),
      payload: { deliverableRef: 'du-thao.docx' },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.details?.join(' ')).toMatch(new RegExp(`comment.*${MAX_COMMENT_LENGTH}`));
    expect(await eventsOf(task.id)).toBe(0);
  });

  it('stores comments and payload text in NFC without bidi controls', async () => {
    const task = suite.fixture.tasks[2];
    const lead = await suite.as('leadStaff');
    const decomposed = 'Bao cao quy I da hoa\u0300n thanh'.normalize('NFD');
    const answer = await lead.post<TransitionResponse>(API.transitions(task.id), {
      event: 'SUBMIT',
      expectedVersion: 1,
      comment: `${RIGHT_TO_LEFT_OVERRIDE}${decomposed}${FIRST_STRONG_ISOLATE}`,
      payload: { deliverableRef: `bao-cao${RIGHT_TO_LEFT_OVERRIDE}xcod.exe` },
    });
    expect(answer.status).toBe(200);
    const stored = await suite.testApp.dataSource.manager.findOneByOrFail(TaskEventEntity, {
      id: Number(answer.body.event.id),
    });
    expect(stored.comment).toBe(decomposed.normalize('NFC'));
    expect(stored.comment).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(stored.payload).toEqual({ deliverableRef: 'bao-caoxcod.exe' });
  });

  it('refuses a comment of only whitespace or zero-width characters, and stores others in NFC', async () => {
    const task = suite.fixture.tasks[2];
    const lead = await suite.as('leadStaff');
    const before = await eventsOf(task.id);
    for (const text of [' \u200B\u200C ', '\u2060\uFEFF', '\u202E \u200D']) {
      const refused = await lead.post<ApiErrorBody>(`/api/tasks/${task.id}/comments`, { text });
      expect({ text, status: refused.status }).toEqual({ text, status: 400 });
    }
    expect(await eventsOf(task.id)).toBe(before);
    const written = await lead.post<TransitionResponse>(`/api/tasks/${task.id}/comments`, {
      text: `\u202E${'Đã nhận'.normalize('NFD')}`,
    });
    expect(written.status).toBe(201);
    expect(written.body.event.comment).toBe('Đã nhận');
  });

  it('keeps a task’s live message bounded however many progress reports it holds', async () => {
    const task = suite.fixture.tasks[1];
    const lead = await suite.as('leadStaff');
    const sizes: number[] = [];
    for (let report = 0; report < MAX_PROGRESS_IN_CONTEXT + 12; report++) {
      const answer = await lead.post<TransitionResponse>(API.transitions(task.id), {
        event: 'REPORT_PROGRESS',
        expectedVersion: report + 1,
        payload: {
          summary: `Kỳ ${report}: ${'đã triển khai '.repeat(250)}`.slice(0, MAX_COMMENT_LENGTH),
          percentDone: 50,
        },
      });
      expect(answer.status).toBe(200);
      const outbox = (await suite.testApp.dataSource.query(
        `SELECT payload FROM outbox WHERE event_id = ${Number(answer.body.event.id)}`,
      )) as { payload: string }[];
      sizes.push(Buffer.byteLength(outbox[0].payload, 'utf8'));
    }
    const settled = sizes.slice(MAX_PROGRESS_IN_CONTEXT + 2);
    // Once the context holds its last reports only, every message is the same size give or take a digit.
    expect(Math.max(...settled) - Math.min(...settled)).toBeLessThan(200);
  });
});
