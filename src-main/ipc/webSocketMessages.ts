// The browser-mode wire format (the renderer's WebSocket client speaks exactly this):
//   client → server  {"t":"call","id":<int>,"name":string,"args":unknown}
//   server → client  {"t":"result","id":<int>,"result":Result}   |   {"t":"event","name":string,"payload":unknown}
import { z } from 'zod';
import type { Result } from '../../src-shared/errors';

export const MAX_WS_MESSAGE_BYTES = 1024 * 1024;

export const callMessageSchema = z
  .object({
    t: z.literal('call'),
    id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    name: z.string().min(1).max(200),
    args: z.unknown(),
  })
  .strict();
export type CallMessage = z.infer<typeof callMessageSchema>;

export interface ResultMessage {
  t: 'result';
  id: number;
  result: Result<unknown>;
}

export interface EventMessage {
  t: 'event';
  name: string;
  payload: unknown;
}

/** When a message is malformed we still answer by id if we can find one, so the caller's promise settles. */
export function findMessageId(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : undefined;
}
