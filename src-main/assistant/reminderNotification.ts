// A due reminder as a platform notification with snooze and done buttons, and the way back from a pressed button.
// The tag carries the reminder's id, so a press acts on that reminder whatever else fired in between.
import { z } from 'zod';
import type { ReminderDueView } from '../../src-preload/contract/assistantViews';
import type { NotificationActionChoice, PlatformNotification } from '../platform/Platform';
import type { SnoozeOption } from './ReminderScheduler';

const TAG_PREFIX = 'reminder:';

export type ReminderAction = { type: 'snooze'; option: SnoozeOption } | { type: 'done' };

const ACTIONS: ReadonlyArray<{ id: string; label: string; action: ReminderAction }> = [
  { id: 'snooze-10m', label: 'Snooze 10 min', action: { type: 'snooze', option: '10m' } },
  { id: 'snooze-1h', label: 'Snooze 1 h', action: { type: 'snooze', option: '1h' } },
  { id: 'snooze-tomorrow', label: 'Tomorrow', action: { type: 'snooze', option: 'tomorrow' } },
  { id: 'done', label: 'Done', action: { type: 'done' } },
];

export function reminderNotification(due: ReminderDueView): PlatformNotification {
  const { reminder, missed } = due;
  return {
    title: missed ? 'Missed reminder' : 'Reminder',
    body: missed ? `${reminder.title} (was due ${due.when})` : reminder.title,
    tag: `${TAG_PREFIX}${reminder.id}`,
    actions: ACTIONS.map(({ id, label }) => ({ id, label })),
    // Where the OS shows no buttons (Linux), a click opens the Todos panel, whose toast has the same ones.
    target: { kind: 'todos' },
  };
}

const choiceSchema = z.object({ tag: z.string().startsWith(TAG_PREFIX).max(TAG_PREFIX.length + 200), actionId: z.string().max(40) });

/** The reminder and action a pressed button names; undefined for another feature's notification or an unknown button. */
export function reminderActionFor(choice: NotificationActionChoice): { reminderId: string; action: ReminderAction } | undefined {
  const parsed = choiceSchema.safeParse(choice);
  if (!parsed.success) return undefined;
  const reminderId = parsed.data.tag.slice(TAG_PREFIX.length);
  const found = ACTIONS.find((a) => a.id === parsed.data.actionId);
  return reminderId && found ? { reminderId, action: found.action } : undefined;
}
