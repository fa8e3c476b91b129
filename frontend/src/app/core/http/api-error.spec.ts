import { HttpErrorResponse } from '@angular/common/http';
import type { ApiErrorBody } from '@dondoc/contracts';
import { toApiFailure } from './api-error';

function httpError(status: number, body: unknown): HttpErrorResponse {
  return new HttpErrorResponse({ status, error: body, url: '/api/x' });
}

function apiBody(overrides: Partial<ApiErrorBody> = {}): ApiErrorBody {
  return { statusCode: 403, code: 'FORBIDDEN', message: 'Chỉ đơn vị chủ trì được trình', ...overrides };
}

describe('toApiFailure', () => {
  it.each([
    [
      'a refusal with the API shape',
      httpError(403, apiBody()),
      { status: 403, code: 'FORBIDDEN', message: 'Chỉ đơn vị chủ trì được trình' },
    ],
    ['no answer from the server', httpError(0, null), { status: 0, code: 'NETWORK' }],
    ['a body of another shape', httpError(502, '<html>Bad gateway</html>'), { status: 502, code: 'UNKNOWN' }],
    [
      'an unknown code',
      httpError(418, apiBody({ code: 'TEAPOT' as never })),
      { status: 418, code: 'UNKNOWN' },
    ],
    ['a plain error', new Error('boom'), { status: 0, code: 'UNKNOWN', message: 'boom' }],
  ])('reads %s', (_case, error, expected) => {
    expect(toApiFailure(error)).toMatchObject(expected);
  });

  it('keeps the current card of a version conflict', () => {
    const current = { id: 't-1', version: 4 };
    const failure = toApiFailure(
      httpError(409, apiBody({ statusCode: 409, code: 'VERSION_CONFLICT', current })),
    );
    expect(failure).toEqual({ status: 409, code: 'VERSION_CONFLICT', message: expect.any(String), current });
  });
});
