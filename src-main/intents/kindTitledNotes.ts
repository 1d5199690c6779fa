// "how many silvers are in the freezer, the note says?" in a home whose one freezer is the "Salmon freezer" and whose
// note is "Freezer inventory": the kind word made the device the thing asked about, and notes were looked for by the
// device's name, so the answer was "There are no notes about Salmon freezer", a wrong none. A note whose title says
// the kind word (or its plural, or the word said for the kind in the singular) is a note about that kind of thing, so it is one of the notes asked for.
import type { Entity } from '../../src-shared/protocol/entities';
import type { SlotValue } from './SlotResolver';
import { phraseKey } from './kindLexicon';

/** Titles shorter than this word are no kind word said ("ac" of "Back"). */
const MIN_WORD = 3;

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The notes whose title has the kind word said (or a phrase of it, or its plural) as a word of its own. */
export function kindTitledNotes(notes: readonly Entity[], kindSlot: SlotValue | undefined): Entity[] {
  if (kindSlot?.type !== 'kind') return [];
  // "the geysers" said of water heaters: the word said in the singular too ("Geyser service").
  const sayings = new Set([kindSlot.text, phraseKey(kindSlot.text), kindSlot.kind.singular, kindSlot.kind.plural].map((s) => wordsOf(s).join(' ')).filter((s) => s.length >= MIN_WORD));
  return notes.filter((note) => {
    const title = ` ${wordsOf(note.name).join(' ')} `;
    return [...sayings].some((s) => title.includes(` ${s} `));
  });
}
