// "check the water heater temperature" answered for three water heaters, then "the one in milano": of the devices
// the answer listed, the one in the place said (its room, or a zone above it, named by its name, a phrase of the
// home's vocabulary, or one word of its name: "milano" of "Appartamento Milano") is what the last question asked
// about, so the last question is asked again of that place. Read before "the one in milano" is taken as a question
// about the whole place.
import type { Entity } from '../../src-shared/protocol/entities';
import type { Focus } from './ConversationFocus';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';

const ONE_IN = /^(?:and\s+)?(?:the\s+)?one\s+(?:in|at|of|from)\s+(?:the\s+)?(.+?)[\s?.!]*$/i;
const MIN_NAME_WORD = 4;
const MAX_DEPTH = 6;

/** The last question asked again in the place said, when some but not all of the devices listed are there. */
export function listedOneInPlace(text: string, focus: Focus, snapshot: HomeSnapshot): string | undefined {
  const said = ONE_IN.exec(text.trim())?.[1];
  const slot = Object.values(focus.slots).find((s) => s.type === 'kind' || s.type === 'group');
  if (!said || !slot || !('text' in slot) || !slot.text) return undefined;
  const key = phraseKey(said);
  const devices = focus.listed.filter((e) => e.entity_type === 'device');
  if (devices.length < 2) return undefined;
  const names = (p: Entity): boolean => phraseKey(p.name) === key || (snapshot.phrases.get(key) ?? []).includes(p) || (!key.includes(' ') && key.length >= MIN_NAME_WORD && phraseKey(p.name).split(' ').includes(key));
  const there = devices.filter((d) => placesAbove(snapshot, snapshot.placeOfDevice.get(d.id)).some(names));
  const [one] = there;
  if (!one || there.length === devices.length || focus.slots['place']) return undefined;
  // The last question asked of that place: its kind there is the one device, or the several listed there.
  // One there: asked of it by name, where "in <place>" would be lost on a question read loosely ("how much battery te pany").
  const at = there.length === 1 ? focus.text.toLowerCase().indexOf(slot.text.toLowerCase()) : -1;
  if (at >= 0) return `${focus.text.slice(0, at)}${one.name}${focus.text.slice(at + slot.text.length)}`;
  const place = placesAbove(snapshot, snapshot.placeOfDevice.get(one.id)).find(names);
  return place ? `${focus.text} in ${place.name}` : undefined;
}

function placesAbove(snapshot: HomeSnapshot, place: Entity | undefined): Entity[] {
  const out: Entity[] = [];
  for (let at = place; at && !out.includes(at) && out.length < MAX_DEPTH; at = snapshot.parentOfPlace.get(at.id)) out.push(at);
  return out;
}
