import { API } from '@dondoc/contracts';
import { FIXTURE_PASSWORD } from '../../../testing/fixtures';

export interface Answer {
  status: number;
  body: Record<string, unknown>;
}

/** The import's HTTP routes as a test calls them, with one person's token. */
export class ImportClient {
  private constructor(
    private readonly url: string,
    readonly token: string,
  ) {}

  static async login(url: string, username: string): Promise<ImportClient> {
    const response = await fetch(url + API.login, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: FIXTURE_PASSWORD }),
    });
    return new ImportClient(url, ((await response.json()) as { accessToken: string }).accessToken);
  }

  async previewFile(
    bytes: Buffer,
    name: string,
    year = 2026,
    fields: Record<string, string> = {},
  ): Promise<Answer> {
    const form = new FormData();
    for (const [field, value] of Object.entries(fields)) form.append(field, value);
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return this.answer(
      await fetch(`${this.url}/api/plans/import/preview?year=${year}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}` },
        body: form,
      }),
    );
  }

  previewPaste(paste: { html?: string; text?: string }): Promise<Answer> {
    return this.postJson('/api/plans/import/preview', { ...paste, year: 2026 });
  }

  previewGrid(grid: unknown): Promise<Answer> {
    return this.postJson('/api/plans/import/preview', { grid, year: 2026 });
  }

  /** Any JSON preview body: a paste, a grid, with or without the plan it amends. */
  postPreview(body: unknown): Promise<Answer> {
    return this.postJson('/api/plans/import/preview', body);
  }

  confirm(body: unknown): Promise<Answer> {
    return this.postJson('/api/plans/import', body);
  }

  async get(path: string): Promise<Answer> {
    return this.answer(await fetch(this.url + path, { headers: { authorization: `Bearer ${this.token}` } }));
  }

  private async postJson(path: string, body: unknown): Promise<Answer> {
    return this.answer(
      await fetch(this.url + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
        body: JSON.stringify(body),
      }),
    );
  }

  private async answer(response: Response): Promise<Answer> {
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }
}
