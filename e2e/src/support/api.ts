import type { CardDto, TaskEventDto, TransitionRequest, TransitionResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { DemoApi } from '@dondoc/test-support';
import { appUrl } from './browser';

export { DEMO_PASSWORD } from '@dondoc/test-support';

export function apiAs(username: string): Promise<DemoApi> {
  return DemoApi.as(appUrl(), username);
}

export async function firstPlanId(api: DemoApi): Promise<string> {
  const plans = await api.plans();
  if (plans.length === 0) throw new Error('the demo ward has no plan');
  return plans[0].id;
}

/** A draft document task led by the given unit: the card a journey moves. */
export async function draftDocumentLedBy(
  api: DemoApi,
  planId: string,
  unitCode: string,
  skip = 0,
): Promise<CardDto> {
  const cards = await draftDocumentsLedBy(api, planId, unitCode, skip + 1);
  return cards[skip];
}

/** The first `count` draft document tasks (without sub-tasks) led by the unit, in board order. */
export async function draftDocumentsLedBy(
  api: DemoApi,
  planId: string,
  unitCode: string,
  count: number,
): Promise<CardDto[]> {
  const board = await api.board(planId);
  const cards = board.cards.filter(
    (card) =>
      card.column === 'draft' &&
      card.type === 'document' &&
      card.leadUnitCode === unitCode &&
      card.childCount === 0,
  );
  if (cards.length < count)
    throw new Error(`only ${cards.length} draft document tasks led by ${unitCode} in plan ${planId}`);
  return cards.slice(0, count);
}

/** A transition through the API that must succeed; answers the card as the server now has it. */
export async function moveThroughApi(
  api: DemoApi,
  taskId: string,
  request: TransitionRequest,
): Promise<CardDto> {
  const answer = await api.post(API.transitions(taskId), request);
  if (answer.status < 200 || answer.status >= 300)
    throw new Error(
      `${request.event} of ${taskId} answered ${answer.status}: ${JSON.stringify(answer.body)}`,
    );
  return (answer.body as unknown as TransitionResponse).card;
}

/** The lead unit submits the card with a deliverable, as the dialog would. */
export function submitThroughApi(
  api: DemoApi,
  card: CardDto,
  deliverableRef = 'du-thao.docx',
): Promise<CardDto> {
  return moveThroughApi(api, card.id, {
    event: 'SUBMIT',
    expectedVersion: card.version,
    payload: { deliverableRef },
  });
}

/** The events of the task's append-only log, oldest first. */
export async function eventsOf(api: DemoApi, taskId: string): Promise<string[]> {
  const task = await api.get<{ history: TaskEventDto[] }>(API.task(taskId));
  return task.history.map((event) => event.event);
}
