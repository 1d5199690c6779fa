// "at the bach" for the zone "Raglan bach", "the caravan" for "Tigh na Mara" (kind "caravan", described as "The static
// caravan on Arran"), "in hornbæk" for "Grunden i Hornbæk", "al mas" for "Mas Empordà": a second home, an outbuilding
// or a site is called by a distinctive word of its name or by what it is. Read from the home's data alone:
//   - a word of the zone's name (no grammar word, no word for which one, no word of a floor phrase the place lexicon
//     knows: "pis" of "Mas primer pis" is part of "first floor"),
//   - its kind when that says what it is ("caravan", not "floor" or "building"),
//   - the head of its description ("the holiday bach at Raglan" → "bach").
// A word names the zone only when every place whose name has the word lies inside it ("Bach lounge" is in the bach)
// and no other zone claims it by name, kind or description, anywhere in its description included ("sommerhus in
// Hornbæk" claims "hornbæk" too). Several zones claiming a word ("Casa al lago", "Esterno lago") leave it to the
// name resolver, which asks which: a place is never narrowed silently to one of them.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { isPlaceWord, placeWordPhrases } from './placeVocabulary';
import { placeWithin } from './innerZoneDevices';
import { nameKeyOf } from './entityNameKey';

/** Kinds of zone that say how it is built or used, not what people call it ("floor", "building"). */
const STRUCTURAL_KINDS: ReadonlySet<string> = new Set([
  'floor', 'level', 'storey', 'story', 'building', 'outdoor', 'outdoors', 'outside', 'site', 'shared', 'basement', 'outbuilding',
  'dwelling', 'area', 'zone', 'wing', 'unit', 'property', 'grounds', 'indoor', 'indoors', 'common', 'annex', 'other',
]);
/** Words in place names that say which one or are grammar ("Main house", "Tigh na Mara", "Casa al lago"). */
const NOT_A_NAME: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'at', 'in', 'on', 'by', 'del', 'der', 'des', 'den', 'det', 'die', 'das', 'van', 'von', 'och', 'und', 'dei', 'della', 'les', 'los', 'las',
  'cha', 'kwa', 'part', 'section', 'end', 'room', 'main', 'old', 'new', 'big', 'small', 'little', 'upper', 'lower', 'top', 'bottom', 'north', 'south', 'east', 'west', 'front', 'back', 'side',
  'first', 'second', 'third', 'ground', 'our', 'my', 'family', 'holiday', 'house', 'home', 'casa', 'haus', 'hus', 'huset', 'building', 'floor', 'level', 'unit',
]);
const MIN_LETTERS = 3;

/** Nickname → the one zone it names, for nicknames no name or alias of the home already says. */
export function zoneNicknames(snapshot: HomeSnapshot): Map<string, Entity> {
  // A word the home itself is called by ("Conneely's cottage", "old family cottage") is the whole home's.
  const homeWords = new Set(snapshot.homes.flatMap((home) => [...phraseKey(home.name).split(' '), ...ownWords(home)]));
  const places = [...snapshot.byId.values()].filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
  const zones = places.filter((p) => p.entity_type === 'zone');
  const claims = new Map<string, Entity[]>();
  const claim = (word: string, zone: Entity): void => {
    const list = claims.get(word) ?? [];
    if (!list.includes(zone)) list.push(zone);
    claims.set(word, list);
  };
  for (const zone of zones) for (const word of ownWords(zone)) if (!homeWords.has(word)) claim(word, zone);
  // A word anywhere in a zone's description is a claim on it too ("sommerhus in Hornbæk"), so no other zone takes it alone.
  for (const zone of zones) {
    const description = zone.content['description'];
    if (typeof description !== 'string') continue;
    for (const word of phraseKey(description).split(' ')) if (claims.has(word)) claim(word, zone);
  }
  const out = new Map<string, Entity>();
  for (const [word, claimants] of claims) {
    // A zone inside another that claims the word is part of it ("Mas primer pis" of "Mas Empordà").
    const outer = claimants.filter((z) => !claimants.some((o) => o !== z && placeWithin(snapshot, z, o)));
    const [zone] = outer;
    if (outer.length !== 1 || !zone) continue;
    if (snapshot.phrases.has(word) || snapshot.aliases.has(word)) continue;
    // Every place that has the word in its name, a floor phrase's word included ("planta" of "Planta baja").
    const named = places.filter((p) => nameKeyOf(p).split(' ').includes(word));
    if (named.some((p) => p !== zone && !placeWithin(snapshot, p, zone))) continue;
    out.set(word, zone);
  }
  NICKNAMES.set(snapshot, out);
  return out;
}

