// Two Swahili shapes about places that carry no question word: a listing said as a bare noun phrase ("vifaa vya
// sebule" = the devices of the sitting room, "vyumba vya juu" = the rooms upstairs) and a way between two places
// ("njia kutoka baraza hadi jikoni", "naendaje jikoni kutoka sebule" = the way from … to …). Both are read from the
// closed words of the grammar (the nouns for devices and rooms, the connectors, "kutoka"/"hadi"/"mpaka"); the places
// are names of the home, which always win over cue words.
import type { HomeSnapshot } from '../HomeIndex';
import { SWAHILI, type Token } from './swahiliWords';

/** "kutoka", "toka": from; "hadi", "mpaka", "kwenda", "to": to (a place, in a sentence that also says from where). */
const FROM = new Set(['kutoka', 'toka']);
const TO = new Set(['hadi', 'mpaka', 'kwenda', 'to']);

type Subject = (tokens: readonly Token[], snapshot: HomeSnapshot, plural: boolean) => string;

/** "vifaa vya sebule" → "what devices are in sebule"; "vyumba vya chini" → "which rooms are downstairs". */
export function listingOfPlace(tokens: readonly Token[]): string | undefined {
  const [noun, of, ...rest] = tokens;
  if (noun?.kind !== 'noun' || of?.kind !== 'of' || rest.length === 0) return undefined;
  const listed = noun.plural === 'devices' ? 'devices' : noun.plural === 'rooms' ? 'rooms' : undefined;
  if (!listed) return undefined;
  // A floor word that names nothing of the home ("juu", "chini"): the floor.
  const floor = rest.length === 1 && rest[0]?.kind !== 'name' ? SWAHILI.floors[rest[0]?.said ?? ''] : undefined;
  if (floor) return `which ${listed} are ${floor}`;
  // One place of the home, nothing else: what is in it.
  const place = rest.length === 1 && rest[0]?.kind === 'name' && rest[0].place ? rest[0].text : undefined;
  return place ? `which ${listed} are in ${place}` : undefined;
}

/** "njia kutoka baraza hadi chumba cha Juma", "kwenda jikoni kutoka dsq": the way between two places of the home. */
export function wayBetween(tokens: readonly Token[], snapshot: HomeSnapshot, subject: Subject): string | undefined {
  const from = tokens.findIndex((t) => t.kind !== 'name' && FROM.has(t.said));
  const to = tokens.findIndex((t) => t.kind !== 'name' && TO.has(t.said));
  if (from < 0 || to < 0) return undefined;
  const fromPlace = placeBetween(tokens, from + 1, to > from ? to : tokens.length);
  const toPlace = placeBetween(tokens, to + 1, from > to ? from : tokens.length);
  // Only words before the first connector that say the way itself ("njia", "naendaje"), never a name.
  const lead = tokens.slice(0, Math.min(from, to));
  if (!fromPlace || !toPlace || lead.some((t) => t.kind === 'name' || t.kind === 'noun')) return undefined;
  return `how do i get from ${subject(fromPlace, snapshot, false)} to ${subject(toPlace, snapshot, false)}`;
}

/** The tokens between two connectors when they say exactly one place of the home. */
function placeBetween(tokens: readonly Token[], start: number, end: number): Token[] | undefined {
  const said = tokens.slice(start, end);
  return said.length === 1 && said[0]?.kind === 'name' && said[0].place ? said : undefined;
}
