// delete_todo and delete_reminder: the item named by id or title gets a tombstone version (so the deletion syncs),
// at the approval gate's tier for deleting it.
import type { z } from 'zod';
import { defineTool, type ToolDefinition } from '../tools/ToolDefinition';
import { updateItem } from './householdWrites';
import { deleteItemTier, resolveItem } from './resolveItem';

type ItemKind = 'todo' | 'reminder';
type DeleteArgs<K extends ItemKind> = z.ZodType<{ [P in K]: string }>;

export function defineDeleteItemTool<K extends ItemKind, A extends DeleteArgs<K>>(
  kind: K,
  description: string,
  argsSchema: A,
): ToolDefinition<A, { deleted: string; title: string }> {
  return defineTool({
    name: `delete_${kind}`,
    description,
    argsSchema,
    baseTier: 2,
    async tier(args, ctx) {
      return deleteItemTier(await resolveItem(ctx, (args as { [P in K]: string })[kind], kind), ctx);
    },
    readOnly: false,
    async run(args, ctx) {
      const current = await resolveItem(ctx, (args as { [P in K]: string })[kind], kind);
      await updateItem(ctx, current, { deleted: true });
      return { deleted: current.id, title: current.name };
    },
  });
}
