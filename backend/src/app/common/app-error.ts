import type { ApiErrorBody, ErrorCode } from '@dondoc/contracts';

const STATUS_OF: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  INVALID_PAYLOAD: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  DELIVERABLE_REQUIRED: 422,
  TOO_MANY_ATTEMPTS: 429,
  EVENT_NOT_ACCEPTED: 422,
  UNSUPPORTED_MACHINE_VERSION: 422,
  INTERNAL: 500,
};

/** The one exception the application throws on purpose; the filter turns it into ApiErrorBody. */
export class AppError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly extra: Pick<ApiErrorBody, 'current' | 'details'> = {},
  ) {
    super(message);
    this.statusCode = STATUS_OF[code];
  }

  toBody(): ApiErrorBody {
    return { statusCode: this.statusCode, code: this.code, message: this.message, ...this.extra };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `Không tìm thấy ${what}`);
