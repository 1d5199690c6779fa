// The todo tools (create_todo, get_todos, complete_todo, update_todo, delete_todo). Dates may be ISO instants or
// natural text ("next Friday"), read in the home's time zone.
import { z } from 'zod';
import { AppError } from '../../src-shared/errors';
import type { TodoView } from '../../src-preload/contract/assistantViews';
import { defineDeleteItemTool } from './deleteItemTool';
import { defineTool, type ToolContext, type ToolDefinition } from '../tools/ToolDefinition';
import { homeTimeZone } from './homeTimeZone';
import { normalizeListName, PRIORITIES, toTodoView, type Priority } from './householdItems';
import { createItem, updateItem } from './householdWrites';
import { listTodoViews } from './itemViews';
import { dueInstant, parseWhen } from './parseWhen';
import { ownershipTier, resolveItem } from './resolveItem';
import { dayBounds } from './zonedTime';

const ref = z.string().trim().min(1).max(255).describe('The todo\'s id or its title (fuzzy)');
const when = z.string().trim().min(1).max(200).describe('ISO 8601 instant or natural text such as "next Friday" or "tomorrow at 9"');
const list = z.string().trim().min(1).max(100).describe('A named list such as "shopping" or "garden"; omit for the general todo list');

export const createTodoArgs = z.object({
  title: z.string().trim().min(1).max(255),
  priority: z.enum(PRIORITIES).default('normal'),
  due: when.nullable().optional(),
  assignee: z.string().trim().min(1).max(200).nullable().optional().describe('Household member; omit for the asking person'),
  list: list.nullable().optional(),
}).strict();

export const getTodosArgs = z.object({
  list: list.optional(),
  filter: z.enum(['open', 'done', 'today', 'overdue', 'all']).default('open'),
}).strict();

export const completeTodoArgs = z.object({ todo: ref, done: z.boolean().default(true) }).strict();

export const updateTodoArgs = z.object({
  todo: ref,
  title: z.string().trim().min(1).max(255).optional(),
  priority: z.enum(PRIORITIES).optional(),
  due: when.nullable().optional(),
  assignee: z.string().trim().min(1).max(200).nullable().optional(),
  list: list.nullable().optional(),
  order: z.number().finite().optional(),
}).strict();

export const deleteTodoArgs = z.object({ todo: ref }).strict();

export interface AssistantToolOptions {
  now: () => number;
}

export async function resolveDue(text: string | null | undefined, ctx: ToolContext, now: number): Promise<string | null> {
  if (text === null || text === undefined) return null;
  const iso = Date.parse(text);
  if (/^\d{4}-\d{2}-\d{2}/.test(text) && Number.isFinite(iso)) return new Date(iso).toISOString();
  const timeZone = await homeTimeZone(ctx.store);
  const parsed = parseWhen(text, now, timeZone);
  if (!parsed) throw new AppError('validation', `I could not read "${text.slice(0, 80)}" as a date.`);
  return new Date(dueInstant(parsed, timeZone)).toISOString();
}

/** The todo fields a change gives, as content keys (a due date read by resolveDue, a list by its normal name). */
export interface TodoChanges {
  title?: string | undefined;
  priority?: Priority | undefined;
  due?: string | null | undefined;
  assignee?: string | null | undefined;
  list?: string | null | undefined;
  order?: number | undefined;
}

export async function todoPatch(changes: TodoChanges, ctx: ToolContext, now: number): Promise<Record<string, unknown>> {
  const patch: Record<string, unknown> = {};
  if (changes.title !== undefined) patch['title'] = changes.title;
  if (changes.priority !== undefined) patch['priority'] = changes.priority;
  if (changes.due !== undefined) patch['due'] = await resolveDue(changes.due, ctx, now);
  if (changes.assignee !== undefined) patch['assignee'] = changes.assignee;
  if (changes.list !== undefined) patch['list'] = normalizeListName(changes.list);
  if (changes.order !== undefined) patch['order'] = changes.order;
  return patch;
}

export function createTodoTools(options: AssistantToolOptions): ToolDefinition[] {
  const createTodo = defineTool({
    name: 'create_todo',
    description: 'Add a todo for the household, optionally to a named list ("shopping", "garden"), with a priority and a due date.',
    argsSchema: createTodoArgs,
    baseTier: 1,
    tier: (args, ctx) => ownershipTier(args.assignee, ctx),
    readOnly: false,
    async run(args, ctx): Promise<TodoView> {
      const listName = normalizeListName(args.list);
      const existing = (await listTodoViews(ctx)).filter((t) => t.list === listName);
      const order = Math.max(0, ...existing.map((t) => t.order)) + 1;
      const entity = await createItem(ctx, 'note', args.title, {
        kind: 'todo', done: false, priority: args.priority, due: await resolveDue(args.due, ctx, options.now()),
        assignee: args.assignee ?? null, list: listName, order, completed_at: null,
      });
      return toTodoView(entity) as TodoView;
    },
  });

  const getTodos = defineTool({
    name: 'get_todos',
    description: 'List todos, optionally of one list ("shopping") and filtered: open (default), done, today, overdue, all.',
    argsSchema: getTodosArgs,
    baseTier: 1,
    tier: () => 1,
    readOnly: true,
    async run(args, ctx): Promise<{ todos: TodoView[]; count: number }> {
      const listName = args.list ? normalizeListName(args.list) : undefined;
      const now = options.now();
      const today = dayBounds(now, await homeTimeZone(ctx.store));
      const todos = (await listTodoViews(ctx))
        .filter((t) => listName === undefined || t.list === listName)
        .filter((t) => {
          const due = t.due ? Date.parse(t.due) : undefined;
          switch (args.filter) {
            case 'open': return !t.done;
            case 'done': return t.done;
            case 'today': return !t.done && due !== undefined && due < today.endMs;
            case 'overdue': return !t.done && due !== undefined && due < now;
            default: return true;
          }
        });
      return { todos, count: todos.length };
    },
  });

  const completeTodo = defineTool({
    name: 'complete_todo',
    description: 'Mark a todo done (or not done again with done=false). Name it by title.',
    argsSchema: completeTodoArgs,
    baseTier: 1,
    async tier(args, ctx) {
      return ownershipTier((await resolveItem(ctx, args.todo, 'todo')).content['assignee'], ctx);
    },
    readOnly: false,
    async run(args, ctx): Promise<TodoView> {
      const current = await resolveItem(ctx, args.todo, 'todo');
      const next = await updateItem(ctx, current, { done: args.done, completed_at: args.done ? new Date(options.now()).toISOString() : null });
      return toTodoView(next) as TodoView;
    },
  });

  const updateTodo = defineTool({
    name: 'update_todo',
    description: 'Change a todo: rename it, set its priority, due date, list, assignee or position.',
    argsSchema: updateTodoArgs,
    baseTier: 2,
    tier: () => 2,
    readOnly: false,
    async run(args, ctx): Promise<TodoView> {
      const current = await resolveItem(ctx, args.todo, 'todo');
      const patch = await todoPatch(args, ctx, options.now());
      if (Object.keys(patch).length === 0) throw new AppError('validation', 'Say what to change: title, priority, due, list, assignee or order.');
      return toTodoView(await updateItem(ctx, current, patch)) as TodoView;
    },
  });

  const deleteTodo = defineDeleteItemTool('todo', 'Delete a todo (a tombstone version, so the deletion syncs). Needs the user\'s approval.', deleteTodoArgs);

  return [createTodo, getTodos, completeTodo, updateTodo, deleteTodo];
}
