// "is the garage door at the chalet closed", "wo isch d Wallbox im Chalet?", "tem fechadura digital na casa da praia?":
// the name resolver finds the home's one device of that name or kind, and the place said after it drops out of the
// parse. When that device is not in the place said, answering its state ("Yes — Garagentor is closed") answers about
// another house's thing as if it were the one asked about. Re-read: the one of its kind in the place said when there
// is one there, a question back when there are several, and when there is none, the kind asked of that place, whose
// answer says there is none there and where the home's ones are (answerSearch.ts).
import type { Entity } from '../../src-shared/protocol/entities';
import { coveredKinds, kindById, kindsOfEntity, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { devicesAtPlaceNamedFor } from './placeNamedAt';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';

/** Read-only questions about one device, and the slot that holds it. Commands are left to their own target checks. */
const DEVICE_SLOT: Readonly<Record<string, string>> = {
  where_is: 'thing', device_state: 'device', state_open: 'device', state_on: 'device', state_locked: 'device',
  // "which app for 抽濕機 in living room", where the device so named is grandma's: the one in the living room.
  app_for_device: 'device', schedules_for_device: 'device', automations_for_device: 'device', device_controllers: 'device',
};
/** Words for where a place is said after the thing ("in", "at", "on"; readInEnglish has put most languages in English). */
const LOCATING: ReadonlySet<string> = new Set(['in', 'at', 'on', 'inside', 'im', 'am', 'en', 'al', 'nel']);
/** Words between the locating word and the place's name ("na casa da praia" is read "in home praia"). */
const SKIPPED: ReadonlySet<string> = new Set(['the', 'our', 'my', 'this', 'that', 'home', 'house']);
/** Longest place name tried after a locating word. */
const MAX_WORDS = 4;
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'its', 'that', 'this', 'them', 'they', 'one', 'he', 'she', 'him', 'her']);

export function placeAbsent(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const name = DEVICE_SLOT[match.intent];
  const slot = name ? match.slots[name] : undefined;
  if (!name || slot?.type !== 'entity' || slot.entity.entity_type !== 'device' || match.slots['place']) return match;
  const device = slot.entity;
  // "how humid is it in the laundry": a device taken from the conversation is no device said with a place.
  const named = phraseKey(slot.text).split(' ').filter((w) => w !== '' && !PRONOUNS.has(w));
  if (named.length === 0 || !named.every((w) => match.words.includes(w))) return match;
  // Two places said ("the blind in the lounge in the bedroom", a follow-up put into the last question): the device's own one stands.
  const places = placesSaid(match.words, snapshot);
  const [place] = places;
  if (!place || places.length > 1 || devicesWithin(snapshot, place).includes(device)) return match;
  // "the gate at the vikendica" standing in "Plac na vikendici": at that place by its name (placeNamedAt.ts).
  if (devicesAtPlaceNamedFor(snapshot, place).includes(device)) return match;
  const kind = deviceOwnKind(device);
  if (!kind) return match;
  const there = devicesWithin(snapshot, place).filter((d) => kindMatch(snapshot, d, kind) !== undefined);
  const [one] = there;
  if (there.length === 1 && one) return { ...match, slots: { ...match.slots, [name]: { ...slot, entity: one, how: 'synonym' } } };
  if (there.length > 1) return { ...match, slots: { ...match.slots, [name]: { type: 'ambiguous', text: slot.text, expected: 'device', candidates: there.slice(0, 6) } } };
  const placeText = place.name;
  return {
    ...match, intent: 'list_kind',
    slots: { kind: { type: 'kind', text: kind.singular, kind }, place: { type: 'entity', text: placeText, entity: place, how: 'exact' } },
  };
}

/** The rooms and zones named right after a locating word, by name, alias or nickname. */
function placesSaid(words: readonly string[], snapshot: HomeSnapshot): Entity[] {
  const found = new Set<Entity>();
  for (let i = 0; i < words.length; i++) {
    if (!LOCATING.has(words[i] ?? '')) continue;
    let start = i + 1;
    while (SKIPPED.has(words[start] ?? '')) start++;
    for (let n = Math.min(MAX_WORDS, words.length - start); n >= 1; n--) {
      const span = words.slice(start, start + n);
      const key = phraseKey(span.join(' '));
      const named = [...(snapshot.phrases.get(key) ?? []), ...(snapshot.aliases.get(key) ?? [])];
      const places = [...new Set(named.filter((e) => e.entity_type === 'room' || e.entity_type === 'zone'))];
      for (const place of places) found.add(place);
      // A phrase that also names a device ("garage light") may be the device's name said whole: no place alone.
      if (named.some((e) => e.entity_type === 'device')) return [];
      if (places.length > 0) break;
    }
  }
  return [...found];
}

/**
 * The device's own narrow kind ("garage door", not "opening"). One read from its name must agree with what the rest of
 * its data says it is: a name word may be a place word in another language ("Condizionatore camera", typed climate:
 * camera is the room there, not the kind).
 */
export function deviceOwnKind(device: Entity): DeviceKind | undefined {
  const { aliases: _aliases, ...content } = device.content;
  const unnamed = [...kindsOfEntity({ ...device, name: '', content }).keys()].map(kindById).filter((k): k is DeviceKind => k !== undefined);
  const agrees = (k: DeviceKind): boolean => unnamed.length === 0 || unnamed.some((u) => coveredKinds(u).has(k.id));
  return [...kindsOfEntity(device).keys()].map(kindById).find((k): k is DeviceKind => k !== undefined && k.includes.length === 0 && agrees(k));
}

/** Ones named after a none in a place; more are counted. */
const ELSEWHERE_SHOWN = 5;

/**
 * " The home's garage door is Garagentor (Garage).": after "there are no garage doors in the Chalet Flims", where the
 * home's ones are, so the none is said of the place only and not read as the home having none.
 */
export function elsewhereSentence(snapshot: HomeSnapshot, devices: readonly Entity[], kind: DeviceKind): string {
  if (devices.length === 0) return '';
  const named = devices.slice(0, ELSEWHERE_SHOWN).map((d) => {
    const at = snapshot.placeOfDevice.get(d.id);
    return at ? `${d.name} (${at.name})` : d.name;
  });
  const more = devices.length - named.length;
  const list = more > 0 ? [...named, `${more} more`] : named;
  const joined = list.length > 1 ? `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}` : list[0];
  return devices.length === 1 ? ` The home's ${kind.singular} is ${joined}.` : ` The home's ${kind.plural} are ${joined}.`;
}
