import type { BoardDto, CardDto, LoginResponse, PlanSummaryDto } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';
import { appUrl } from './browser';

export const DEMO_PASSWORD = 'dondoc2026';

/** Set-up and checks through the real API, so journeys start from known data without clicking. */
export class DemoApi {
  private constructor(readonly token: string) {}

  static async as(username: string): Promise<DemoApi> {
    const response = await fetch(appUrl() + API.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: DEMO_PASSWORD }),
    });
    if (!response.ok) throw new Error(`login of ${username} failed with ${response.status}`);
    return new DemoApi(((await response.json()) as LoginResponse).accessToken);
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(appUrl() + path, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  async post(path: string, body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(appUrl() + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async firstPlan(): Promise<PlanSummaryDto> {
    const plans = await this.get<PlanSummaryDto[]>(API.plans);
    if (plans.length === 0) throw new Error('the demo ward has no plan');
    return plans[0];
  }

  board(planId: string): Promise<BoardDto> {
    return this.get<BoardDto>(API.board(planId));
  }

  /** A draft document task led by the given unit: the card a journey moves. */
  async draftDocumentLedBy(planId: string, unitCode: string, skip = 0): Promise<CardDto> {
    const board = await this.board(planId);
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
}
