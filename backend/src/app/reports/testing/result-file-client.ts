import {
  type ApiErrorBody,
  DELIVERABLE_UPLOAD_FIELD,
  REPORTS_API,
  RESULT_FILE_TASK_FIELD,
  type ResultFileDto,
} from '@dondoc/contracts';

export interface Answer<T> {
  status: number;
  body: T;
  headers: Headers;
}

/** Multipart uploads, downloads and removals of a round's result files, as the browser makes them. */
export class ResultFileClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async upload(
    roundId: string,
    unitId: string,
    taskId: string | undefined,
    bytes: Buffer,
    name: string,
  ): Promise<Answer<ResultFileDto & ApiErrorBody>> {
    const form = new FormData();
    if (taskId !== undefined) form.append(RESULT_FILE_TASK_FIELD, taskId);
    form.append(DELIVERABLE_UPLOAD_FIELD, new Blob([new Uint8Array(bytes)]), name);
    const response = await fetch(this.baseUrl + REPORTS_API.resultFiles(roundId, unitId), {
      method: 'POST',
      headers: { authorization: `Bearer ${this.token}` },
      body: form,
    });
    return { status: response.status, body: await response.json(), headers: response.headers };
  }

  async download(roundId: string, fileId: string): Promise<Answer<Buffer>> {
    const response = await fetch(this.baseUrl + REPORTS_API.resultFileContent(roundId, fileId), {
      headers: { authorization: `Bearer ${this.token}` },
    });
    return {
      status: response.status,
      body: Buffer.from(await response.arrayBuffer()),
      headers: response.headers,
    };
  }

  async remove(roundId: string, fileId: string): Promise<Answer<ApiErrorBody | null>> {
    const response = await fetch(this.baseUrl + REPORTS_API.resultFile(roundId, fileId), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${this.token}` },
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
  }
}
