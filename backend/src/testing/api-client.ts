import type { ApiErrorBody, LoginResponse } from '@dondoc/contracts';
import { API } from '@dondoc/contracts';

export interface ApiAnswer<T> {
  status: number;
  body: T;
}

/** A thin fetch wrapper that never throws on 4xx, so tests can assert on every answer. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly token: string | null = null,
  ) {}

  static async login(baseUrl: string, username: string, password: string): Promise<ApiClient> {
    const answer = await new ApiClient(baseUrl).post<LoginResponse>(API.login, { username, password });
    if (answer.status !== 200) throw new Error(`login of ${username} failed: ${JSON.stringify(answer.body)}`);
    return new ApiClient(baseUrl, answer.body.accessToken);
  }

  get accessToken(): string {
    if (!this.token) throw new Error('not signed in');
    return this.token;
  }

  get<T = unknown>(path: string): Promise<ApiAnswer<T>> {
    return this.send<T>('GET', path);
  }

  post<T = unknown>(path: string, body: unknown, rawBody?: string): Promise<ApiAnswer<T>> {
    return this.send<T>('POST', path, rawBody ?? JSON.stringify(body));
  }

  patch<T = unknown>(path: string, body: unknown): Promise<ApiAnswer<T>> {
    return this.send<T>('PATCH', path, JSON.stringify(body));
  }

  private async send<T>(method: string, path: string, body?: string): Promise<ApiAnswer<T>> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body,
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      // not JSON: keep the text
    }
    return { status: response.status, body: parsed as T };
  }
}

export type ErrorAnswer = ApiAnswer<ApiErrorBody>;