const NICKNAMES = new WeakMap<HomeSnapshot, Map<string, Entity>>();
/** Words in many names that tie no name to the nickname ("rooms in the shop" is no "Shop back room"). */
const GENERIC: ReadonlySet<string> = new Set(['room', 'thing', 'device', 'stuff', 'area', 'place', 'space']);
/** Words a question puts between a name's words: where ("chiller in shop") or whose ("garatge del mas" for "Garatge mas"). */
const LOCATING: ReadonlySet<string> = new Set(['in', 'at', 'on', 'al', 'i', 'a', 'en', 'im', 'am', 'nel', 'sa']);
const OF: ReadonlySet<string> = new Set(['of', 'del', 'de', 'di', 'du', 'dels', 'della']);

/**
 * The zone a nickname at `pos` names in a question: only after a word for where ("at the bach", "al mas"), and not
 * next to another word of a device or room name that has it ("shop energy", "chiller in shop", "garatge del mas" are
 * "Shop energy meter", "Shop chiller", "Garatge mas"). Said otherwise ("what about the bach", "no the caravan") it is
 * left to the name resolver.
 */
export function nicknamedZone(snapshot: HomeSnapshot, keys: readonly string[], pos: number): Entity[] | undefined {
  const zone = NICKNAMES.get(snapshot)?.get(keys[pos] ?? '');
  return zone && !notAPlace(snapshot, keys, pos, zone) ? [zone] : undefined;
}

/** The zone a word is the nickname of, wherever it is said (a command's modifier: "las luces del hostal"). */
export function zoneNicknamed(snapshot: HomeSnapshot, word: string): Entity | undefined {
  return NICKNAMES.get(snapshot)?.get(word);
}

function notAPlace(snapshot: HomeSnapshot, keys: readonly string[], pos: number, zone: Entity): boolean {
  const word = keys[pos] ?? '';
  // "what about the bach", "the flat one no the caravan": without a word for where, a nickname is no sure place.
  let before = pos - 1;
  while (before >= 0 && (keys[before] === 'the' || OF.has(keys[before] ?? ''))) before--;
  if (!LOCATING.has(keys[before] ?? '')) return true;
  const near: string[] = [];
  for (const step of [-1, 1]) {
    let at = pos + step;
    let located = false;
    for (; at >= 0 && at < keys.length; at += step) {
      const key = keys[at] ?? '';
      if (LOCATING.has(key)) located = true;
      else if (key !== 'the' && !OF.has(key)) break;
    }
    const other = keys[at];
    // "lights at the bach" asks for the bach's lights; "la tele del mas" is the one "Tele mas".
    if (other && !GENERIC.has(other) && !(located && kindForPhrase(other))) near.push(other);
  }
  if (near.length === 0) return false;
  return [...snapshot.byId.values()].some((e) => e !== zone && ['device', 'door', 'window', 'room'].includes(e.entity_type) && nameHas(e, word) && near.some((n) => nameHas(e, n)));
}

function nameHas(entity: Entity, word: string): boolean {
  return phraseKey(entity.name).split(' ').includes(word);
}

