// Whose thing a follow-up means, read from the names the home gives its rooms and devices:
//   - "how bright is claire's" right after Dave's lamp, "and mia's?" after the lounge fan: the device named like the
//     one talked about with the owner swapped in ("Claire's lamp", "Mia's fan"). Only a name the home has; a person
//     with no such device gets no guess (read as a whole name, "claire's" would be anything that mentions her).
//   - "and his bedroom" right after what is in Grandad's flat: "his" is the person whose place the conversation is in
//     ("grandad's bedroom"), not a room inside that flat.
//   - "and daan?" right after "what time does fleur go to bed": the same question about the other person, when both
//     are people the home's rooms are named after.
import type { Entity } from '../../src-shared/protocol/entities';
import { placeOfFocus, type Focus } from './ConversationFocus';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { ownerStems } from './placeNameForms';

/** A possessive with no noun after it, ending the turn: "claire's", "claire's one?". */
const BARE_POSSESSIVE = /(?<![\p{L}'’])(\p{L}{3,})['’]s(?:\s+one)?(?=\s*[?.!]*$)/iu;
/** "his bedroom", "her telly", "their fan": a possessive pronoun before a noun. */
const PRONOUN_BEFORE_NOUN = /\b(his|her|their)(?=\s+\p{L})/iu;
/** A name word said as an owner's: "Grandad's", "Mia’s". */
const POSSESSIVE_WORD = /^(\p{L}{3,})['’]s$/u;

/** The turn with the bare possessive replaced by the one device named like the focus device but for that owner. */
export function ownersNamesake(text: string, focus: Focus, snapshot: HomeSnapshot): { text: string; device: Entity } | undefined {
  const said = BARE_POSSESSIVE.exec(text);
  const subject = focus.subjects[0];
  if (!said?.[1] || subject?.entity_type !== 'device') return undefined;
  const owner = phraseKey(said[1]);
  const words = phraseKey(subject.name).split(' ');
  // "and dave's" about Dave's lamp is no other owner; a one-word name has nothing to keep.
  if (!owner || words.length < 2 || words.includes(owner)) return undefined;
  const found = new Set<Entity>();
  for (let i = 0; i < words.length; i++) {
    const key = [...words.slice(0, i), owner, ...words.slice(i + 1)].join(' ');
    for (const e of snapshot.phrases.get(key) ?? []) if (e.entity_type === 'device' && e.id !== subject.id) found.add(e);
  }
  const [one] = found;
  if (found.size !== 1 || !one) return undefined;
  return { text: `${text.slice(0, said.index)}${one.name}${text.slice(said.index + said[0].length)}`, device: one };
}

/** The turn with "his"/"her"/"their" said as the owner of the place the conversation is in, if its name says one. */
export function pronounAsOwner(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  if (!PRONOUN_BEFORE_NOUN.test(text)) return undefined;
  const place = placeOfFocus(focus, snapshot);
  const owner = place?.entity_type === 'room' ? ownerInName(place) : undefined;
  return owner ? text.replace(PRONOUN_BEFORE_NOUN, `${owner}'s`) : undefined;
}

/** "Grandad" of "Grandad's flat": the one word of a room's name said as someone's. */
function ownerInName(room: Entity): string | undefined {
  const owners = room.name.split(/\s+/).map((w) => POSSESSIVE_WORD.exec(w)?.[1]).filter((w): w is string => w !== undefined);
  return owners.length === 1 ? owners[0] : undefined;
}

/** "and daan?", "what about eira": a name said alone after a lead. */
const PERSON_ALONE = /^(?:and|what about|how about)\s+(\p{L}{3,})\s*[?.!]*$/iu;

/** The last question with the one person it named replaced by the person said, both owners of rooms of the home. */
export function samePersonAsked(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  const said = PERSON_ALONE.exec(text.trim())?.[1];
  const saidRooms = said ? roomsOwnedBy(phraseKey(said), snapshot) : [];
  if (!said || saidRooms.length === 0) return undefined;
  const words = focus.text.split(/\s+/);
  // Another person's word: rooms of their own, none of them the said person's ("fleur" in the last question).
  const others = words.flatMap((word, at) => {
    const key = phraseKey(word.replace(/['’]s?$/u, ''));
    const rooms = key.length >= 3 ? roomsOwnedBy(key, snapshot) : [];
    return rooms.length > 0 && !rooms.some((r) => saidRooms.includes(r)) ? [at] : [];
  });
  const [at] = others;
  if (at === undefined || others.length > 1) return undefined;
  words[at] = (words[at] ?? '').replace(/^\p{L}+/u, said);
  return words.join(' ');
}

function roomsOwnedBy(key: string, snapshot: HomeSnapshot): Entity[] {
  return [...new Set(ownerStems(key).flatMap((stem) => snapshot.roomOwners.get(stem) ?? []))];
}
