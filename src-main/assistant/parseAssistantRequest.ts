// What a sentence asks of the household assistant, before any date or title is resolved: pure pattern matching,
// so the table of phrasings can grow one line at a time. Returns undefined for anything else (home questions go on to
// the intent engine, the rest to the models).
import type { Priority } from './householdItems';

export type TodoFilter = 'open' | 'done' | 'today' | 'overdue';

export type AssistantRequest =
  | { op: 'create_reminder'; body: string; assignee: string | null }
  | { op: 'list_reminders'; day: 'today' | 'tomorrow' | null }
  | { op: 'delete_reminder'; ref: string }
  | { op: 'create_todo'; body: string; list: string | null; priority?: Priority }
  | { op: 'list_todos'; list: string | null; filter: TodoFilter }
  | { op: 'complete_todo'; ref: string; list: string | null; done: boolean }
  | { op: 'delete_todo'; ref: string; list: string | null; explicit: boolean }
  | { op: 'update_todo'; ref: string; change: TodoChange };

export type TodoChange =
  | { field: 'title'; value: string }
  | { field: 'priority'; value: Priority }
  | { field: 'list'; value: string }
  | { field: 'due'; value: string }
  | { field: 'assignee'; value: string }
  | { field: 'title_or_due'; value: string };

const POLITE_START = /^(?:(?:hey|hi|ok|okay)[,\s]+)?(?:luna[,:\s]+)?(?:(?:please|can you|could you|would you|will you|kindly)\s+)*/i;
const POLITE_END = /(?:[\s,]+please)?[\s?.!]*$/i;
const TODO_WORDS = '(?:todos?|to-dos?|to dos?|tasks?)';
const LIST_OF = '(?:the |my |our )?(.+?) list';

/** Strips politeness and end punctuation; keeps the words' case (titles are stored as typed). */
export function tidyRequest(text: string): string {
  return text.trim().replace(POLITE_START, '').replace(POLITE_END, '').replace(/\s+/g, ' ').trim();
}

type Rule = [RegExp, (m: RegExpExecArray) => AssistantRequest | undefined];

const g = (m: RegExpExecArray, i: number): string => (m[i] ?? '').trim();
const day = (text: string): 'today' | 'tomorrow' | null => (/\btomorrow\b/i.test(text) ? 'tomorrow' : /\btoday\b/i.test(text) ? 'today' : null);

function todoFilter(text: string): TodoFilter {
  if (/\b(done|completed|finished)\b/i.test(text)) return 'done';
  if (/\boverdue|late\b/i.test(text)) return 'overdue';
  if (/\btoday\b/i.test(text)) return 'today';
  return 'open';
}

const PRIORITY_VALUE: Array<[RegExp, Priority]> = [
  [/^(?:urgent|high priority|important|top priority|a priority|high)$/i, 'high'],
  [/^(?:low priority|not urgent|no rush|low|whenever)$/i, 'low'],
  [/^(?:normal priority|normal|regular priority)$/i, 'normal'],
];

function priorityValue(text: string): Priority | undefined {
  return PRIORITY_VALUE.find(([re]) => re.test(text.trim()))?.[1];
}

