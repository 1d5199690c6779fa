// Contract handlers of the Todos/Reminders panel and the CLI. These are the person's own direct actions (a click, a
// typed command), so they run the assistant tools without a card; guests can only read.
import { AppError } from '../../src-shared/errors';
import type { ReminderView, TodoView } from '../../src-preload/contract/assistantViews';
import type { AssistantDeps, AssistantHandlers } from './registerAssistant';
import { toTodoView } from './householdItems';
import { requireItem, updateItem } from './householdWrites';
import { parseWhen } from './parseWhen';
import { allPersonas, PERSONA_SETTINGS_KEY, type PersonaSettings } from './personas';
import type { ReminderScheduler } from './ReminderScheduler';
import { listReminderViews, listTodoViews } from './itemViews';
import { todoPatch } from './todoTools';
import { tidyTitle } from './parseAssistantRequest';
import { formatWhen } from './zonedTime';

interface HandlerDeps extends AssistantDeps {
  scheduler: ReminderScheduler;
  timeZone: () => Promise<string>;
  readPersonas: () => PersonaSettings;
}

export function createAssistantHandlers(deps: HandlerDeps): AssistantHandlers {
  const ctx = (correlationId: string) => deps.toolContext(deps.user.id, correlationId);
  const writer = (): void => {
    if (deps.user.role === 'guest') throw new AppError('forbidden', 'Guests can read todos and reminders but not change them.');
  };
  const run = async <R>(name: string, args: Record<string, unknown>, correlationId: string): Promise<R> => {
    writer();
    const { result } = await deps.registry.run(name, args, ctx(correlationId));
    return result as R;
  };
  const personasView = () => {
    const settings = deps.readPersonas();
    return { personas: allPersonas(settings), activeId: settings.activeId };
  };

  return {
    'assistant.overview': async () => {
      const c = { store: deps.store };
      const todos = await listTodoViews(c);
      const reminders = await listReminderViews(c);
      return { todos, reminders, timeZone: await deps.timeZone(), missed: deps.scheduler.missed };
    },
    'assistant.addTodo': (args, { correlationId }) =>
      run<TodoView>('create_todo', { title: args.title, list: args.list ?? null, priority: args.priority ?? 'normal', due: args.due ?? null }, correlationId),
    'assistant.setTodoDone': (args, { correlationId }) => run<TodoView>('complete_todo', { todo: args.id, done: args.done }, correlationId),
    'assistant.editTodo': async ({ id, ...changes }, { correlationId }) => {
      writer();
      const context = ctx(correlationId);
      const current = await requireItem(context, id, 'todo');
      const patch = await todoPatch(changes, context, deps.now());
      if (Object.keys(patch).length === 0) throw new AppError('validation', 'Nothing to change.');
      return toTodoView(await updateItem(context, current, patch)) as TodoView;
    },
    'assistant.reorderTodos': async ({ ids }, { correlationId }) => {
      writer();
      const context = ctx(correlationId);
      let changed = 0;
      for (const [index, id] of ids.entries()) {
        const current = await requireItem(context, id, 'todo');
        if (current.content['order'] === index + 1) continue;
        await updateItem(context, current, { order: index + 1 });
        changed++;
      }
      return { changed };
    },
    'assistant.deleteTodo': async ({ id }, { correlationId }) => {
      await run('delete_todo', { todo: id }, correlationId);
      return { deleted: true };
    },
    'assistant.createReminder': async ({ text }, { correlationId }) => {
      writer();
      const tz = await deps.timeZone();
      const when = parseWhen(text.replace(/^remind (?:me|us) (?:to |about )?/i, ''), deps.now(), tz);
      if (!when) throw new AppError('validation', `I couldn't find a date or time in "${text.slice(0, 80)}". Try "water the plants tomorrow at 8".`);
      const title = tidyTitle(when.rest);
      if (!title) throw new AppError('validation', 'Say what the reminder is about, e.g. "water the plants tomorrow at 8".');
      const reminder = await run<ReminderView>('create_reminder', { title, at: new Date(when.atMs).toISOString(), recurrence: when.recurrence }, correlationId);
      return { reminder, when: formatWhen(when.atMs, tz) };
    },
    'assistant.snoozeReminder': async ({ id, option }) => {
      writer();
      return deps.scheduler.snooze(id, option);
    },
    'assistant.completeReminder': async ({ id }) => {
      writer();
      return deps.scheduler.complete(id);
    },
    'assistant.deleteReminder': async ({ id }, { correlationId }) => {
      await run('delete_reminder', { reminder: id }, correlationId);
      return { deleted: true };
    },
    'assistant.dismissMissed': async () => {
      deps.scheduler.dismissMissed();
      return { dismissed: true };
    },
    'assistant.personas': async () => personasView(),
    'assistant.choosePersona': async ({ id }) => {
      writer();
      const current = deps.readPersonas();
      if (!allPersonas(current).some((p) => p.id === id)) throw new AppError('validation', `There is no persona "${id.slice(0, 40)}".`);
      deps.settings.write(PERSONA_SETTINGS_KEY, { ...current, activeId: id });
      return personasView();
    },
    'assistant.savePersonas': async ({ activeId, custom }) => {
      writer();
      const current = deps.readPersonas();
      const next: PersonaSettings = { activeId: activeId ?? current.activeId, custom: custom ?? current.custom };
      if (!allPersonas(next).some((p) => p.id === next.activeId)) throw new AppError('validation', `There is no persona "${next.activeId}".`);
      deps.settings.write(PERSONA_SETTINGS_KEY, next);
      return personasView();
    },
  };
}
