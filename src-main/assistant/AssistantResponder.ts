// The household assistant's step of the answer path (before the intent engine): todos and reminders in plain
// language, offline. It runs the assistant tools through the ToolRegistry like any caller: tier-1 calls (the asking
// person's own creates and completes, reads) run at once; anything higher becomes an action card at the approval gate.
// A missing date or title, or a title that fits several items, is asked back; the answer to that question is
// remembered per conversation (`PendingQuestions`) so the next turn completes it.
import type { Citation, ToolCallRecord } from '../../src-preload/contract/views';
import type { ReminderView, TodoView } from '../../src-preload/contract/assistantViews';
import { AppError } from '../../src-shared/errors';
import type { Entity } from '../../src-shared/protocol/entities';
import type { ApprovalService } from '../approvals/ApprovalService';
import type { TargetPatch } from '../approvals/ProposalRequest';
import type { Responder, ResponderAnswer, ResponderContext } from '../chat/Responder';
import type { GraphStore } from '../graph/GraphStore';
import type { ToolContext } from '../tools/ToolDefinition';
import type { ToolRegistry } from '../tools/ToolRegistry';
import { AssistantWording, listLabel, quote } from './assistantWording';
import { findItemByTitle } from './findItemByTitle';
import { homeTimeZone } from './homeTimeZone';
import { normalizeListName, toTodoView, type Priority } from './householdItems';
import { listItems } from './householdWrites';
import { extractPriority, parseAssistantRequest, tidyRequest, tidyTitle, type AssistantRequest, type TodoChange } from './parseAssistantRequest';
import { dueInstant, parseWhen } from './parseWhen';
import { PendingQuestions, type PendingQuestion } from './PendingQuestions';
import type { PersonaStyle } from './personas';
import { dayBounds, formatDay, formatWhen } from './zonedTime';

export interface AssistantResponderOptions {
  registry: ToolRegistry;
  approvals: ApprovalService;
  store: GraphStore;
  toolContext: (userId: string, correlationId: string) => ToolContext;
  now: () => number;
  /** The active persona's style for the wording of answers. */
  style?: () => PersonaStyle;
}

interface Turn {
  context: ResponderContext;
  ctx: ToolContext;
  timeZone: string;
  words: AssistantWording;
  calls: ToolCallRecord[];
  citations: Map<string, Citation>;
}

type Item = { entity: Entity; title: string; list: string | null };

export class AssistantResponder implements Responder {
  private readonly pending: PendingQuestions<Turn>;

  constructor(private readonly options: AssistantResponderOptions) {
    this.pending = new PendingQuestions<Turn>(options.now);
  }

  async respond(text: string, context: ResponderContext): Promise<ResponderAnswer | undefined> {
    if (text.trim().startsWith('/')) return undefined;
    const request = parseAssistantRequest(text);
    const waiting = this.pending.take(context.conversationId);
    // Most turns are not about todos: decline before touching the store.
    if (!request && !waiting) return undefined;
    const timeZone = await homeTimeZone(this.options.store);
    const turn: Turn = {
      context, timeZone, calls: [], citations: new Map(),
      ctx: this.options.toolContext(context.userId, context.correlationId),
      words: new AssistantWording(this.options.style?.() ?? 'friendly', timeZone),
    };
    if (waiting && /^(?:never ?mind|cancel|forget it|stop|no)$/i.test(tidyRequest(text))) return this.finish(turn, 'OK, never mind.');
    if (waiting && !request) {
      const answered = await this.answerPending(waiting, tidyRequest(text), turn);
      if (answered) return answered;
    }
    if (!request) return undefined;
    if (context.role === 'guest' && !request.op.startsWith('list_')) {
      return this.finish(turn, 'Guests can read the household\'s todos and reminders but not change them.');
    }
    try {
      return await this.handle(request, turn);
    } catch (error) {
      if (error instanceof AppError && (error.type === 'validation' || error.type === 'not_found')) return this.finish(turn, error.message);
      throw error;
    }
  }

  private async handle(request: AssistantRequest, turn: Turn): Promise<ResponderAnswer | undefined> {
    switch (request.op) {
      case 'create_reminder': return this.createReminder(request.body, request.assignee, turn);
      case 'list_reminders': return this.listReminders(request.day, turn);
      case 'delete_reminder': return this.withItem('reminder', request.ref, null, turn, true, (item, now) => this.deleteItem(item, 'reminder', now));
      case 'create_todo': return this.createTodo(request.body, normalizeListName(request.list), turn, request.priority);
      case 'list_todos': return this.listTodos(normalizeListName(request.list), request.filter, turn);
      case 'complete_todo':
        return this.withItem('todo', request.ref, normalizeListName(request.list), turn, true, (item, now) => this.completeTodo(item, request.done, now), request.done ? 'open' : 'done');
      case 'delete_todo':
        return this.withItem('todo', request.ref, normalizeListName(request.list), turn, request.explicit, (item, now) => this.deleteItem(item, 'todo', now));
      case 'update_todo': return this.withItem('todo', request.ref, null, turn, true, (item, now) => this.updateTodo(item, request.change, now));
    }
  }

