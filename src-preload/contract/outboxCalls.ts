// The offline queue's calls (list, retry, discard, counts; questions answered offline and re-asking them), declared
// once like every other call.
import { z } from 'zod';
import { defineCall } from './define';
import type { OfflineAnswerView, OutboxCountsView, OutboxItemView, OutboxSettingsView, ReaskResultView } from './outboxViews';

const id = z.string().min(1).max(200);
const none = z.object({}).strict();
export const OUTBOX_KIND_NAMES = ['entity_change', 'message', 'pending_action', 'conversation'] as const;
export const OUTBOX_STATUS_NAMES = ['queued', 'parked', 'done', 'expired', 'discarded'] as const;

export const outboxCalls = {
  'outbox.list': defineCall<OutboxItemView[]>()(
    z.object({
      status: z.array(z.enum(OUTBOX_STATUS_NAMES)).min(1).max(5).optional(),
      kind: z.enum(OUTBOX_KIND_NAMES).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }).strict(),
    'Items of the offline queue, oldest first (default: queued, parked and expired ones).',
  ),
  'outbox.counts': defineCall<OutboxCountsView>()(none, 'Queued and parked items per kind.'),
  'outbox.retry': defineCall<OutboxItemView>()(z.object({ id }).strict(), 'Put a parked item back in the queue.'),
  'outbox.discard': defineCall<OutboxItemView>()(z.object({ id }).strict(), 'Drop a queued, parked or expired item for good.'),
  'outbox.offlineAnswers': defineCall<{ reaskWhenOnline: OutboxSettingsView['reaskWhenOnline']; answers: OfflineAnswerView[] }>()(
    none,
    'Questions answered locally while the remote model was down, which can be asked again remotely.',
  ),
  'outbox.reask': defineCall<ReaskResultView>()(
    z.object({ ids: z.array(id).min(1).max(500).optional() }).strict(),
    'Ask the remote model again (all questions answered offline, or the ones given).',
  ),
  'outbox.getSettings': defineCall<OutboxSettingsView>()(none, 'What happens to questions answered offline once the remote model is back.'),
  'outbox.saveSettings': defineCall<OutboxSettingsView>()(
    z.object({ reaskWhenOnline: z.enum(['ask', 'always', 'never']).optional() }).strict(),
    'Change the offline-queue settings; only the fields given change.',
  ),
} as const;
