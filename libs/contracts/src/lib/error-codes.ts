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
  /**
   * Which rule refused, when the code alone does not say it: 'FOUR_EYES_SUBMITTER' (the person
   * who submitted the version may not review, appraise or approve it) or 'FOUR_EYES_REVIEWER'
   * (its reviewer may not approve it), both with 403 FORBIDDEN.
   */
  rule?: string;
  /** On 400 for an event's payload: every field refused, as validateEventPayload() names them. */
  fields?: FieldProblemDto[];
}

/** One field of a request that was refused, with the limit when it was too long. */
export interface FieldProblemDto {
  /** The payload key, or 'comment', 'event', 'payload'. */
  field: string;
  /** UNKNOWN_FIELD, SERVER_OWNED_FIELD, WRONG_TYPE, TOO_LONG, OUT_OF_RANGE, … */
  code: string;
  limit?: number;
  message: string;
}
