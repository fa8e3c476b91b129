import type { ApiErrorBody, ErrorCode } from '@dondoc/contracts';
import type { RefusalCode, RefusalRule } from '@dondoc/workflows';
import { AppError } from '../common/app-error';

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

/**
 * A refusal of the workflow engine as the API answers it: its code, its Vietnamese reason and,
 * for four eyes, the rule broken, so a client can tell "not your unit" from "not twice".
 */
export class WorkflowRefusal extends AppError {
  constructor(
    code: RefusalCode,
    reason: string,
    readonly rule?: RefusalRule,
  ) {
    super(errorCodeOf(code), reason);
  }

  override toBody(): ApiErrorBody {
    return { ...super.toBody(), ...(this.rule ? { rule: this.rule } : {}) };
  }
}
