// Where a command's words say a place: a spot the home puts devices at, a room or zone named exactly, one letter off
// or spelled near its own name. Split out of commandTarget.ts (which reads the whole target) so each part stays small;
// the rooms and phrases a home has are cached per snapshot.
import type { Entity } from '../../src-shared/protocol/entities';
import { plain, sayingsOf } from './commandSayings';
import { kindForPhrase } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { editDistance } from './mentions';
import { placeNameWordsOf } from './placeWordKinds';
import { withRoomsNamedSo } from './roomsNamedSo';
import { HOUSE_WORDS, zoneNicknamed } from './zoneNicknames';

/** A run of up to three words (one word of four letters or more) that the home uses as a spot, with the rooms there. */
export function spotIn(snapshot: HomeSnapshot, keys: readonly string[]): { at: number; length: number; rooms: Entity[] } | undefined {
  for (let length = Math.min(3, keys.length); length >= 1; length--) {
    for (let at = 0; at + length <= keys.length; at++) {
      const phrase = keys.slice(at, at + length).join(' ');
      if (length === 1 && phrase.length < 4) continue;
      // A kind said last is the device asked for, not where it is ("the sauna" is the heater).
      if (at + length === keys.length && kindForPhrase(phrase)) continue;
      const devices = snapshot.spots.get(phrase);
      if (!devices) continue;
      const rooms = [...new Set(devices.map((d) => snapshot.placeOfDevice.get(d.id)).filter((r): r is Entity => r !== undefined))];
      if (rooms.length > 0) return { at, length, rooms };
    }
  }
  return undefined;
}

/** The longest run of words (up to three) that names rooms or zones exactly, by name or alias ("living room"). */
export function placeIn(snapshot: HomeSnapshot, words: readonly string[]): { at: number; length: number; places: Entity[] } | undefined {
  for (let length = Math.min(3, words.length); length >= 1; length--) {
    for (let at = 0; at + length <= words.length; at++) {
      const places = placesNamed(snapshot, words.slice(at, at + length).join(' '));
      if (places.length > 0) return { at, length, places };
    }
  }
  // A typo of a place phrase ("kitchn", "livng room", "bedrom"): one letter off, in words of five letters or more.
  for (let length = Math.min(2, words.length); length >= 1; length--) {
    for (let at = 0; at + length <= words.length; at++) {
      const places = placesNear(snapshot, words.slice(at, at + length).join(' '));
      if (places.length > 0) return { at, length, places };
    }
  }
  // A near spelling of a room's own name ("garage" for "Garaaž"), only for a word of five letters or more.
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? '';
    if (word.length < 5) continue;
    const near = snapshot.devices.length > 0 ? roomsNear(snapshot, word) : [];
    if (near.length === 1) return { at, length: 1, places: near };
  }
  return undefined;
}

const placePhrases = perSnapshot((snapshot: HomeSnapshot): Array<{ key: string; places: Entity[] }> => {
  const list: Array<{ key: string; places: Entity[] }> = [];
  for (const [key, entities] of snapshot.phrases) {
    const places = [...new Set(entities)].filter((e) => e.entity_type === 'room' || e.entity_type === 'zone');
    if (places.length > 0 && key.length >= 5) list.push({ key, places });
  }
  return list;
});

/** Rooms and zones one letter off the phrase (5+ letters); a word of a place's own name ("Saloon") is none ("salon"). */
function placesNear(snapshot: HomeSnapshot, phrase: string): Entity[] {
  // A word for a house ("casita") is a word of its own, never a slip of another language's place word ("caseta").
  if (phrase.length < 5 || placeNameWordsOf(snapshot).has(phrase) || HOUSE_WORDS.has(phrase)) return [];
  const list = placePhrases(snapshot);
  const found = new Set<Entity>();
  for (const { key, places } of list) if (Math.abs(key.length - phrase.length) <= 1 && editDistance(key, phrase, 1) <= 1) for (const p of places) found.add(p);
  return [...found];
}

/** A word one letter off a word the home uses for a device or place: a typo, never "no such device". */
export function nearKnown(snapshot: HomeSnapshot, word: string): boolean {
  if (word.length < 4) return false;
  if (placesNear(snapshot, word).length > 0) return true;
  return snapshot.devices.some((d) => sayingsOf(snapshot, d).words.some((w) => Math.abs(w.length - word.length) <= 1 && w !== word && editDistance(w, word, 1) <= 1));
}

export function placesNamed(snapshot: HomeSnapshot, key: string): Entity[] { // …and rooms whose own name says it (roomsNamedSo.ts)
  return withRoomsNamedSo(snapshot, key, [...new Set(snapshot.phrases.get(key) ?? [])].filter((e) => e.entity_type === 'room' || e.entity_type === 'zone'));
}

/**
 * "apaga las luces del hostal": a word that is a zone's nickname ("hostal" of "Hostal Inti Wasi", zoneNicknames.ts)
 * and no name of the devices asked for has. Read only as a modifier, it fitted the one light whose room ("Pasillo del
 * hostal") has the word, and that one light was proposed; "the condo light" is still "Luz del condo".
 */
export function nicknamedZoneIn(snapshot: HomeSnapshot, words: readonly string[], candidates: readonly Entity[]): { at: number; length: number; places: Entity[] } | undefined {
  for (let at = 0; at < words.length; at++) {
    const word = words[at] ?? '';
    const zone = zoneNicknamed(snapshot, word);
    if (zone && !candidates.some((d) => plain(d.name).split(' ').includes(word))) return { at, length: 1, places: [zone] };
  }
  return undefined;
}

export function placeWord(snapshot: HomeSnapshot, word: string): boolean {
  return placesNamed(snapshot, word).length > 0 || (word.length >= 5 && roomsNear(snapshot, word).length > 0);
}

const oneWordRooms = perSnapshot((snapshot: HomeSnapshot): Array<{ room: Entity; name: string }> =>
  [...new Set(snapshot.placeOfDevice.values())].map((room) => ({ room, name: plain(room.name) })).filter((r) => !r.name.includes(' ') && r.name.length >= 5));

function roomsNear(snapshot: HomeSnapshot, word: string): Entity[] {
  const rooms = oneWordRooms(snapshot);
  return placeNameWordsOf(snapshot).has(word) ? [] : rooms.filter((r) => editDistance(r.name, word, 2) <= nearLimit(word)).map((r) => r.room);
}

export function nearLimit(word: string): number {
  return word.length >= 6 ? 2 : 1;
}
