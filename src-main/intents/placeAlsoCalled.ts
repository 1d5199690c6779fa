// "is my bedroom window closed" where the rooms are "Main bedroom" (no window) and "Nan's room", described as "Nan's
// bedroom upstairs"; "the water temp on the roof" with two roofs, one holding the solar heater. The word said picked
// the place named by it, and a none about that place ("There are no windows in the Main bedroom") read as the answer
// while another place the home calls by the same word holds the thing. Before such a none, the places of the same
// type whose description says the words are looked at, and what they hold of it is said.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { openStateOf, powerStateOf } from './deviceReadings';
import { phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { inScope, type IntentAnswerInput } from './IntentAnswerInput';
import { kindMatch } from './kindClaims';
import { STOP_WORDS } from './mentions';

/** More places than this calling themselves so is no sign of the one meant. */
const MAX_ALSO = 2;

/** The other places of `place`'s type whose description says every content word of `said` ("bedroom", "the roof"). */
export function placesAlsoCalled(snapshot: HomeSnapshot, place: Entity, said: string): Entity[] {
  const words = phraseKey(said).split(' ').filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
  if (words.length === 0 || (place.entity_type !== 'room' && place.entity_type !== 'zone')) return [];
  const places = new Set<Entity>();
  for (const at of snapshot.placeOfDevice.values()) if (at.entity_type === place.entity_type && at.id !== place.id) places.add(at);
  const found = [...places].filter((p) => {
    const description = p.content['description'];
    if (typeof description !== 'string') return false;
    const key = ` ${phraseKey(description)} `;
    return words.every((w) => key.includes(` ${w} `));
  });
  return found.length <= MAX_ALSO ? found : [];
}

/** The other places called by the words that named the place slot (none when the place came from elsewhere). */
export function alsoCalledPlaces(input: IntentAnswerInput, place: Entity): Entity[] {
  const slot = input.match.slots['place'];
  return slot?.type === 'entity' && slot.entity.id === place.id ? placesAlsoCalled(input.snapshot, place, slot.text) : [];
}

/** The devices standing in any of the places. */
export function devicesAt(snapshot: HomeSnapshot, places: readonly Entity[]): Entity[] {
  const ids = new Set(places.map((p) => p.id));
  return snapshot.devices.filter((d) => ids.has(snapshot.placeOfDevice.get(d.id)?.id ?? ''));
}

/** " Nan's room (“Nan's bedroom upstairs in the annex”) has Nan's window: closed." for a none about the place picked. */
export function alsoCalledSentence(input: IntentAnswerInput, place: Entity, kind: DeviceKind): string {
  const others = alsoCalledPlaces(input, place);
  const found = inScope(input, devicesAt(input.snapshot, others)).filter((d) => kindMatch(input.snapshot, d, kind) !== undefined);
  if (found.length === 0 || found.length > MAX_SAID) return '';
  input.answer.cite(...found);
  const byPlace = others.map((p) => ({ p, ds: found.filter((d) => input.snapshot.placeOfDevice.get(d.id)?.id === p.id) })).filter((x) => x.ds.length > 0);
  return byPlace.map(({ p, ds }) => ` ${p.name} (“${String(p.content['description'])}”) has ${joinNames(ds.map((d) => `${d.name}: ${openStateOf(d) ?? powerStateOf(d) ?? 'state not reported'}`))}.`).join('');
}

/** Up to how many devices of the kind there are said. */
const MAX_SAID = 4;
