// What a question asks of one device beyond its state, read from words the cue tables leave to the state answer:
// what it acts on or what acts on it (oversightAsked.ts), and its warranty, which the home keeps in notes ("powerwall
// warranty?", "how long is the warranty on the waschmaschine": "Garantie verlängert bis 02.05.2029"), never in the
// device's state.
import { has } from './cueWords';
import type { Token } from './normalizeText';
import { oversightAsked } from './oversightAsked';
import type { SlotValue } from './SlotResolver';

/** Words of a warranty or guarantee (other languages' words arrive read in English). */
const WARRANTY = ['warranty', 'guarantee', 'garantie', 'garanzia', 'garantia', 'garantía'];

export function askedOfDevice(tokens: readonly Token[], keys: ReadonlySet<string>, thing: SlotValue): string | undefined {
  if (has(keys, ...WARRANTY)) return 'notes_about';
  return oversightAsked(tokens, thing);
}
