// "is anyone in the hallway" where "hallway" fits two rooms: whether someone is there is what a motion or occupancy
// sensor says, so the place that has one (exactly one such device among the places the words fit) answers, rather
// than a question back about rooms the question cannot be about; "any motion on the stairs" where no room is the
// stairs is the one sensor in the places the stairs join.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import { stateOf } from './IntentAnswerInput';
import type { Mention } from './mentions';
import type { Token } from './normalizeText';

const ACTED_ON: ReadonlySet<string> = new Set(['unlock', 'unlocks', 'unlocked', 'lock', 'locks', 'opens', 'closes', 'rings']);
const SOMEONE = new Set(['anyone', 'anybody', 'someone', 'somebody', 'people', 'occupied', 'occupancy', 'movement', 'motion', 'presence']);
const SENSES = /^(motion|occupancy|presence|movement)/;

/** The one presence sensor in the places a mention fits, when the question asks whether someone is there. */
export function presenceSensor(snapshot: HomeSnapshot, tokens: readonly Token[], place: Mention | undefined): { entity: Entity; text: string } | undefined {
  // "on the stairs" where no place is the stairs: the places a way of that kind joins (`connects_to` via "stairs").
  const places = place?.entities.place ?? snapshot.placesByWay.get(phraseKey(place?.text ?? '')) ?? [];
  if (!place || places.length === 0 || !tokens.some((t) => SOMEONE.has(t.key))) return undefined;
  // "when someone unlocks the genkan": someone acting on a thing there is about that thing, not who is there.
  if (tokens.some((t) => ACTED_ON.has(t.key))) return undefined;
  const sensors = places.flatMap((p) => devicesWithin(snapshot, p)).filter(sensesPresence);
  const [one] = sensors;
  return sensors.length === 1 && one ? { entity: one, text: place.text } : undefined;
}

function sensesPresence(device: Entity): boolean {
  return capabilitiesOf(device).some((c) => SENSES.test(c)) || Object.keys(stateOf(device)).some((f) => SENSES.test(f.toLowerCase()));
}
