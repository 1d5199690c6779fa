// Indonesian puts the place it asks about first, as the topic, and what is there after "ada" (there is): "villa ada
// sensor gerak gak?" = are there any motion sensors in the villa, "villa ada ruangan apa aja?" = what rooms are in the
// villa; or the thing first and its place after "di": "sensor hujan di taman ada?" = is there a rain sensor in the
// garden. The thing is said by its kind in English (the home's own words for it, "sensor gerak", would be read as
// the one device named with them); the place as said.
import type { IndonesianToken } from './indonesianWords';

type Token = IndonesianToken;
const PLACE_TYPES = new Set(['room', 'zone', 'home']);
/** What the Indonesian nouns for places mean: a topic before "ada" said with one of these is where. */
const PLACE_MEANINGS: ReadonlySet<string> = new Set(['villa', 'home', 'bedroom', 'master bedroom', 'bathroom', 'living room', 'family room', 'dining room', 'study', 'kitchen', 'porch', 'garage', 'garden', 'floor']);
const THING_KINDS = new Set(['noun', 'name']);

/** A noun of the home's place words or one of its places by name ("villa", "Dapur Villa"). */
export function placeNoun(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'name') return !!t.entityTypes?.some((e) => PLACE_TYPES.has(e));
  return t.kind === 'noun' && PLACE_MEANINGS.has(t.meaning ?? '');
}

/** A place said by its name or place nouns, with words of the home's names ("rumah kampung" of "Rumah kampung Melaka"). */
function saysPlace(place: readonly Token[]): boolean {
  return place.some(placeNoun) && place.every((t) => placeNoun(t) || (t.kind === 'word' && t.native));
}

/** The English question, or undefined when the sentence is no "is there X in Y" / "what X are in Y". */
export function placeExistence(tokens: readonly Token[], asked: boolean, subject: (t: readonly Token[]) => string): string | undefined {
  const at = tokens.findIndex((t) => t.kind === 'exists');
  // "rumah kampung ada bilik apa": a question word asks without a mark.
  if (at <= 0 || !(asked || tokens.some((t) => t.kind === 'question')) || tokens.some((t) => ['state', 'measure', 'command', 'relation', 'owner', 'followUp', 'day'].includes(t.kind))) return undefined;
  const before = tokens.slice(0, at);
  const after = tokens.slice(at + 1).filter((t) => t.kind !== 'question');
  const question = tokens.find((t) => t.kind === 'question');
  if (question && question.english !== 'what' && question.english !== 'which') return undefined;
  const di = before.findIndex((t) => t.kind === 'place');
  // "sensor hujan di taman ada?": the thing, "di", the place, then "ada" with nothing after it.
  const [thing, place] = di > 0 && after.length === 0 ? [before.slice(0, di), before.slice(di + 1)] : di < 0 ? [after, before] : [[], []];
  if (!thing.length || !saysPlace(place) || !thing.every((t) => THING_KINDS.has(t.kind))) return undefined;
  const kind = thing.every((t) => t.kind === 'noun') ? thing.map((t) => t.meaning ?? t.english).reverse().join(' ') : subject(thing);
  const where = subject(place);
  if (question) return `what ${kind} are in ${where}`;
  return `are there any ${kind} in ${where}`;
}

/** "list semua lampu di villa" = list all lights in villa: the kind in English, the place as said. */
export function listOfKind(rest: readonly Token[], subject: (t: readonly Token[]) => string): string | undefined {
  const di = rest.findIndex((t) => t.kind === 'place');
  const things = (di >= 0 ? rest.slice(0, di) : rest).filter((t) => t.kind !== 'all');
  const place = di >= 0 ? rest.slice(di + 1) : [];
  if (!things.length || !things.every((t) => t.kind === 'noun') || (place.length > 0 && !saysPlace(place))) return undefined;
  const kind = things.map((t) => t.meaning ?? t.english).reverse().join(' ');
  return `list all ${kind.endsWith('s') ? kind : `${kind}s`}${place.length ? ` in ${subject(place)}` : ''}`;
}
