import type { ErrorCode } from '@dondoc/contracts';
import type { RefusalCode } from '@dondoc/workflows';

/** How the workflow engine's refusals surface in the API. */
const ERROR_OF_REFUSAL: Record<RefusalCode, ErrorCode> = {
  EVENT_NOT_ACCEPTED: 'EVENT_NOT_ACCEPTED',
  FORBIDDEN: 'FORBIDDEN',
  INVALID_PAYLOAD: 'INVALID_PAYLOAD',
  UNSUPPORTED_MACHINE_VERSION: 'UNSUPPORTED_MACHINE_VERSION',
  UNKNOWN_STATE: 'UNSUPPORTED_MACHINE_VERSION',
};

export function errorCodeOf(refusal: RefusalCode): ErrorCode {
  return ERROR_OF_REFUSAL[refusal];
}