  private async createReminder(body: string, assignee: string | null, turn: Turn, knownAtMs?: number, knownRecurrence?: string | null): Promise<ResponderAnswer> {
    const when = knownAtMs === undefined ? parseWhen(body, this.options.now(), turn.timeZone) : undefined;
    const title = tidyTitle(when ? when.rest : body);
    const atMs = knownAtMs ?? when?.atMs;
    const recurrence = knownRecurrence ?? when?.recurrence ?? null;
    if (!title) {
      this.pending.ask(turn.context.conversationId, { kind: 'reminder_title', assignee, ...(atMs !== undefined ? { atMs, recurrence } : {}) });
      return this.finish(turn, atMs !== undefined ? `What should I remind you about at ${formatWhen(atMs, turn.timeZone)}?` : 'What should I remind you about, and when?');
    }
    if (atMs === undefined) {
      this.pending.ask(turn.context.conversationId, { kind: 'reminder_when', title, assignee });
      return this.finish(turn, turn.words.askWhen(title));
    }
    const args = { title, at: new Date(atMs).toISOString(), recurrence, ...(assignee ? { assignee } : {}) };
    const outcome = await this.run<ReminderView>('create_reminder', args, turn);
    if (outcome.type !== 'ran') return this.finish(turn, outcome.text, outcome.type === 'proposed' ? outcome : undefined);
    return this.finish(turn, turn.words.reminderSet(title, formatWhen(atMs, turn.timeZone), recurrence));
  }

  private async listReminders(day: 'today' | 'tomorrow' | null, turn: Turn): Promise<ResponderAnswer> {
    const outcome = await this.run<{ reminders: ReminderView[] }>('get_reminders', {}, turn);
    if (outcome.type !== 'ran') return this.finish(turn, outcome.text, outcome.type === 'proposed' ? outcome : undefined);
    let reminders = outcome.result.reminders;
    if (day) {
      const now = this.options.now();
      const bounds = dayBounds(day === 'today' ? now : now + 24 * 3600_000, turn.timeZone);
      reminders = reminders.filter((r) => Date.parse(r.due_at) >= bounds.startMs && Date.parse(r.due_at) < bounds.endMs);
    }
    await this.citeIds(reminders.map((r) => r.id), turn);
    return this.finish(turn, turn.words.reminderList(reminders, (r) => formatWhen(Date.parse(r.due_at), turn.timeZone), day));
  }

  private async createTodo(body: string, list: string | null, turn: Turn, known?: Priority): Promise<ResponderAnswer> {
    const extracted = extractPriority(body);
    const priority = known ?? extracted.priority;
    const rest = extracted.rest;
    const when = parseWhen(rest, this.options.now(), turn.timeZone);
    const title = tidyTitle(when ? when.rest : rest);
    if (!title) {
      this.pending.ask(turn.context.conversationId, { kind: 'todo_title', list });
      return this.finish(turn, `What should I add to ${listLabel(list)}?`);
    }
    const args = { title, priority: priority ?? 'normal', list, ...(when ? { due: new Date(dueInstant(when, turn.timeZone)).toISOString() } : {}) };
    const outcome = await this.run<TodoView>('create_todo', args, turn);
    if (outcome.type !== 'ran') return this.finish(turn, outcome.text, outcome.type === 'proposed' ? outcome : undefined);
    await this.citeIds([outcome.result.id], turn);
    return this.finish(turn, turn.words.todoAdded(outcome.result));
  }

  private async listTodos(list: string | null, filter: string, turn: Turn): Promise<ResponderAnswer> {
    const outcome = await this.run<{ todos: TodoView[] }>('get_todos', { ...(list ? { list } : {}), filter }, turn);
    if (outcome.type !== 'ran') return this.finish(turn, outcome.text, outcome.type === 'proposed' ? outcome : undefined);
    await this.citeIds(outcome.result.todos.map((t) => t.id), turn);
    return this.finish(turn, turn.words.todoList(list, filter, outcome.result.todos));
  }

