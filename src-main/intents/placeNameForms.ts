// How a room name in a language the place lexicon does not know still relates to the words people use for it, read
// from the name's letters alone (no word list per language):
//   - a near form of a lexicon word ("Garaaž" ~ garage, "Terasa" ~ terras: same first three letters, at most two
//     letters differ, both five letters or more),
//   - a compound that starts or ends with one ("Saunamaja" is a sauna something; "Gästebadezimmer" ends in a bathroom),
//   - an owner's name in it ("Rasmuse tuba" is "rasmus room", "rasmus's room"): the name word, also without a short
//     inflection ending, before "room".
import { z } from 'zod';
import { editDistance } from './editDistance';
import family from './lexicon/family.json';

/** Lexicon words shorter than this are too common inside other words to count as part of a compound. */
const COMPOUND_MIN = 5;
/**
 * A near form shares at least this many first letters with the lexicon word, both have at least NEAR_MIN letters,
 * and they differ by one letter (two when both have five or more: "garaz" ~ "garage").
 */
const NEAR_PREFIX = 3;
const NEAR_MIN = 4;
/** What people put after a place word when the name is a compound ("the sauna house", "the garage building"). */
export const PLACE_HEADS = ['house', 'building', 'room', 'area', 'hut', 'cabin', 'shed'];

export interface NearMember {
  /** The word of the key that is a form of the lexicon member. */
  word: string;
  member: string;
  /** The key word is a compound with the member at its start (modifier + unknown head: "sauna" + "maja"). */
  compoundStart: boolean;
}

/** Lexicon members (single words) that a word of the key is a near form or a compound of, at most one per word. */
export function nearMember(key: string, members: readonly string[]): NearMember | undefined {
  for (const word of key.split(' ')) {
    if (word.length < NEAR_MIN || /\d/.test(word)) continue;
    for (const member of members) {
      if (member.includes(' ')) continue;
      if (member.length >= COMPOUND_MIN && word.length - member.length >= 3) {
        if (word.startsWith(member)) return { word, member, compoundStart: true };
        if (word.endsWith(member)) return { word, member, compoundStart: false };
      }
      const edits = Math.min(word.length, member.length) >= 5 ? 2 : 1;
      // Two four-letter words one letter apart are mostly two words ("Roof" is no form of "room").
      if (word.length < 5 && word.length === member.length) continue;
      if (member.length >= NEAR_MIN && Math.abs(member.length - word.length) <= 1 && word.slice(0, NEAR_PREFIX) === member.slice(0, NEAR_PREFIX) && editDistance(word, member, edits) <= edits) {
        return { word, member, compoundStart: false };
      }
    }
  }
  return undefined;
}

/**
 * "rasmus room" for "Rasmuse tuba", "liisa room" for "Liisa tuba": each word of a name of two or three words that no
 * lexicon group knows, also without one or two final letters (an inflection) while four remain, before "room". The
 * possessive ("rasmus's room") is the same key, since tokens drop "'s".
 */
export function ownerForms(key: string, knownWords: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  for (const word of ownerWords(key, knownWords)) {
    for (const cut of [0, 1, 2]) {
      const stem = word.slice(0, word.length - cut);
      if (cut > 0 && stem.length < 4) break;
      out.add(`${stem} room`);
    }
  }
  return [...out];
}

/** The words of a name of two or three words that could be an owner's name: none the lexicon knows, letters only. */
export function ownerWords(key: string, knownWords: ReadonlySet<string>): string[] {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 3) return [];
  return words.filter((word) => word.length >= 3 && !knownWords.has(word) && !ENGLISH_DETERMINERS.has(word) && /^\p{L}+$/u.test(word));
}

/** "The Good Room" has no owner "the": an article or possessive never names whose room it is ("the room" is any). */
const ENGLISH_DETERMINERS: ReadonlySet<string> = new Set(['the', 'our', 'your', 'their', 'his', 'her', 'its', 'this', 'that']);

/**
 * The keys an owner word is found by when its ending changed ("Evy" for "eva", "Petra" for "petr"): the word, the
 * word without its last letter, and the word without a possessive adjective's ending ("Lukina" of Luka, "Markova" of
 * Marko, "Babkina" of babka: -in/-ina/-ov/-ova … after a stem of three letters). A said word and a name word meet
 * when any of their keys do; a said word ending in "s" ("lukas room", the possessive without its apostrophe) is
 * also read without it.
 */
export function ownerStems(word: string): string[] {
  if (word.length < 3) return [word];
  const out = new Set(stemsOf(word));
  if (word.endsWith('s') && word.length >= 4) for (const stem of stemsOf(word.slice(0, -1))) out.add(stem);
  return [...out];
}

/** Endings of possessive adjectives made from names (Slavic -in/-ina, -ov/-ova, -ev/-eva, -ův), longest first. */
const POSSESSIVE_ENDINGS = ['ina', 'ino', 'ine', 'ova', 'ovo', 'ove', 'eva', 'evo', 'eve', 'in', 'ov', 'ev', 'ův', 'uv'];
const MIN_STEM = 3;

function stemsOf(word: string): string[] {
  const out = word.length >= MIN_STEM ? [word, word.slice(0, -1)] : [word];
  const ending = POSSESSIVE_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= MIN_STEM);
  if (ending) out.push(word.slice(0, -ending.length));
  return out;
}

/**
 * Who a room's description says it belongs to ("grandmother Ružica's room", "Luka's room (kids room)"): the word
 * with the possessive and the one before it, as keys (an owner said another way is found through `familyWords`).
 */
export function descriptionOwners(description: string, key: (word: string) => string): string[] {
  const head = description.split(/[(/;,.]/)[0] ?? '';
  const words = head.split(/\s+/).filter(Boolean);
  const at = words.findIndex((w) => /\p{L}['’]s?$/u.test(w) || /^\p{L}{3,}s['’]$/u.test(w));
  if (at < 0 || at + 1 >= words.length) return [];
  const owners = [words[at] ?? '', ...(at > 0 ? [words[at - 1] ?? ''] : [])].map((w) => key(w.replace(/['’]s?$/u, ''))).filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w));
  return [...new Set(owners.flatMap((w) => [w, ...familyWords(w)]))];
}

const FAMILY = z.object({ family: z.array(z.array(z.string().min(2)).min(2)) }).strict().parse(family).family;

/** The other words for a family member ("grandma" for "grandmother", "baka"), or none. */
export function familyWords(word: string): string[] {
  return FAMILY.find((group) => group.includes(word))?.filter((w) => w !== word) ?? [];
}

/** Is one word the other with a short inflection ending ("rasmus" / "rasmuse", "liisas" / "liisa")? */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.length - short.length <= 2 && long.startsWith(short);
}
