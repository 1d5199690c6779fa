// The offline queue's one setting: what happens to questions answered locally while the remote model was down once
// it is back. 'ask' (default): they are listed and the person chooses ("Ask the remote model again"); 'always':
// re-asked at once; 'never': dropped from the queue.
import { z } from 'zod';
import type { SqliteSettingsStore } from '../settings/SqliteSettingsStore';

export const REASK_WHEN_ONLINE = ['ask', 'always', 'never'] as const;
export type ReaskWhenOnline = (typeof REASK_WHEN_ONLINE)[number];

export const outboxSettingsSchema = z.object({ reaskWhenOnline: z.enum(REASK_WHEN_ONLINE) }).strict();
export type OutboxSettings = z.infer<typeof outboxSettingsSchema>;

export const DEFAULT_OUTBOX_SETTINGS: OutboxSettings = { reaskWhenOnline: 'ask' };
const KEY = 'outbox';

export function readOutboxSettings(settings: SqliteSettingsStore): OutboxSettings {
  return settings.read(KEY, outboxSettingsSchema, DEFAULT_OUTBOX_SETTINGS);
}

export function saveOutboxSettings(settings: SqliteSettingsStore, patch: Partial<OutboxSettings>): OutboxSettings {
  const next = outboxSettingsSchema.parse({ ...readOutboxSettings(settings), ...patch });
  settings.write(KEY, next);
  return next;
}
