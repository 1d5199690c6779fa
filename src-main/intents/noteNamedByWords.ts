// "what do the notes say about nanna and the AC" where the home wrote a note "Nanna u l-AC": the question says every
// word of the note's name (two or more), so that note is what is asked. Read as the kind alone, each air conditioner
// was answered "There are no notes about AC ta' Kurt …", a wrong none over the home's own note. Private notes and a
// name two notes would share are left to the usual reading.
import type { Entity } from '../../src-shared/protocol/entities';
import type { HomeSnapshot } from './HomeIndex';
import { nameWordsSaid } from './nameWordsSaid';
import type { Token } from './normalizeText';

const MIN_NAME_WORDS = 2;
const MIN_LETTERS = 2;

/** The one visible note whose name's every word (two or more) the question says. */
export function noteNamedByWords(snapshot: HomeSnapshot, tokens: readonly Token[]): Entity | undefined {
  const said = new Set(tokens.map((t) => t.key));
  const named = snapshot.notes.filter((note) => note.content['private'] !== true && nameWordsSaid(note.name, said, MIN_LETTERS, MIN_NAME_WORDS));
  return named.length === 1 ? named[0] : undefined;
}
