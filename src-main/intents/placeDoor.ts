// "is the door to the shed open", "is the garage door shut", "balcony door?": a place said with the word door (and no
// door or device named) asks about the door of that place, not for the list of its devices. The doors a
// `connects_to` edge joins the place by, or that are located in it; without any, the one device there that tells
// whether a door is open (a garage door opener, a door contact). Several: asked which.
import type { Entity } from '../../src-shared/protocol/entities';
import { openStateOf } from './deviceReadings';
import { kindForPhrase } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { onlyDevices, devicesWithin } from './placeClaims';
import { STOP_WORDS, type Mention } from './mentions';
import { CUES } from './cueWords';
import type { Token } from './normalizeText';
import type { SlotValue } from './SlotResolver';

const DOOR_WORDS = new Set(['door', 'doorway']);
/** What may stand between the door word and the place: "the door to the shed", "the door of the garage". */
const BETWEEN = new Set(['to', 'of', 'the', 'into', 'for', 'in', 'at', 'on', 'our', 'my']);
/** Device kinds that tell whether a door is open. */
const DOOR_KINDS = ['garage_door', 'contact_sensor'];
const MAX_ASKED = 6;

/** The door of the place said beside the word door, as the device slot of a state question; undefined when none. */
export function doorOfPlace(snapshot: HomeSnapshot, tokens: readonly Token[], mentions: readonly Mention[], place: Mention | undefined): SlotValue | undefined {
  const at = place?.entities.place;
  const [where] = at ?? [];
  if (!place || at?.length !== 1 || !where || !['room', 'zone'].includes(where.entity_type)) return undefined;
  if (mentions.some((m) => m.entities.device?.length)) return undefined;
  const inMention = (i: number): boolean => mentions.some((m) => i >= m.start && i < m.end);
  const door = tokens.findIndex((t, i) => DOOR_WORDS.has(t.key) && !inMention(i) && beside(tokens, i, place));
  if (door < 0) return undefined;
  // It asks whether the door is open or shut (or locked), or says nothing else ("balcony door?"); "who has the key to the shed
  // door" asks another thing.
  const rest = tokens.filter((t, i) => i !== door && !inMention(i)).map((t) => t.key);
  if (!rest.some((k) => CUES.open.includes(k) || CUES.locked.includes(k)) && !rest.every((k) => STOP_WORDS.has(k) || BETWEEN.has(k))) return undefined;
  // "the garage door" where the garage is a room: a device of the kind the two words name there is that door.
  const kind = kindForPhrase([...tokens.slice(place.start, place.end), tokens[door]].map((t) => t?.key ?? '').join(' '));
  const ofKind = kind ? onlyDevices(devicesWithin(snapshot, where)).filter((d) => snapshot.kindsOfDevice.get(d.id)?.has(kind.id)) : [];
  const found = ofKind.length > 0 ? ofKind : doorsOf(snapshot, where);
  const [one] = found;
  const text = `${place.text} ${tokens[door]?.text ?? 'door'}`;
  if (found.length === 1 && one) return { type: 'entity', text, entity: one, how: 'synonym' };
  if (found.length > 1 && found.length <= MAX_ASKED) return { type: 'ambiguous', text, expected: 'device', candidates: found };
  return undefined;
}

/** "bílskúr door" (right after the place) or "door to the shed" (before it, only small words between). */
function beside(tokens: readonly Token[], i: number, place: Mention): boolean {
  if (i === place.end) return true;
  if (i >= place.start) return false;
  return tokens.slice(i + 1, place.start).every((t) => BETWEEN.has(t.key));
}

function doorsOf(snapshot: HomeSnapshot, place: Entity): Entity[] {
  const joined = (snapshot.openingsOfPlace.get(place.id) ?? []).filter((e) => e.entity_type === 'door');
  const inside = [...snapshot.byId.values()].filter((e) => e.entity_type === 'door' && snapshot.placeOfDevice.get(e.id)?.id === place.id);
  const doors = [...new Set([...joined, ...inside])];
  const devices = onlyDevices(devicesWithin(snapshot, place)).filter((d) => openStateOf(d) !== undefined && DOOR_KINDS.some((k) => snapshot.kindsOfDevice.get(d.id)?.has(k)) && !saysWindow(d));
  // What can say open or shut first ("bílskúr door": the garage door opener, not the inner door with no reading).
  const reading = [...doors, ...devices].filter((e) => openStateOf(e) !== undefined);
  return reading.length > 0 ? reading : doors;
}

/** A window's contact ("Window sensor bedroom") tells nothing of a door. */
function saysWindow(device: Entity): boolean {
  return /\bwindows?\b/i.test(`${device.name} ${String(device.content['description'] ?? '')}`);
}
