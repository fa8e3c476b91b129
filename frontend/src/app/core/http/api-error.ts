import { HttpErrorResponse } from '@angular/common/http';
import { type ApiErrorBody, ERROR_CODES, type ErrorCode } from '@dondoc/contracts';

/** An API refusal as the UI handles it; `NETWORK` when no answer came back at all. */
export interface ApiFailure {
  status: number;
  code: ErrorCode | 'NETWORK' | 'UNKNOWN';
  message: string;
  current?: unknown;
  /** The refusal's details as the server gave them (e.g. MUST_CHANGE_PASSWORD). */
  details?: unknown[];
  /** Which rule refused, when the code alone does not say it (four eyes). */
  rule?: string;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Partial<ApiErrorBody>;
  return isErrorCode(body.code) && typeof body.message === 'string';
}

/** A refusal that came back without HTTP (a socket's acknowledgement), in the same shape. */
export function toRefusal(answer: { code?: string; message?: string }): ApiFailure {
  return {
    status: 0,
    code: isErrorCode(answer.code) ? answer.code : 'UNKNOWN',
    message: answer.message ?? '',
  };
}

/** Reads any thrown value into the API's one error shape. */
export function toApiFailure(error: unknown): ApiFailure {
  if (error instanceof HttpErrorResponse) {
    if (error.status === 0) return { status: 0, code: 'NETWORK', message: error.message };
    if (isApiErrorBody(error.error)) {
      const { code, message, current, details, rule } = error.error;
      return {
        status: error.status,
        code,
        message,
        ...(current === undefined ? {} : { current }),
        ...(Array.isArray(details) ? { details } : {}),
        ...(typeof rule === 'string' ? { rule } : {}),
      };
    }
    return { status: error.status, code: 'UNKNOWN', message: error.message };
  }
  return { status: 0, code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) };
}
