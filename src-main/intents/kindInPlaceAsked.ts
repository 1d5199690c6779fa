// "any in the bedrooms?", "and is there one in the garage?", "alguma no quarto da bia?" (read "any in quarto da bia")
// right after a question about a kind of device ("where are our smoke detectors", "how many cameras", or one device
// of it: "which app sends its alerts"): whether there is one of that kind in the place said. Read as the place's
// device list it answers another question ("The Garage has 2 devices"), and the answer the asker needs (none there,
// and where the home's ones are) is never said.
import type { Focus } from './ConversationFocus';
import { kindsNamedIn, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { deviceOwnKind } from './placeAbsent';
import { endsInPlaceWord, isPlaceWord } from './placeVocabulary';

const ANY_IN = /^(?:and\s+|what\s+about\s+|how\s+about\s+|also\s+)?(?:(?:is|are)\s+there\s+|have\s+we\s+got\s+|got\s+|do\s+we\s+have\s+)?(?:any|one|some|any\s+ones?)\s+(?:(?:out|up|down|over|back)\s+)?(?:in|on|at|by)\s+(.+?)\s*[?.!]*$/iu;
/** Last questions about a kind, or about one device, whose kind "any" and "one" stand for (a state asked "any on in …" is another reader's). */
const ABOUT_KIND: ReadonlySet<string> = new Set(['list_kind', 'count_kind', 'count_devices', 'where_is', 'device_state', 'app_for_device', 'manual_for', 'device_controllers']);

export function kindInPlaceAsked(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  if (!ABOUT_KIND.has(focus.intent)) return undefined;
  const place = ANY_IN.exec(text.trim())?.[1];
  if (!place || !namesPlace(place, snapshot)) return undefined;
  const kind = kindOfFocus(focus);
  if (!kind) return undefined;
  const where = /^(the|my|our)\s/i.test(place) ? place : `the ${place}`;
  return `are there any ${kind.plural} in ${where}`;
}

/** The kind the last question asked about, or the kind of the one device it was about. */
function kindOfFocus(focus: Focus): DeviceKind | undefined {
  const slot = focus.slots['kind'];
  if (slot?.type === 'kind') return slot.kind;
  const held = focus.slots['device'] ?? focus.slots['thing'];
  const devices = focus.listed.filter((e) => e.entity_type === 'device');
  const device = held?.type === 'entity' && held.entity.entity_type === 'device' ? held.entity : devices.length === 1 ? devices[0] : undefined;
  return device ? deviceOwnKind(device) : undefined;
}

/** A room or zone by name, alias or nickname, or a place word; no device and no kind. */
function namesPlace(phrase: string, snapshot: HomeSnapshot): boolean {
  const key = phraseKey(phrase.replace(/^(the|my|our)\s+/i, ''));
  if (!key || kindsNamedIn(key).size > 0) return false;
  const named = [...(snapshot.phrases.get(key) ?? []), ...(snapshot.aliases.get(key) ?? [])];
  if (named.some((e) => e.entity_type === 'device')) return false;
  if (named.some((e) => e.entity_type === 'room' || e.entity_type === 'zone')) return true;
  return isPlaceWord(key) || (key.split(' ').length <= 3 && endsInPlaceWord(key));
}
