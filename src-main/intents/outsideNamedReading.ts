// "outside temp", "what is the temperature outside" in a home whose "Outside thermometer" stands in the driveway: the
// outside word named every outdoor room (the dog yard, the sauna hut), none of which measures it, so the answer was
// "No device in Dog yard reports the temperature" beside a thermometer called outside (a wrong none). A device whose
// own name says it is outside ("Outside thermometer", "Outdoor sensor") and that measures the quantity asked is what
// the outside word asks about; with several such devices the rooms are read as before.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import type { IntentMatch } from './IntentEngine';
import { isOutsideWord } from './placeVocabulary';
import { readingsOf, type Quantity } from './stateQuantities';

const QUANTITIES: ReadonlySet<string> = new Set(['temperature', 'humidity', 'pressure']);

/** Per snapshot: the devices whose own name has an outside word. */
const namedOutside = perSnapshot((snapshot: HomeSnapshot): Entity[] => snapshot.devices.filter((d) => phraseKey(d.name).split(' ').some((w) => isOutsideWord(w))));

/** The readings question over "outside" read as a question about the one device named outside that measures it. */
export function outsideNamedReading(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const place = match.slots['place'];
  if (match.intent !== 'readings' || match.slots['device'] || !place || (place.type !== 'ambiguous' && place.type !== 'entity')) return match;
  if (!isOutsideWord(place.text)) return match;
  const quantity = match.slots['quantity'];
  const asked = quantity?.type === 'text' && QUANTITIES.has(quantity.text) ? (quantity.text as Quantity) : 'temperature';
  const measuring = namedOutside(snapshot).filter((d) => readingsOf(d, asked).some((r) => r.role === 'measured'));
  const [one] = measuring;
  if (measuring.length !== 1 || !one) return match;
  const { place: _place, ...slots } = match.slots;
  return { ...match, slots: { ...slots, device: { type: 'entity', text: place.text, entity: one, how: 'synonym' } } };
}
