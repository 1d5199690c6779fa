// "notes about grandma", "any notes about nonno": the words asked about name a note ("Grandma's routine", "Abitudini
// di Nonno Enzo") as well as being only part of some devices' names ("Grandma's fan", "Termometro nonno"). The name
// resolver took those devices, and the answer said there are no notes about each of them. A note whose own name says
// every word asked about is what is meant, unless a device or place was called by its whole name.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';

/** Possessive endings dropped on both sides: "grandmas" ~ "Grandma's". */
const wordsOf = (text: string): string[] => phraseKey(text.replace(/['’]s\b/gi, '')).split(' ').filter(Boolean).map((w) => w.replace(/s$/, ''));

export function notesNamingThing(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  if (match.intent !== 'notes_about') return match;
  const slot = match.slots['thing'];
  if (slot?.type !== 'entity' && slot?.type !== 'ambiguous') return match;
  const meant = slot.type === 'entity' ? [slot.entity] : slot.candidates;
  if (meant.some((e) => e.entity_type === 'note')) return match;
  const asked = wordsOf(slot.text);
  if (asked.length === 0) return match;
  // Called by its whole name ("notes about the water softener"): that thing, and the notes mentioning it.
  if (meant.some((e) => wordsOf(e.name).join(' ') === asked.join(' '))) return match;
  // A private note is never offered in place of what was asked (a guest would be told there is none).
  const naming = snapshot.notes.filter((note) => {
    if (note.content['private'] === true) return false;
    const words = wordsOf(note.name);
    return asked.every((w) => words.includes(w));
  });
  const [one] = naming;
  if (!one) return match;
  const thing = naming.length === 1
    ? { type: 'entity' as const, text: slot.text, entity: one, how: 'synonym' as const }
    : { type: 'ambiguous' as const, text: slot.text, expected: 'thing', candidates: naming as Entity[] };
  return { ...match, slots: { ...match.slots, thing } };
}