const RULES: Rule[] = [
  // Reminders
  [/^(?:what|which) (?:are |r )?(?:my |our |the )?reminders(?: (?:do i|do we) have)?(?: (?:for )?(today|tomorrow))?$/i, (m) => ({ op: 'list_reminders', day: day(g(m, 1)) })],
  [/^(?:show|list|read|get|show me|tell me)(?: me)? (?:all )?(?:my |our |the )?(?:upcoming )?reminders(?: (?:for )?(today|tomorrow))?$/i, (m) => ({ op: 'list_reminders', day: day(g(m, 1)) })],
  [/^(?:do i|do we) have (?:any )?reminders(?: (?:for )?(today|tomorrow))?$/i, (m) => ({ op: 'list_reminders', day: day(g(m, 1)) })],
  [/^(?:any )?(?:upcoming )?reminders(?: (?:for )?(today|tomorrow))?$/i, (m) => ({ op: 'list_reminders', day: day(g(m, 1)) })],
  [/^(?:delete|remove|cancel|clear) (?:the |my )?reminder (?:to |about |for |called )?(.+)$/i, (m) => ({ op: 'delete_reminder', ref: g(m, 1) })],
  [/^(?:delete|remove|cancel) (?:the |my )?(.+?) reminder$/i, (m) => ({ op: 'delete_reminder', ref: g(m, 1) })],
  [/^(?:don't|do not) remind me (?:to |about )?(.+)$/i, (m) => ({ op: 'delete_reminder', ref: g(m, 1) })],
  [/^remind (me|us|[A-Z][\w'-]*)\b\s*(.*)$/i, (m) => {
    const who = g(m, 1);
    const assignee = /^(me|us)$/i.test(who) ? null : who.charAt(0).toUpperCase() + who.slice(1);
    return { op: 'create_reminder', body: g(m, 2), assignee };
  }],
  [/^(?:set|create|add|make|new)(?: me)?(?: a| an)?(?: new)? reminder\b\s*(.*)$/i, (m) => ({ op: 'create_reminder', body: g(m, 1), assignee: null })],
  [/^reminder[:\s]\s*(.+)$/i, (m) => ({ op: 'create_reminder', body: g(m, 1), assignee: null })],

  // Listing todos
  [new RegExp(`^what(?:'s| is| do we have| do i have)(?: left| still)? (?:on|in) ${LIST_OF}$`, 'i'), (m) => ({ op: 'list_todos', list: g(m, 1), filter: 'open' })],
  [new RegExp(`^(?:show|list|read|get|open|read out|show me)(?: me)? ${LIST_OF}$`, 'i'), (m) => ({ op: 'list_todos', list: g(m, 1), filter: 'open' })],
  [new RegExp(`^(?:what are|show|list|get|show me|read)(?: me)? (?:all )?(?:my |our |the )?((?:open |done |completed |finished |overdue )?${TODO_WORDS}(?: list)?(?: for today| today| due today| that are done)?)$`, 'i'), (m) => ({ op: 'list_todos', list: null, filter: todoFilter(g(m, 1)) })],
  [new RegExp(`^(?:what|which) ${TODO_WORDS} (?:do i|do we) have(?: (today))?$`, 'i'), (m) => ({ op: 'list_todos', list: null, filter: todoFilter(g(m, 1)) })],
  [/^what (?:do|have) (?:i|we) (?:got |still )?(?:need |have |got )?to do( today)?$/i, (m) => ({ op: 'list_todos', list: null, filter: todoFilter(g(m, 1)) })],
  [/^what(?:'s| is) (overdue|due today|done|left to do)$/i, (m) => ({ op: 'list_todos', list: null, filter: todoFilter(g(m, 1)) })],
  [/^what (?:have|did) (?:i|we) (?:done|finished|completed)$/i, () => ({ op: 'list_todos', list: null, filter: 'done' })],

  // Completing
  [/^(?:mark|set) (.+?) (?:as )?(not done|undone|open|incomplete|not finished)$/i, (m) => ({ op: 'complete_todo', ref: g(m, 1), list: null, done: false })],
  [/^(?:mark|set) (.+?) (?:as )?(?:done|complete|completed|finished)$/i, (m) => ({ op: 'complete_todo', ref: g(m, 1), list: null, done: true })],
  [new RegExp(`^(?:tick|check|cross) off (.+?)(?: (?:on|from) ${LIST_OF})?$`, 'i'), (m) => ({ op: 'complete_todo', ref: g(m, 1), list: m[2] ? g(m, 2) : null, done: true })],
  [new RegExp(`^(?:tick|check|cross) (.+?) off(?: (?:on|from) ${LIST_OF})?$`, 'i'), (m) => ({ op: 'complete_todo', ref: g(m, 1), list: m[2] ? g(m, 2) : null, done: true })],
  [/^(?:complete|finish|i(?:'ve| have)? (?:finished|completed|done)|we(?:'ve| have)? (?:finished|completed|done)|done with|i did|we did)(?: the)?(?: todo| task)? (.+)$/i, (m) => ({ op: 'complete_todo', ref: g(m, 1), list: null, done: true })],
  [/^(.+?) is (?:done|finished|complete|completed)$/i, (m) => ({ op: 'complete_todo', ref: g(m, 1), list: null, done: true })],
  [/^(?:i |we )?(?:bought|got|picked up)(?: the)? (.+)$/i, (m) => ({ op: 'complete_todo', ref: g(m, 1), list: 'shopping', done: true })],

  // Deleting
  [new RegExp(`^(?:delete|remove|drop|scratch|take|cross) (.+?) (?:off|from) ${LIST_OF}$`, 'i'), (m) => ({ op: 'delete_todo', ref: g(m, 1), list: g(m, 2), explicit: true })],
  [new RegExp(`^(?:delete|remove|drop|cancel) (?:the |my )?${TODO_WORDS} (?:called |named )?(.+)$`, 'i'), (m) => ({ op: 'delete_todo', ref: g(m, 1), list: null, explicit: true })],
  [/^(?:delete|remove|drop) (?:the |my )?(.+)$/i, (m) => ({ op: 'delete_todo', ref: g(m, 1), list: null, explicit: false })],

  // Updating
  [new RegExp(`^move (.+?) (?:to|onto) ${LIST_OF}$`, 'i'), (m) => ({ op: 'update_todo', ref: g(m, 1), change: { field: 'list', value: g(m, 2) } })],
  [/^rename (?:the )?(?:todo |task )?(.+?) (?:to|as) (.+)$/i, (m) => ({ op: 'update_todo', ref: g(m, 1), change: { field: 'title', value: g(m, 2) } })],
  [/^(?:make|set|mark|change) (.+?) (?:as |to )?(urgent|high priority|important|top priority|a priority|low priority|not urgent|no rush|normal priority)$/i, (m) => {
    const value = priorityValue(g(m, 2));
    return value ? { op: 'update_todo', ref: g(m, 1), change: { field: 'priority', value } } : undefined;
  }],
  [/^(?:assign|give) (.+?) to ([A-Z][\w'-]*)$/i, (m) => ({ op: 'update_todo', ref: g(m, 1), change: { field: 'assignee', value: g(m, 2) } })],
  [/^(?:move|reschedule|postpone|push|set the due date of|change the due date of) (.+?) (?:to|until|till|for) (.+)$/i, (m) => ({ op: 'update_todo', ref: g(m, 1), change: { field: 'due', value: g(m, 2) } })],
  [/^(.+?) is (?:now )?due (.+)$/i, (m) => ({ op: 'update_todo', ref: g(m, 1), change: { field: 'due', value: g(m, 2) } })],
  [/^change (.+?) to (.+)$/i, (m) => ({ op: 'update_todo', ref: g(m, 1), change: { field: 'title_or_due', value: g(m, 2) } })],

  // Adding (last: "add" is the loosest verb)
  [new RegExp(`^(?:add|put) (?:something|an item|items|a thing|stuff) (?:to|on|onto) ${LIST_OF}$`, 'i'), (m) => ({ op: 'create_todo', body: '', list: g(m, 1) })],
  [new RegExp(`^(?:add|put) (?:to|on|onto) ${LIST_OF}$`, 'i'), (m) => ({ op: 'create_todo', body: '', list: g(m, 1) })],
  [new RegExp(`^(?:add|put|stick|pop) (.+?) (?:to|on|onto|in) ${LIST_OF}$`, 'i'), (m) => ({ op: 'create_todo', body: g(m, 1), list: g(m, 2) })],
  [new RegExp(`^(?:add|create|make|new)(?: a| an)?(?: new)? ${TODO_WORDS}(?: item)?(?: to| for)?(?:[:\\s]\\s*(.*))?$`, 'i'), (m) => ({ op: 'create_todo', body: g(m, 1), list: null })],
  [new RegExp(`^${TODO_WORDS}[:\\s]\\s*(.+)$`, 'i'), (m) => ({ op: 'create_todo', body: g(m, 1), list: null })],
  [/^(?:remember|don't forget|do not forget) to (.+)$/i, (m) => ({ op: 'create_todo', body: g(m, 1), list: null })],
  [/^(?:we(?:'re| are) (?:out of|low on|running low on|running out of)|we need to buy|i need to buy|buy) (.+)$/i, (m) => ({ op: 'create_todo', body: g(m, 1), list: 'shopping' })],
  [/^add (.+)$/i, (m) => ({ op: 'create_todo', body: g(m, 1), list: null })],
];

export function parseAssistantRequest(text: string): AssistantRequest | undefined {
  const tidy = tidyRequest(text);
  if (!tidy || tidy.startsWith('/')) return undefined;
  const request = matchRules(tidy);
  // "add eggs to the shopping list, urgent": priority words may trail anything; match again without them.
  const { priority, rest } = extractPriority(tidy);
  if (priority && rest !== tidy && request?.op !== 'update_todo') {
    const without = matchRules(rest);
    if (without?.op === 'create_todo') return { ...without, priority };
  }
  return request;
}

function matchRules(tidy: string): AssistantRequest | undefined {
  for (const [pattern, build] of RULES) {
    const m = pattern.exec(tidy);
    if (!m) continue;
    const request = build(m);
    if (request) return request;
  }
  return undefined;
}

const PRIORITY_WORDS: Array<[RegExp, Priority]> = [
  [/\b(?:it'?s |this is )?(?:urgent|urgently|asap|a\.s\.a\.p\.?|as soon as possible|right away|immediately|high priority|top priority|important)\b/i, 'high'],
  [/\b(?:when(?:ever)? you (?:get|have) (?:a )?(?:chance|moment|minute)|no rush|no hurry|not urgent|low priority|whenever|some ?day|sometime|at some point|eventually)\b/i, 'low'],
];

/** Priority from wording ("urgent", "asap" → high; "when you get a chance", "no rush" → low); the words are removed. */
export function extractPriority(text: string): { priority: Priority | null; rest: string } {
  for (const [pattern, priority] of PRIORITY_WORDS) {
    if (pattern.test(text)) return { priority, rest: tidyTitle(text.replace(pattern, ' ')) };
  }
  return { priority: null, rest: text };
}

/** A title as it will be stored: no leading "to"/"that", no dangling commas or connectors. */
export function tidyTitle(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:-]+|[\s,;:.!?-]+$/g, '')
    .replace(/^(?:to|that|about|of|a todo|a task)\s+/i, '')
    .replace(/\s+(?:and|but|so|,)$/i, '')
    .replace(/[\s,;:-]+$/g, '')
    .trim();
}
