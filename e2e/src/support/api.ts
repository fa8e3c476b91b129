import type { CardDto } from '@dondoc/contracts';
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
  const board = await api.board(planId);
  const cards = board.cards.filter(
    (card) =>
      card.column === 'draft' &&
      card.type === 'document' &&
      card.leadUnitCode === unitCode &&
      card.childCount === 0,
  );
  const card = cards[skip];
  if (!card) throw new Error(`no draft document task led by ${unitCode} in plan ${planId}`);
  return card;
}
