/**
 * Payload keys only the server writes into an event: whom a stand-in acted for, the scheduler's
 * word that a consultation's deadline passed (the workflow trusts it), and the resolved mentions
 * of a comment (notifications go to them). Taken out of whatever a client sends to the
 * transitions endpoint, so none of them can be claimed from outside.
 */
export const SERVER_OWNED_PAYLOAD_KEYS = ['onBehalfOf', 'deadlinePassed', 'mentions'] as const;

export function withoutServerOwnedKeys(
  payload: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!payload || !SERVER_OWNED_PAYLOAD_KEYS.some((key) => key in payload)) return payload;
  const kept = { ...payload };
  for (const key of SERVER_OWNED_PAYLOAD_KEYS) delete kept[key];
  return kept;
}
