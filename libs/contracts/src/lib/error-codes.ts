/** Every refusal the API gives has one of these codes; the UI translates them. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'INVALID_CREDENTIALS',
  'FORBIDDEN',
  'NOT_FOUND',
  'VERSION_CONFLICT',
  'EVENT_NOT_ACCEPTED',
  'INVALID_PAYLOAD',
  'UNSUPPORTED_MACHINE_VERSION',
  'PAYLOAD_TOO_LARGE',
  'DELIVERABLE_REQUIRED',
  'UNSUPPORTED_FILE_TYPE',
  'TOO_MANY_ATTEMPTS',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error shape of the API. */
export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  /** Present on 409: the task as it is now, so the client can show the winner's state. */
  current?: unknown;
  details?: string[];
}
