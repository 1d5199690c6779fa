// `goodies todo add|list|done|rm`, `goodies remind <text>`, `goodies reminders`: the household assistant from the
// command line, through the same contract calls as the Todos panel.
import type { Command } from 'commander';
import type { TodoView } from '../../../src-preload/contract';
import { AppError } from '../../../src-shared/errors';
import { findItemByTitle } from '../../assistant/findItemByTitle';
import { formatDay, formatWhen } from '../../assistant/zonedTime';
import type { CliContext } from '../CliContext';
import type { CliSession } from '../CliSession';
import { printJson } from '../cliOutput';

async function todoByTitle(session: CliSession, title: string, list: string | undefined, prefer: 'open' | 'any'): Promise<TodoView> {
  const { todos } = await session.call('assistant.overview', {});
  const inList = list ? todos.filter((t) => t.list === list.toLowerCase()) : todos;
  const open = prefer === 'open' ? inList.filter((t) => !t.done) : inList;
  const match = findItemByTitle(open.length ? open : inList, title);
  if (match.type === 'found') return match.item;
  if (match.type === 'ambiguous') {
    throw new AppError('ambiguous', `"${title}" matches ${match.candidates.map((c) => `"${c.title}"${c.list ? ` (${c.list})` : ''}`).join(', ')}. Be more specific or add --list.`);
  }
  throw new AppError('not_found', `There is no todo called "${title}".`);
}

function todoLine(t: TodoView, timeZone: string): string {
  const extras = [t.list ? `[${t.list}]` : '', t.priority !== 'normal' ? `(${t.priority})` : '', t.due ? `due ${formatDay(Date.parse(t.due), timeZone)}` : '']
    .filter(Boolean).join(' ');
  return `${t.done ? '[x]' : '[ ]'} ${t.title}${extras ? `  ${extras}` : ''}`;
}

export function registerAssistantCommands(program: Command, context: CliContext): void {
  const todo = program.command('todo').description('Household todos and lists (shopping, garden, …)');
  todo
    .command('add')
    .description('Add a todo')
    .argument('<title...>', 'what to do')
    .option('--list <name>', 'a named list, e.g. shopping')
    .option('--priority <level>', 'high, normal or low')
    .option('--due <when>', 'a date, e.g. "friday" or 2026-11-01')
    .action(async (words: string[], options: { list?: string; priority?: 'high' | 'normal' | 'low'; due?: string }) => {
      const added = await context.withSession('cli', (s) => s.call('assistant.addTodo', {
        title: words.join(' '), ...(options.list ? { list: options.list } : {}), ...(options.priority ? { priority: options.priority } : {}), ...(options.due ? { due: options.due } : {}),
      }));
      if (context.globals.json) return printJson(context.io, added);
      context.io.stdout(`Added "${added.title}"${added.list ? ` to the ${added.list} list` : ''}.\n`);
    });
  todo
    .command('list')
    .description('List todos (open ones unless --all)')
    .option('--list <name>', 'only this list')
    .option('--all', 'include done ones', false)
    .action(async (options: { list?: string; all: boolean }) => {
      const overview = await context.withSession('cli', (s) => s.call('assistant.overview', {}));
      const todos = overview.todos.filter((t) => (options.all || !t.done) && (!options.list || t.list === options.list.toLowerCase()));
      if (context.globals.json) return printJson(context.io, todos);
      context.io.stdout(todos.length ? `${todos.map((t) => todoLine(t, overview.timeZone)).join('\n')}\n` : 'Nothing to do.\n');
    });
  todo
    .command('done')
    .description('Tick a todo off by title')
    .argument('<title...>')
    .option('--list <name>', 'look only in this list')
    .action(async (words: string[], options: { list?: string }) => {
      const done = await context.withSession('cli', async (s) => s.call('assistant.setTodoDone', { id: (await todoByTitle(s, words.join(' '), options.list, 'open')).id, done: true }));
      if (context.globals.json) return printJson(context.io, done);
      context.io.stdout(`Ticked off "${done.title}".\n`);
    });
  todo
    .command('rm')
    .description('Delete a todo by title')
    .argument('<title...>')
    .option('--list <name>', 'look only in this list')
    .action(async (words: string[], options: { list?: string }) => {
      const removed = await context.withSession('cli', async (s) => {
        const item = await todoByTitle(s, words.join(' '), options.list, 'any');
        await s.call('assistant.deleteTodo', { id: item.id });
        return item;
      });
      if (context.globals.json) return printJson(context.io, { deleted: removed.id, title: removed.title });
      context.io.stdout(`Deleted "${removed.title}".\n`);
    });

  program
    .command('remind')
    .description('Set a reminder in plain words, e.g. goodies remind "water the plants tomorrow at 8"')
    .argument('<text...>')
    .action(async (words: string[]) => {
      const set = await context.withSession('cli', (s) => s.call('assistant.createReminder', { text: words.join(' ') }));
      if (context.globals.json) return printJson(context.io, set);
      context.io.stdout(`Reminder set for ${set.when}: "${set.reminder.title}".\n`);
    });
  program
    .command('reminders')
    .description('List upcoming reminders')
    .action(async () => {
      const overview = await context.withSession('cli', (s) => s.call('assistant.overview', {}));
      const upcoming = overview.reminders.filter((r) => !r.done);
      if (context.globals.json) return printJson(context.io, upcoming);
      const lines = upcoming.map((r) => `${formatWhen(Date.parse(r.due_at), overview.timeZone)}  ${r.title}${r.recurrence ? `  (repeats ${r.recurrence})` : ''}`);
      context.io.stdout(lines.length ? `${lines.join('\n')}\n` : 'No reminders.\n');
    });
}

export function registerPersonaCommand(program: Command, context: CliContext): void {
  program
    .command('persona')
    .description('Show the personas, or choose one: goodies persona teacher; add your own with --name/--style/--prompt')
    .argument('[id]', 'the persona to use (lower-case letters, digits, dashes)')
    .option('--name <name>', 'create or replace a user-defined persona with this id and name')
    .option('--style <style>', 'wording of deterministic answers: friendly, concise or teacher', 'friendly')
    .option('--prompt <text>', 'its instructions for the model')
    .action(async (id: string | undefined, options: { name?: string; style: 'friendly' | 'concise' | 'teacher'; prompt?: string }) => {
      const result = await context.withSession('cli', async (s) => {
        if (!id) return s.call('assistant.personas', {});
        if (!options.name) return s.call('assistant.savePersonas', { activeId: id });
        if (!options.prompt) throw new AppError('validation', 'A new persona needs --prompt "its instructions".');
        const current = await s.call('assistant.personas', {});
        const custom = current.personas.filter((p) => !p.builtIn && p.id !== id).map(({ id: pid, name, style, systemPrompt }) => ({ id: pid, name, style, systemPrompt }));
        return s.call('assistant.savePersonas', { activeId: id, custom: [...custom, { id, name: options.name, style: options.style, systemPrompt: options.prompt }] });
      });
      if (context.globals.json) return printJson(context.io, result);
      context.io.stdout(`${result.personas.map((p) => `${p.id === result.activeId ? '*' : ' '} ${p.id}  ${p.name} (${p.style}${p.builtIn ? '' : ', yours'})`).join('\n')}\n`);
    });
}
