import type { BoardDto, LoginResponse, PlanSummaryDto } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';

export const DEMO_PASSWORD = 'dondoc2026';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** A signed-in client of the real API, for set-up and checks in journeys and benchmarks. */
export class DemoApi {
  private constructor(
    readonly baseUrl: string,
    readonly token: string,
  ) {}

  static async as(baseUrl: string, username: string, password = DEMO_PASSWORD): Promise<DemoApi> {
    const response = await fetch(baseUrl + API.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (!response.ok) throw new Error(`login of ${username} failed with ${response.status}`);
    return new DemoApi(baseUrl, ((await response.json()) as LoginResponse).accessToken);
  }

  /** The same signed-in user, asking another server (a baseline that verifies the same tokens). */
  at(baseUrl: string): DemoApi {
    return new DemoApi(baseUrl, this.token);
  }

  async get<T>(path: string): Promise<T> {
    const response = await fetch(this.baseUrl + path, { headers: { authorization: `Bearer ${this.token}` } });
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
    return (await response.json()) as T;
  }

  async post(path: string, body: unknown): Promise<Answer> {
    const response = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  async plans(): Promise<PlanSummaryDto[]> {
    return this.get<PlanSummaryDto[]>(API.plans);
  }

  board(planId: string): Promise<BoardDto> {
    return this.get<BoardDto>(API.board(planId));
  }
}
