import { BadRequestException, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { AppError } from './app-error';
import { ApiErrorFilter } from './error.filter';

function answerTo(exception: unknown): { status: number; body: unknown } {
  const sent: { status: number; body: unknown } = { status: 0, body: null };
  const response = {
    status: (code: number) => ((sent.status = code), response),
    json: (body: unknown) => (sent.body = body),
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new ApiErrorFilter().catch(exception, host);
  return sent;
}

describe('ApiErrorFilter', () => {
  it('passes an AppError through with its code and extras', () => {
    const answer = answerTo(
      new AppError('VERSION_CONFLICT', 'Đã có người cập nhật', { current: { id: 'x' } }),
    );
    expect(answer).toEqual({
      status: 409,
      body: {
        statusCode: 409,
        code: 'VERSION_CONFLICT',
        message: 'Đã có người cập nhật',
        current: { id: 'x' },
      },
    });
  });

  it('gives validation failures a Vietnamese message and the details', () => {
    const answer = answerTo(new BadRequestException(['expectedVersion must be an integer number']));
    expect(answer.body).toEqual({
      statusCode: 400,
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu gửi lên không hợp lệ',
      details: ['expectedVersion must be an integer number'],
    });
  });

  it('maps framework 404s and body-parser errors', () => {
    expect(answerTo(new NotFoundException()).body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    expect(answerTo({ type: 'entity.too.large', status: 413 }).body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(answerTo({ type: 'entity.parse.failed', status: 400 }).body).toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('never leaks an unexpected error', () => {
    const answer = answerTo(new Error('SQLITE_CORRUPT at /var/lib/secret'));
    expect(answer).toEqual({
      status: 500,
      body: { statusCode: 500, code: 'INTERNAL', message: 'Lỗi hệ thống, vui lòng thử lại sau' },
    });
  });
});
