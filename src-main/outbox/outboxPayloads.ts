// What each kind of queued item carries, validated when it is enqueued (a boundary: the sync engine, the chat and
// the approval gate write here, and a row read back after an upgrade must still make sense to its replayer).
import { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import type { OutboxKind } from './Outbox';

const id = z.string().min(1).max(200);

/** An approved local write waiting to be pushed: the entity and the exact version the push must carry. */
export const entityChangePayloadSchema = z.object({
  entity_id: id,
  version: z.string().min(1).max(200),
}).strict();

/**
 * A question answered locally because the remote model was down. On reconnect the person may ask it again remotely
 * (setting `reaskWhenOnline`); the re-ask is a new version of `reply_id` (chat.regenerate on `question_id`).
 */
export const messagePayloadSchema = z.object({
  conversation_id: id,
  question_id: id,
  reply_id: id,
  text: z.string().min(1).max(8_000),
  fallback_reason: z.string().max(1_000).nullable(),
  asked_at: z.string().min(1).max(40),
}).strict();

/** One target of an action approved offline: the version it was approved against and what should change on it. */
export const pendingActionTargetSchema = z.object({
  entity_id: id,
  version: z.string().min(1).max(200),
  patch: z.object({
    state: z.record(z.string(), z.unknown()).optional(),
    content: z.record(z.string(), z.unknown()).optional(),
    name: z.string().min(1).max(255).optional(),
  }).strict(),
}).strict();

/**
 * An action the person approved while offline. It is never replayed blindly: on reconnect it is re-checked against
 * the fresh graph (see pendingActions.ts). The item's own `expiresAt` is the action's expiry.
 */
export const pendingActionPayloadSchema = z.object({
  tool: z.literal('update_entity'),
  /** The card the person approved, if it exists locally: a fresh card after a change links back to it. */
  proposal_id: id.nullable(),
  conversation_id: id.nullable(),
  correlation_id: id,
  proposer: z.string().min(1).max(200),
  approved_by: z.string().min(1).max(200),
  approved_at: z.string().min(1).max(40),
  summary: z.object({
    verb: z.string().min(1).max(100),
    noun: z.string().max(100).optional(),
    place: z.string().max(200).optional(),
    detail: z.string().max(200).optional(),
  }).strict(),
  min_tier: z.union([z.literal(2), z.literal(3)]).optional(),
  targets: z.array(pendingActionTargetSchema).min(1).max(200),
}).strict();

/** A conversation or audit record for conversation sync (the sync engine reads the record itself by id). */
export const conversationPayloadSchema = z.object({
  record_type: z.enum(['conversation', 'message', 'audit']),
  record_id: id,
  conversation_id: id.nullable(),
}).strict();

export type EntityChangePayload = z.infer<typeof entityChangePayloadSchema>;
export type MessagePayload = z.infer<typeof messagePayloadSchema>;
export type PendingActionPayload = z.infer<typeof pendingActionPayloadSchema>;
export type PendingActionTarget = z.infer<typeof pendingActionTargetSchema>;
export type ConversationPayload = z.infer<typeof conversationPayloadSchema>;

export const OUTBOX_PAYLOAD_SCHEMAS = {
  entity_change: entityChangePayloadSchema,
  message: messagePayloadSchema,
  pending_action: pendingActionPayloadSchema,
  conversation: conversationPayloadSchema,
} as const satisfies Record<OutboxKind, z.ZodType>;

export interface OutboxPayloads {
  entity_change: EntityChangePayload;
  message: MessagePayload;
  pending_action: PendingActionPayload;
  conversation: ConversationPayload;
}

/** Validates a payload for its kind; a mismatch is a `validation` AppError naming the kind and the first problem. */
export function parseOutboxPayload<K extends OutboxKind>(kind: K, payload: unknown): OutboxPayloads[K] {
  const parsed = OUTBOX_PAYLOAD_SCHEMAS[kind].safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new AppError('validation', `Not a valid ${kind} item for the outbox${where}: ${issue?.message ?? 'invalid payload'}`);
  }
  return parsed.data as OutboxPayloads[K];
}
