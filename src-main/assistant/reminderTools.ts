// The reminder tools (create_reminder, get_reminders, delete_reminder). The reminder scheduler picks up new and
// changed reminders from the graph's change events; these tools only write.
import { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import type { ReminderView } from '../../src-preload/contract/assistantViews';
import { defineDeleteItemTool } from './deleteItemTool';
import { defineTool, type ToolDefinition } from '../tools/ToolDefinition';
import { homeTimeZone } from './homeTimeZone';
import { RECURRENCES, toReminderView } from './householdItems';
import { createItem } from './householdWrites';
import { listReminderViews } from './itemViews';
import { parseWhen } from './parseWhen';
import { ownershipTier } from './resolveItem';
import type { AssistantToolOptions } from './todoTools';

export const createReminderArgs = z.object({
  title: z.string().trim().min(1).max(255).describe('What to be reminded of, e.g. "water the plants"'),
  at: z.string().trim().min(1).max(200).describe('ISO 8601 instant or natural text: "tomorrow at 8", "in 2 hours", "every Monday at 9"'),
  recurrence: z.enum(RECURRENCES).nullable().optional(),
  assignee: z.string().trim().min(1).max(200).nullable().optional(),
}).strict();

export const getRemindersArgs = z.object({ include_done: z.boolean().default(false) }).strict();
export const deleteReminderArgs = z.object({ reminder: z.string().trim().min(1).max(255).describe('The reminder\'s id or title') }).strict();

export function createReminderTools(options: AssistantToolOptions): ToolDefinition[] {
  const createReminder = defineTool({
    name: 'create_reminder',
    description: 'Set a reminder that notifies at a time (natural dates are read in the home\'s time zone); may repeat.',
    argsSchema: createReminderArgs,
    baseTier: 1,
    tier: (args, ctx) => ownershipTier(args.assignee, ctx),
    readOnly: false,
    async run(args, ctx): Promise<ReminderView> {
      const now = options.now();
      let atMs = /^\d{4}-\d{2}-\d{2}T/.test(args.at) ? Date.parse(args.at) : Number.NaN;
      let recurrence = args.recurrence ?? null;
      if (!Number.isFinite(atMs)) {
        const parsed = parseWhen(args.at, now, await homeTimeZone(ctx.store));
        if (!parsed) throw new AppError('validation', `I could not read "${args.at.slice(0, 80)}" as a time.`);
        atMs = parsed.atMs;
        recurrence = recurrence ?? parsed.recurrence;
      }
      const entity = await createItem(ctx, 'schedule', args.title, {
        kind: 'reminder', at: new Date(atMs).toISOString(), recurrence, snoozed_until: null, done: false, fired_for: null, assignee: args.assignee ?? null,
      });
      return toReminderView(entity) as ReminderView;
    },
  });

  const getReminders = defineTool({
    name: 'get_reminders',
    description: 'List reminders, soonest first (done ones only with include_done).',
    argsSchema: getRemindersArgs,
    baseTier: 1,
    tier: () => 1,
    readOnly: true,
    async run(args, ctx): Promise<{ reminders: ReminderView[]; count: number }> {
      const reminders = (await listReminderViews(ctx)).filter((r) => args.include_done || !r.done);
      return { reminders, count: reminders.length };
    },
  });

  const deleteReminder = defineDeleteItemTool('reminder', 'Delete a reminder by title or id. Needs the user\'s approval.', deleteReminderArgs);

  return [createReminder, getReminders, deleteReminder];
}
