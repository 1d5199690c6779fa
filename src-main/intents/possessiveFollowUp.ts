// Whose thing a short follow-up means when it is said by its owner only:
//   - "turn off tylers", "and moms lamp": a possessive typed without its apostrophe, when the word before the "s" is
//     someone the home names (a room's owner, a resident's role) or a family word ("mom", "grandma"). Read as a
//     plain word it is singularised into a name ("tyler"), and then any device that mentions that name is meant: the
//     smoke alarm in his room "can't be switched off", a wrong "no" about the wrong thing.
//   - "turn off tyler's" right after "Jen's lamp and Tyler's LED strip are on": the one listed device that is his.
//   - "what about grandma's" right after the back door lock: the same kind of thing, the one in her room.
import type { Entity } from '../../src-shared/protocol/entities';
import { ellipsisFragment, substitutions, type Focus } from './ConversationFocus';
import { kindById, kindForPhrase, kindsOfEntity, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { familyWords, ownerStems, sameNameWord } from './placeNameForms';

/** A word of three letters or more ending in "s" with no apostrophe before it. */
const BARE_S = /(?<![\p{L}'’])(\p{L}{3,})s(?![\p{L}'’])/giu;
/** A possessive with no noun after it, ending the turn: "tyler's", "grandma's?", "kayla's one". */
const POSSESSIVE_AT_END = /(?<![\p{L}'’])(\p{L}{3,})['’]s(?:\s+one)?(?=\s*[?.!]*$)/iu;

/** The turn with "tylers" / "moms" written "tyler's" / "mom's" when the word is someone's, else the turn as typed. */
export function withApostrophes(text: string, snapshot: HomeSnapshot): string {
  return text.replace(BARE_S, (word: string, owner: string) => (isSomeone(owner.toLowerCase(), word.toLowerCase(), snapshot) ? `${owner}'s` : word));
}

function isSomeone(owner: string, word: string, snapshot: HomeSnapshot): boolean {
  // "lukas" is Lukas himself (a room owner by the whole word), and a word the home uses as said is no possessive.
  if (snapshot.roomOwners.has(word) || snapshot.phrases.has(word) || kindForPhrase(phraseKey(word)) || kindForPhrase(phraseKey(owner))) return false;
  // Keys are singular ("lukas" is looked up as "luka"): a room named with the word as typed ("Zimmer Lukas") is his.
  const rooms = snapshot.roomOwners.get(owner) ?? [];
  if (rooms.some((room) => room.name.toLowerCase().split(/\s+/).some((w) => w.replace(/['’]s?$/u, '') === word))) return false;
  return rooms.length > 0 || familyWords(owner).length > 0;
}

/**
 * The turn with the owner said alone ("turn off tyler's") replaced by the one device the last answer listed, or the
 * conversation is about, that is named as that person's. Undefined unless exactly one is.
 */
export function ownersOneListed(text: string, focus: Focus): string | undefined {
  const said = POSSESSIVE_AT_END.exec(text);
  if (!said?.[1]) return undefined;
  const stems = ownerStems(phraseKey(said[1]));
  const named = (e: Entity): boolean => e.entity_type === 'device' && phraseKey(e.name).split(' ').some((w) => stems.some((s) => sameNameWord(w, s) || w === s));
  for (const among of [focus.listed, focus.subjects]) {
    const theirs = among.filter(named);
    const [one] = theirs;
    if (theirs.length === 1 && one) return `${text.slice(0, said.index)}${one.name}${text.slice(said.index + said[0].length)}`;
    if (theirs.length > 1) return undefined;
  }
  return undefined;
}

/**
 * "what about grandma's" / "and grandma's?" right after a question about a device: the last question asked again of
 * the device of the same kind in that person's room (the device the answer was about, not only the one named: "the
 * back door" answered through its lock asks about her lock).
 */
export function ownersSameKind(text: string, focus: Focus): string[] {
  const fragment = ellipsisFragment(text) ?? text;
  const owner = /^(\p{L}{3,})['’]s?[?.!]*$/u.exec(fragment.trim())?.[1];
  const subject = focus.subjects[0];
  // After "whats mikes lamp at", "and aroha's" swaps the owner of a thing named as someone's (ownerSwap.ts), not a room.
  if (!owner || subject?.entity_type !== 'device' || /\p{L}['’]s\b/u.test(subject.name)) return [];
  const kind = [...kindsOfEntity(subject).keys()].map(kindById).find((k) => k !== undefined && k.includes.length === 0);
  const slotName = ['device', 'target', 'thing'].find((name) => focus.slots[name] !== undefined);
  const slot = slotName ? focus.slots[slotName] : undefined;
  if (!kind || !slot || !slotName) return [];
  return substitutions({ ...focus, slots: { [slotName]: slot } }, `${kind.singular} in ${owner}'s room`);
}
