import type { TransitionRequest } from '@dondoc/contracts';
import type { TaskType } from '@dondoc/domain';
import { validateEventPayload } from '@dondoc/workflows';
import { AppError } from '../common/app-error';
import { SERVER_OWNED_PAYLOAD_KEYS } from '../task-model/server-owned-payload';

/**
 * A client's move checked against the fields its event declares (types, lengths, no unknown or
 * server-owned key): 400 naming every wrong key, or the request to decide with — the cleaned
 * comment and payload (NFC, no bidi controls) plus the marks the server added itself (a stand-in's
 * principal) to `served`, the request as the server prepared it.
 */
export function clientRequestChecked(
  type: TaskType,
  client: TransitionRequest,
  served: TransitionRequest,
): TransitionRequest {
  const checked = validateEventPayload(type, client.event, client.payload, client.comment);
  // An event the type's workflow does not take (or only the engine sends) is decide()'s to refuse,
  // with the answer the permission table promises (403, or 422 for an unknown event); nothing of it
  // is stored.
  if (!checked.ok && checked.problems.every((problem) => problem.field === 'event')) return served;
  if (!checked.ok) {
    const fields = [...new Set(checked.problems.map((problem) => problem.field))];
    throw new AppError('INVALID_PAYLOAD', `Dữ liệu gửi kèm không hợp lệ: ${fields.join(', ')}`, {
      details: checked.problems.map((problem) => `${problem.field}: ${problem.message}`),
    });
  }
  const serverMarks = Object.fromEntries(
    Object.entries(served.payload ?? {}).filter(([key]) =>
      (SERVER_OWNED_PAYLOAD_KEYS as readonly string[]).includes(key),
    ),
  );
  return { ...served, comment: checked.comment, payload: { ...checked.payload, ...serverMarks } };
}