  private async completeTodo(item: Item, done: boolean, turn: Turn): Promise<ResponderAnswer> {
    const outcome = await this.run<TodoView>('complete_todo', { todo: item.entity.id, done }, turn, { content: { done } }, done ? 'Ticking off' : 'Reopening', item.entity);
    if (outcome.type !== 'ran') return this.finish(turn, outcome.text, outcome.type === 'proposed' ? outcome : undefined);
    return this.finish(turn, turn.words.todoCompleted(outcome.result));
  }

  private async deleteItem(item: Item, kind: 'todo' | 'reminder', turn: Turn): Promise<ResponderAnswer> {
    const args = kind === 'todo' ? { todo: item.entity.id } : { reminder: item.entity.id };
    const outcome = await this.run(`delete_${kind}`, args, turn, { content: { deleted: true } }, 'Delete', item.entity);
    if (outcome.type !== 'ran') return this.finish(turn, outcome.text, outcome.type === 'proposed' ? outcome : undefined);
    return this.finish(turn, `Deleted ${quote(item.title)}.`);
  }

  private async updateTodo(item: Item, change: TodoChange, turn: Turn): Promise<ResponderAnswer> {
    const content: Record<string, unknown> = {};
    let what = '';
    let field = change.field;
    if (field === 'title_or_due') field = parseWhen(change.value, this.options.now(), turn.timeZone) ? 'due' : 'title';
    if (field === 'due') {
      const when = parseWhen(change.value, this.options.now(), turn.timeZone);
      if (!when) return this.finish(turn, `I couldn't read "${change.value}" as a date.`);
      content['due'] = new Date(dueInstant(when, turn.timeZone)).toISOString();
      what = `due ${formatDay(when.atMs, turn.timeZone)}`;
    } else if (field === 'title') {
      content['title'] = tidyTitle(change.value);
      what = `renamed to ${quote(String(content['title']))}`;
    } else if (field === 'list') {
      content['list'] = normalizeListName(change.value);
      what = `moved to ${listLabel(content['list'] as string | null)}`;
    } else {
      content[field] = change.value;
      what = field === 'priority' ? `${change.value} priority` : `assigned to ${change.value}`;
    }
    const patch: TargetPatch = { content, ...(typeof content['title'] === 'string' ? { name: content['title'] } : {}) };
    const outcome = await this.run<TodoView>('update_todo', { todo: item.entity.id, ...content }, turn, patch, 'Change', item.entity);
    if (outcome.type !== 'ran') return this.finish(turn, outcome.text, outcome.type === 'proposed' ? outcome : undefined);
    return this.finish(turn, turn.words.todoUpdated(outcome.result, what));
  }

  /** Resolves a title among todos or reminders; asks "which one?" (with clickable choices) when several fit. */
  private async withItem(
    kind: 'todo' | 'reminder', ref: string, list: string | null, turn: Turn, explicit: boolean,
    /** Runs in the turn that picked the item: this one, or the later turn that answered "which one?". */
    act: (item: Item, turn: Turn) => Promise<ResponderAnswer>,
    prefer?: 'open' | 'done',
  ): Promise<ResponderAnswer | undefined> {
    const all: Item[] = (await listItems(turn.ctx, kind)).map((entity) => ({
      entity, title: entity.name, list: kind === 'todo' ? (toTodoView(entity)?.list ?? null) : null,
    }));
    // Ticking off looks among open items first (a done "call the plumber" should not make "call" ambiguous).
    const preferred = prefer ? all.filter((i) => (i.entity.content['done'] === true) === (prefer === 'done')) : all;
    const items = preferred.length ? preferred : all;
    const scoped = list ? items.filter((i) => i.list === list) : items;
    const match = findItemByTitle(scoped.length ? scoped : items, tidyTitle(ref));
    if (match.type === 'none') {
      // "remove the hallway light" is not about todos: let the next engine have it.
      if (!explicit) return undefined;
      return this.finish(turn, `I couldn't find a ${kind} called ${quote(tidyTitle(ref))}.`);
    }
    if (match.type === 'found') return act(match.item, turn);
    // A stable order people can refer to ("the second one"): by title, then list.
    match.candidates.sort((a, b) => a.title.localeCompare(b.title) || (a.list ?? '').localeCompare(b.list ?? ''));
    const choices = labelChoices(match.candidates);
    this.pending.ask(turn.context.conversationId, {
      kind: 'choose', choices: choices.map((c, i) => ({ label: c, id: match.candidates[i]?.entity.id ?? '' })),
      resume: (id, later) => {
        const chosen = match.candidates.find((c) => c.entity.id === id);
        return chosen ? act(chosen, later) : Promise.resolve(this.finish(later, 'That one is gone.'));
      },
    });
    for (const c of match.candidates) this.cite(c.entity, turn);
    return { ...this.finish(turn, turn.words.askWhichOne(kind, choices)), choices };
  }

