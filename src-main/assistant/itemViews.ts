// The household's todos and reminders as the views the tools, the panel and the CLI show, in their one display order
// (items whose content does not read as a todo or reminder are left out). One place, so every list sorts alike.
import type { ReminderView, TodoView } from '../../src-preload/contract/assistantViews';
import type { ToolContext } from '../tools/ToolDefinition';
import { toReminderView, toTodoView } from './householdItems';
import { listItems } from './householdWrites';

type ReadContext = Pick<ToolContext, 'store'>;

/** Every todo, general list first, then named lists alphabetically; open before done; then the person's own order. */
export async function listTodoViews(ctx: ReadContext): Promise<TodoView[]> {
  return (await listItems(ctx, 'todo')).map(toTodoView).filter((t): t is TodoView => t !== undefined).sort(byOrder);
}

/** Every reminder, soonest first. */
export async function listReminderViews(ctx: ReadContext): Promise<ReminderView[]> {
  return (await listItems(ctx, 'reminder')).map(toReminderView).filter((r): r is ReminderView => r !== undefined).sort(byDue);
}

export function byOrder(a: TodoView, b: TodoView): number {
  const list = (a.list ?? '').localeCompare(b.list ?? '');
  return list || Number(a.done) - Number(b.done) || a.order - b.order || a.title.localeCompare(b.title);
}

export function byDue(a: ReminderView, b: ReminderView): number {
  return Date.parse(a.due_at) - Date.parse(b.due_at) || a.title.localeCompare(b.title);
}
