import type { ApiErrorBody, DeliverableFileDto } from '@dondoc/contracts';
import { DELIVERABLE_API } from '@dondoc/contracts';
import { existsSync, readdirSync } from 'node:fs';

export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** Multipart uploads and raw downloads, which the JSON ApiClient does not speak. */
export class FileClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async upload(
    taskId: string,
    bytes: Buffer,
    name: string,
  ): Promise<Answer<DeliverableFileDto & ApiErrorBody>> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const response = await fetch(this.baseUrl + DELIVERABLE_API.ofTask(taskId), {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  async download(fileId: string): Promise<Answer<Buffer>> {
    const response = await fetch(this.baseUrl + DELIVERABLE_API.content(fileId), {
      headers: { authorization: `Bearer ${this.token}` },
    });
    return {
      status: response.status,
      body: Buffer.from(await response.arrayBuffer()),
      headers: response.headers,
    };
  }

  async remove(taskId: string, fileId: string): Promise<Answer<ApiErrorBody | null>> {
    const response = await fetch(this.baseUrl + DELIVERABLE_API.draftFile(taskId, fileId), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${this.token}` },
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  }
}

/** Every blob under the store's root, temporary files included. */
export function storedFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);
}