  private async answerPending(question: PendingQuestion<Turn>, text: string, turn: Turn): Promise<ResponderAnswer | undefined> {
    switch (question.kind) {
      case 'reminder_when': {
        const when = parseWhen(text, this.options.now(), turn.timeZone);
        if (!when) return undefined;
        return this.createReminder(question.title, question.assignee, turn, when.atMs, when.recurrence);
      }
      case 'reminder_title':
        return question.atMs !== undefined
          ? this.createReminder(text, question.assignee, turn, question.atMs, question.recurrence ?? null)
          : this.createReminder(text, question.assignee, turn);
      case 'todo_title':
        return this.createTodo(text, question.list, turn);
      case 'choose': {
        const id = pickChoice(question.choices, text);
        return id ? question.resume(id, turn) : undefined;
      }
    }
  }

  /** Runs a tool at tier 1; a higher tier becomes an action card at the approval gate (never a silent write). */
  private async run<R>(
    name: string, args: Record<string, unknown>, turn: Turn, patch?: TargetPatch, verb?: string, target?: Entity,
  ): Promise<{ type: 'ran'; result: R } | { type: 'proposed'; text: string; proposal: ResponderAnswer['proposal'] } | { type: 'refused'; text: string }> {
    const prepared = await this.options.registry.prepare(name, args, turn.ctx);
    if (prepared.tier > 1) {
      if (!patch || !target || !verb) {
        return { type: 'refused', text: 'That is for another household member, so it needs approval, and approvals can only change existing items for now. Ask them to add it, or add it without a name.' };
      }
      const proposal = await this.options.approvals.create({
        conversationId: turn.context.conversationId,
        correlationId: turn.context.correlationId,
        proposer: 'assistant',
        userId: turn.context.userId,
        summary: { verb },
        targets: [{ entity: target, patch }],
      });
      this.cite(target, turn);
      return { type: 'proposed', text: turn.words.needsApproval(`${verb} ${quote(target.name)}`), proposal };
    }
    const { result } = await this.options.registry.runPrepared(prepared, turn.ctx);
    turn.calls.push({ name, arguments: args, tier: prepared.tier, ok: true, summary: summarize(result) });
    return { type: 'ran', result: result as R };
  }

  private cite(entity: Entity, turn: Turn): void {
    turn.citations.set(entity.id, { entity_id: entity.id, version: entity.version, name: entity.name, entity_type: entity.entity_type });
  }

  private async citeIds(ids: readonly string[], turn: Turn): Promise<void> {
    const entities = await this.options.store.getEntities(ids.slice(0, 20));
    for (const e of entities.values()) this.cite(e, turn);
  }

  private finish(turn: Turn, text: string, proposed?: { proposal: ResponderAnswer['proposal'] }): ResponderAnswer {
    return {
      text,
      citations: [...turn.citations.values()],
      tool_calls: turn.calls,
      proposal: proposed?.proposal ?? null,
      provider: 'assistant',
      model: null,
    };
  }
}

function summarize(result: unknown): string {
  if (result && typeof result === 'object' && 'count' in result) return `${String((result as { count: unknown }).count)} items`;
  if (result && typeof result === 'object' && 'title' in result) return String((result as { title: unknown }).title);
  return 'ok';
}

/** Choice labels people can tell apart: the title, plus the list when two titles are the same. */
function labelChoices(items: readonly Item[]): string[] {
  return items.slice(0, 6).map((i) => {
    const twin = items.filter((o) => o.title.toLowerCase() === i.title.toLowerCase()).length > 1;
    return twin && i.list ? `${i.title} (${i.list} list)` : i.title;
  });
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

function pickChoice(choices: ReadonlyArray<{ label: string; id: string }>, text: string): string | undefined {
  const lower = text.toLowerCase().replace(/^(?:the\s+)?/, '').replace(/\s+one$/, '').trim();
  const exact = choices.find((c) => c.label.toLowerCase() === lower);
  if (exact) return exact.id;
  const n = /^\d+$/.test(lower) ? Number(lower) - 1 : ORDINALS.indexOf(lower);
  if (n >= 0 && choices[n]) return choices[n].id;
  const match = findItemByTitle(choices.map((c) => ({ ...c, title: c.label })), text);
  return match.type === 'found' ? match.item.id : undefined;
}
