// A reading's follow-ups keep what was not said again: "et l'humidité ?" right after the salon's CO2 is the humidity in
// the salon (never "co2 in humidity", nor the whole home's humidity), and "si in pivniță?", "a na lodžie", "da marani?"
// right after a room's temperature is the temperature there (never what is in that place). A turn of other languages
// reaches here with its "and" unread, so the turn is judged by what it names: one place or one quantity, and little else.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { substitutions } from './ConversationFocus';
import type { HomeSnapshot } from './HomeIndex';
import { kindForPhrase } from './kindLexicon';
import { tokenize } from './normalizeText';
import { isQuantityWord } from './stateQuantities';

/** Words a short reply may carry besides the place or quantity: leads and the like ("and", "then", "too"). */
const FILLER = new Set(['and', 'then', 'too', 'also', 'ok', 'okay', 'the', 'in', 'at', 'of', 'for', 'there']);
/** A filler word of another language is short ("si", "a", "na", "da", "w", "f", "y", "e", "et", "und", "im"). */
const SHORT_WORD = 3;
/** Short words that are never filler: a switch state asked ("AC ruang keluarga nyala kan?" read "is AC … on"). */
const SHORT_STATE_WORDS = new Set(['on', 'off']);
const MAX_WORDS = 6;
const MAX_PLACE_WORDS = 4;

/** The reading asked again with the one thing the turn says put in: a place said alone, or a quantity said alone. */
export function readingFollowUp(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  if (focus.intent !== 'readings' || focus.clarify) return undefined;
  const keys = tokenize(text).map((t) => t.key);
  if (keys.length === 0 || keys.length > MAX_WORDS) return undefined;
  const place = focus.slots['place'];
  const placed = place?.type === 'entity' && place.entity.entity_type !== 'home' ? place.entity : undefined;
  const quantity = keys.filter((k) => !isFiller(k));
  // "et l'humidité ?": the quantity alone, asked where the last reading was.
  if (placed && quantity.length > 0 && quantity.length <= 2 && quantity.every(isQuantityWord)) return `what is the ${quantity.join(' ')} in ${placed.name}`;
  const said = placeSaidAlone(keys, snapshot);
  if (!said || said === placed) return undefined;
  // "si in pivniță?": the last question with its place replaced, or the home-wide reading asked there.
  return placed && place ? substitutions({ ...focus, slots: { place } }, said.name, 'place')[0] : `${focus.text.replace(/[?!.\s]+$/, '')} in ${said.name}`;
}

function isFiller(key: string): boolean {
  // A short word is filler unless it names a kind ("ac", "tv") or a switch state: those make the turn a new question.
  return FILLER.has(key) || (key.length < SHORT_WORD && !SHORT_STATE_WORDS.has(key) && kindForPhrase(key) === undefined);
}

/** The one room or zone the words name, with nothing else said but filler; undefined when they name more or other. */
function placeSaidAlone(keys: readonly string[], snapshot: HomeSnapshot): Entity | undefined {
  let found: Entity | undefined;
  for (let i = 0; i < keys.length; ) {
    let step = 0;
    for (let n = Math.min(MAX_PLACE_WORDS, keys.length - i); n >= 1 && step === 0; n--) {
      const named = (snapshot.phrases.get(keys.slice(i, i + n).join(' ')) ?? []).filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
      if (named.length === 0) continue;
      if (named.length > 1 || (found && found !== named[0])) return undefined;
      found = named[0];
      step = n;
    }
    if (step === 0 && !isFiller(keys[i] ?? '')) return undefined;
    i += step || 1;
  }
  return found;
}
