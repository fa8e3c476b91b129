import type { ApiErrorBody, ErrorCode } from '@dondoc/contracts';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { AppError } from './app-error';

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'VERSION_CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'EVENT_NOT_ACCEPTED',
};

const MESSAGE_OF_STATUS: Record<number, string> = {
  400: 'Dữ liệu gửi lên không hợp lệ',
  401: 'Bạn cần đăng nhập',
  403: 'Bạn không có quyền thực hiện thao tác này',
  404: 'Không tìm thấy',
  413: 'Dữ liệu gửi lên quá lớn',
};

/** Every error leaves the API in one shape, `{ statusCode, code, message }`, never with a stack. */
@Catch()
export class ApiErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(
        exception instanceof Error ? (exception.stack ?? exception.message) : String(exception),
      );
    }
    response.status(body.statusCode).json(body);
  }

  private toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof AppError) return exception.toBody();
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const raw = exception.getResponse();
      const details =
        typeof raw === 'object' && raw && 'message' in raw
          ? (raw as { message: unknown }).message
          : undefined;
      const list = Array.isArray(details) ? details.map(String) : undefined;
      return {
        statusCode,
        code: CODE_OF_STATUS[statusCode] ?? (statusCode >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED'),
        message: MESSAGE_OF_STATUS[statusCode] ?? exception.message,
        ...(list
          ? { details: list }
          : typeof details === 'string' && statusCode < 500
            ? { details: [details] }
            : {}),
      };
    }
    if (isBodyParserError(exception)) {
      return {
        statusCode: exception.status,
        code: exception.status === 413 ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION_FAILED',
        message:
          exception.status === 413
            ? MESSAGE_OF_STATUS[413]
            : 'Nội dung yêu cầu không đọc được (JSON không hợp lệ)',
      };
    }
    return { statusCode: 500, code: 'INTERNAL', message: 'Lỗi hệ thống, vui lòng thử lại sau' };
  }
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    'status' in error &&
    typeof (error as { status: unknown }).status === 'number' &&
    (error as { status: number }).status < 500
  );
}
