// How well a modifier word of a command ("rasmus", "mirror", "desk") fits one device: by its own words, a word the
// home teaches, a translation, a near spelling, or a word of its capabilities. Split out of commandTarget.ts so the
// scoring of one word against one device has a file of its own.
import type { Entity } from '../../src-shared/protocol/entities';
import { modifierTranslations, translatedBack } from './languages/crossLanguageCues';
import { plain, sayingsOf, taughtStems } from './commandSayings';
import { capabilitiesOf } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { editDistance } from './mentions';
import { stateOf } from './IntentAnswerInput';
import { nearLimit } from './commandTargetPlaces';
import { ownerStems } from './placeNameForms';

/** How well a modifier word fits a device: 4 a whole word, 3 the start of a word, 2 inside a word or taught by the home, 1 a near spelling. */
export type Fit = 0 | 1 | 2 | 3 | 4;

/**
 * "the lamp" among "Leselampe" and "Nachtkastllampe": a name word that holds the head word inside it (a compound of
 * the home's language) says it as much as a description that spells it apart.
 */
export function inCompoundName(snapshot: HomeSnapshot, device: Entity, word: string): boolean {
  return word.length >= 4 && sayingsOf(snapshot, device).nameWords.some((n) => n.length > word.length && n.includes(word));
}

export function fitOf(snapshot: HomeSnapshot, device: Entity, modifier: string): Fit {
  const said = sayingsOf(snapshot, device);
  const forms = [modifier, ...modifierTranslations(modifier).map(plain)];
  if (forms.some((f) => said.words.includes(f)) || translatedBack(modifier).some((f) => said.words.includes(f))) return 4;
  if (forms.some((f) => said.words.some((w) => w.startsWith(f)))) return 3;
  // "emama's heater" in the room described "Emama Tsehay's room": the owner of the device's room (`roomOwners`).
  if (ownsRoomOf(snapshot, device, modifier)) return 3;
  if (forms.some((f) => f.length >= 4 && said.words.some((w) => w.includes(f)))) return 2;
  if (taughtStems(snapshot, modifier).some((s) => said.nameWords.some((w) => w.startsWith(s)))) return 2;
  if (modifier.length >= 5 && said.nameWords.some((w) => w.length >= modifier.length - 1 && editDistance(w.slice(0, modifier.length), modifier, 2) <= nearLimit(modifier))) return 1;
  return 0;
}

/** Whether the word is the owner of the room the device is in, and of that room only. */
function ownsRoomOf(snapshot: HomeSnapshot, device: Entity, word: string): boolean {
  const room = word.length >= 3 ? snapshot.placeOfDevice.get(device.id) : undefined;
  if (!room) return false;
  const rooms = new Set(ownerStems(word).flatMap((stem) => snapshot.roomOwners.get(stem) ?? []));
  return rooms.size === 1 && rooms.has(room);
}

const FIELD_WORDS = new WeakMap<Entity, Set<string>>();

/** Words of four letters or more in a device's capabilities and state keys ("floor_heating", "floor_c" say floor). */
export function fieldWordsOf(device: Entity): Set<string> {
  let words = FIELD_WORDS.get(device);
  if (!words) {
    const fields = [...capabilitiesOf(device), ...Object.keys(stateOf(device))].join(' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    FIELD_WORDS.set(device, (words = new Set(fields.split(/[^a-z]+/).filter((w) => w.length >= 4))));
  }
  return words;
}