/** The words a zone is called by: distinctive words of its name, its kind, the head noun of its description. */
function ownWords(zone: Entity): string[] {
  const words = new Set(nameWords(zone));
  const kind = zone.content['kind'] ?? zone.content['type'];
  if (typeof kind === 'string') {
    const key = phraseKey(kind);
    if (!key.includes(' ') && !STRUCTURAL_KINDS.has(key)) words.add(key);
  }
  const description = zone.content['description'];
  if (typeof description === 'string') {
    const head = descriptionHead(description);
    if (head) words.add(head);
  }
  return [...words].filter((w) => w.length >= MIN_LETTERS && /^\p{L}+$/u.test(w) && !NOT_A_NAME.has(w) && !STRUCTURAL_KINDS.has(w) && !isPlaceWord(w) && !kindForPhrase(w));
}

/** The words of a place's name, less those of a floor or room phrase the lexicon knows ("primer pis", "planta baixa"). */
function nameWords(place: Entity): string[] {
  // "Rez-de-chaussée", "Sous-sol": the parts of a word written with hyphens are no words of their own.
  let key = ` ${phraseKey(place.name.split(/\s+/).filter((w) => !w.includes('-')).join(' '))} `;
  for (const phrase of placeWordPhrases()) if (key.includes(` ${phrase} `)) key = key.replace(` ${phrase} `, ' ');
  return key.trim().split(' ').filter(Boolean);
}

/**
 * The noun a description opens with, before any preposition or relative word ("The static caravan on Arran" →
 * "caravan", "garden cottage where Ouma lives" → "cottage"); a list ("deck, backyard, front porch", "garden and
 * boathouse") names what is in the zone, and a description that opens with where it is ("inside the fence") says
 * nothing of what it is.
 */
function descriptionHead(description: string): string | undefined {
  const parts = (description.split(/[.!?;:(/]/)[0] ?? '').split(',');
  const words = phraseKey((parts[0] ?? '').split(/\s+/).filter((w) => !w.includes('-')).join(' ')).split(' ').filter(Boolean);
  const stop = words.findIndex((w) => HEAD_ENDS.has(w));
  if (stop === 0 || words.includes('and') || (parts.length > 1 && stop < 0)) return undefined;
  const head = (stop > 0 ? words.slice(0, stop) : words).filter((w) => !ARTICLES.has(w));
  // "Casa de praia em Ubatuba", "maison de campagne": a house word and "of" put what it is after them ("beach house").
  const after = words[stop + 1];
  if (stop > 0 && head.length === 1 && HOUSE_WORDS.has(head[0] ?? '') && ROMANCE_OF.has(words[stop] ?? '') && after && !HEAD_ENDS.has(after)) return after;
  return head.length >= 1 && head.length <= 3 ? head[head.length - 1] : undefined;
}

/** Words for a house that "of" completes in Romance languages ("casa de praia" is a beach house). */
export const HOUSE_WORDS: ReadonlySet<string> = new Set(['casa', 'maison', 'casita', 'quinta', 'sitio']);
const ROMANCE_OF: ReadonlySet<string> = new Set(['de', 'da', 'di', 'del']);

/** Words after which a description says where the zone is or what it holds, not what it is. */
const HEAD_ENDS: ReadonlySet<string> = new Set([
  'at', 'on', 'in', 'of', 'by', 'near', 'behind', 'for', 'with', 'from', 'to', 'under', 'along', 'inside', 'outside', 'around', 'above', 'below',
  'beside', 'between', 'beyond', 'past', 'through', 'over', 'off', 'out', 'across', 'opposite', 'next', 'downstairs', 'upstairs', 'where', 'which',
  'that', 'who', 'whose', 'itself', 'con', 'de', 'del', 'di', 'da', 'y', 'e', 'et', 'und', 'og', 'och', 'i', 'sa', 'ya', 'na', 'mit', 'im', 'am',
]);
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'my', 'their', 'his', 'her']);
