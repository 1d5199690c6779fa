// "what's tomasz's mobile", "what time's poppy's bedtime", "what's the wifi": a note holds every word the question is
// asked with, where the reading from mentions explained only part of it (Tomasz's room, the automation called
// Bedtime, the network devices). The question is then a search of the notes, said from the sentence that holds the
// asked word (`subject`: the possessor, "tomasz", is what the note is about, not what it answers).
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import type { IntentMatch } from './IntentEngine';
import { STOP_WORDS } from './mentions';
import { tokenize } from './normalizeText';
import type { SlotValue } from './SlotResolver';

/** Readings that list things: a note that says all the words answers better than a list of some of them. */
const LISTING = new Set(['list_kind', 'devices_in_place', 'automation_targets']);
const ASKING = new Set(['what', 'when', 'who', 'how']);
/** Words of the question form: "what time's", "what's the number", "how long is … kept". */
const FORM = new Set(['time', 'whats', 'hi', 'he', 'she', 'her', 'his', 'their', 'them', 'long', 'often']);
const MAX_CONTENT = 4;

const keysOf = perSnapshot((note: Entity): { name: Set<string>; all: Set<string> } => {
  const name = new Set(tokenize(note.name).map((t) => t.key));
  const text = typeof note.content['text'] === 'string' ? (note.content['text'] as string) : '';
  return { name, all: new Set([...name, ...tokenize(text).map((t) => t.key)]) };
});

function holds(keys: ReadonlySet<string>, word: string): boolean {
  if (keys.has(word)) return true;
  // "bedtimes" ~ "bedtime": the same first five letters of a long word.
  return word.length >= 5 && [...keys].some((k) => k.length >= 5 && k.slice(0, 5) === word.slice(0, 5));
}

/** Words the reading's slots account for: the names of what they found, the kind or text said. */
function explained(slots: Record<string, SlotValue>): Set<string> {
  const out = new Set<string>();
  for (const value of Object.values(slots)) {
    for (const t of tokenize(value.text)) out.add(t.key);
    if (value.type === 'entity') for (const t of tokenize(value.entity.name)) out.add(t.key);
  }
  return out;
}

/** The notes search that answers the question instead of `match`, or undefined to keep the reading. */
export function noteAnswers(match: IntentMatch, text: string, snapshot: HomeSnapshot): IntentMatch | undefined {
  if (!LISTING.has(match.intent) || !match.template.startsWith('slots:') || snapshot.notes.length === 0) return undefined;
  const tokens = tokenize(text);
  const keys = tokens.map((t) => t.key);
  if (!ASKING.has(keys[0] ?? '')) return undefined;
  const content = [...new Set(keys.filter((k) => !STOP_WORDS.has(k) && !FORM.has(k) && !ASKING.has(k)))];
  if (content.length === 0 || content.length > MAX_CONTENT) return undefined;
  const open = content.filter((k) => !explained(match.slots).has(k));
  // "what's the wifi": one word said as a kind, asked of "the" one thing, is the note named with it.
  const namedNote = open.length === 0 && content.length === 1 && match.intent === 'list_kind' && keys[2] === 'the';
  if (open.length === 0 && !namedNote) return undefined;
  const word = content[0] ?? '';
  // "cam" said for the kind: a note saying the kind by another of its words ("camera footage kept") holds it.
  const kindSlot = match.slots['kind'];
  const kindWords = kindSlot?.type === 'kind' ? new Set(tokenize(kindSlot.text).map((t) => t.key)) : new Set<string>();
  const kindSaid = (keys: ReadonlySet<string>): boolean => kindSlot?.type === 'kind' && [kindSlot.kind.singular, kindSlot.kind.plural].some((w) => keys.has(w));
  const fits = snapshot.notes.filter((n) => (namedNote ? keysOf(n).name.has(word) : content.every((k) => holds(keysOf(n).all, k) || (kindWords.has(k) && kindSaid(keysOf(n).all)))));
  if (fits.length === 0) return undefined;
  // The possessor ("tomasz's") says whose; the other words say what is asked.
  const subject = tokens.filter((t) => /['’]s$/i.test(t.text) && content.includes(t.key)).map((t) => t.key);
  const slots: Record<string, SlotValue> = { query: { type: 'text', text: content.join(' ') } };
  if (subject.length > 0 && subject.length < content.length) slots['subject'] = { type: 'text', text: subject.join(' ') };
  const only = fits.length === 1 ? fits[0] : undefined;
  if (only) slots['note'] = { type: 'entity', text: only.name, entity: only, how: 'exact' };
  if (keys[0] === 'when' || keys[1] === 'time') slots['dated'] = { type: 'text', text: 'next' };
  return { ...match, intent: 'search_graph', category: 'search', slots, template: 'slots:note-covers', alternatives: [{ intent: match.intent, confidence: match.confidence }] };
}
