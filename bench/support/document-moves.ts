import { API, type BoardDto, type CardDto, type TransitionResponse } from '@dondoc/contracts';
import { DemoApi } from '@dondoc/test-support';
import type { BenchDb } from './bench-db';
import { cloneTasks } from './seed-ward';

/** A draft document of the Hải Dương demo plan led by VHXH, without children: what benches move. */
export function draftDocument(board: BoardDto): CardDto {
  const template = board.cards.find(
    (card) =>
      card.type === 'document' &&
      card.column === 'draft' &&
      card.leadUnitCode === 'VHXH' &&
      card.childCount === 0,
  );
  if (!template) throw new Error('no draft VHXH document task to clone');
  return template;
}

/** `count` copies of `template` in its plan, straight into the database; their ids in plan order. */
export async function cloneDrafts(
  db: BenchDb,
  template: CardDto,
  count: number,
  tag: number,
): Promise<string[]> {
  await cloneTasks(db, template, template.planId, count, tag);
  const rows = await db.all<{ id: string }>(
    `SELECT id FROM task WHERE plan_id = ? AND ref LIKE 'bench-${tag}-%' ORDER BY position`,
    [template.planId],
  );
  return rows.map((row) => row.id);
}

/**
 * The three moves that take a draft document to approved, each by the seat that may make it:
 * move `index` of a walk over `taskIds` is step `index % 3` of task `index / 3`.
 */
export class DocumentMoves {
  private constructor(private readonly steps: { api: DemoApi; body: Record<string, unknown> }[]) {}

  static async signIn(baseUrl: string): Promise<DocumentMoves> {
    const [lead, reviewer, approver] = await Promise.all(
      ['hd.vhxh.staff', 'hd.reviewer', 'hd.approver'].map((username) => DemoApi.as(baseUrl, username)),
    );
    return new DocumentMoves([
      { api: lead, body: { event: 'SUBMIT', payload: { deliverableRef: 'bench.docx' } } },
      { api: reviewer, body: { event: 'REVIEW' } },
      {
        api: approver,
        body: { event: 'APPROVE', payload: { issuedNumber: '1/KH', issuedOn: '2026-03-02' } },
      },
    ]);
  }

  /** Step `step` (0–2) of the task, which must be at version `step + 1`; throws unless answered 200. */
  async move(taskId: string, step: number): Promise<TransitionResponse> {
    const { api, body } = this.steps[step];
    const answer = await api.post(API.transitions(taskId), { ...body, expectedVersion: step + 1 });
    if (answer.status !== 200)
      throw new Error(`${String(body['event'])} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    return answer.body as unknown as TransitionResponse;
  }
}
