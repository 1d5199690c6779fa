// Pure helpers for the message list: merging stored messages, replies and streamed deltas without duplicates.
import type { ChatMessage, ReplyEnvelope } from '../../../src-preload/contract';

/** Inserts or replaces by id; a stored message always wins over a local one with the same id. */
export function upsertMessage(messages: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  const index = messages.findIndex((m) => m.id === message.id);
  if (index === -1) return [...messages, message];
  const next = [...messages];
  next[index] = message;
  return next;
}

export function mergeMessages(current: readonly ChatMessage[], loaded: readonly ChatMessage[]): ChatMessage[] {
  let next = [...loaded];
  for (const m of current) if (!next.some((n) => n.id === m.id)) next = [...next, m];
  return next;
}

export function assistantMessageFromReply(reply: ReplyEnvelope, createdAt: string): ChatMessage {
  return { id: reply.message_id, conversation_id: reply.conversation_id, role: 'assistant', text: reply.response, created_at: createdAt, envelope: reply };
}

export interface StreamingText {
  conversation_id: string;
  text: string;
}

/** Appends one delta to the message it belongs to; deltas for messages already stored are ignored. */
export function appendDelta(
  streaming: Readonly<Record<string, StreamingText>>,
  messages: readonly ChatMessage[],
  delta: { conversation_id: string; message_id: string; delta: string },
): Record<string, StreamingText> {
  if (messages.some((m) => m.id === delta.message_id)) return { ...streaming };
  const existing = streaming[delta.message_id];
  return { ...streaming, [delta.message_id]: { conversation_id: delta.conversation_id, text: (existing?.text ?? '') + delta.delta } };
}

export function withoutKey<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const next = { ...record };
  delete next[key];
  return next;
}

/**
 * Puts the newest page of the active branch under what is loaded: the loaded older part is kept up to where the page
 * starts; when the page does not connect (another branch was chosen), the page replaces everything.
 */
export function mergeNewestPage(current: readonly ChatMessage[], page: readonly ChatMessage[]): { messages: ChatMessage[]; connected: boolean } {
  const first = page[0];
  if (!first) return { messages: [], connected: false };
  const at = current.findIndex((m) => m.id === first.id);
  if (at === -1) return { messages: [...page], connected: false };
  return { messages: [...current.slice(0, at), ...page], connected: true };
}

/** The branch up to and including `messageId` (what stays on screen while its follow-up is being redone). */
export function truncateAfter(messages: readonly ChatMessage[], messageId: string | null): ChatMessage[] {
  if (messageId === null) return [];
  const at = messages.findIndex((m) => m.id === messageId);
  return at === -1 ? [...messages] : messages.slice(0, at + 1);
}
