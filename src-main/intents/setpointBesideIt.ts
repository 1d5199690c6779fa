// "is her window open?" … "what's it set to upstairs", "turn it up to 68": a temperature setting asked of "it" when
// the thing "it" stood for (a window, a plug) keeps no setting and reads no temperature. The person means the heating
// near it: the thing that keeps a setpoint in the place said ("upstairs": a room on that floor), else in the room of
// "it", else on its floor. One such thing is the one asked about; several are asked back; none leaves the question as
// it was. Never "the window has no temperature setting" or "can't be dimmed" while the heating is right there.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, phraseKey } from './deviceKinds';
import { currentTemperatureOf, setpointOf } from './deviceReadings';
import type { HomeSnapshot } from './HomeIndex';
import type { IntentMatch } from './IntentEngine';

/** The slot holding the thing asked about, by intent. */
const SLOT_OF: Readonly<Record<string, string>> = { setpoint: 'device', set_temperature: 'target', set_level: 'target' };
/** Capabilities that give "turn it up to N" a meaning of its own (a level, a volume, a position, a speed). */
const OWN_LEVEL = /dimm|bright|volume|position|level|speed|open_close/;
const MAX_OFFERED = 6;
/** Units and words of a setting that is no temperature. */
const OTHER_QUANTITY = /\b(amps?|amperes?|amperage|volts?|watts?|kw|current|percent|speed|volume)\b|%/i;

export function setpointBesideIt(match: IntentMatch, subject: Entity | undefined, text: string, snapshot: HomeSnapshot): IntentMatch {
  const slotName = SLOT_OF[match.intent];
  const slot = slotName ? match.slots[slotName] : undefined;
  if (!slotName || !subject || slot?.type !== 'entity' || slot.entity.id !== subject.id) return match;
  if (setpointOf(subject) !== undefined || currentTemperatureOf(subject) !== undefined) return match;
  // "what amps is it set to" asks a setting of another quantity than temperature: the heating nearby is no answer.
  if (OTHER_QUANTITY.test(text)) return match;
  if (match.intent === 'set_level' && (match.slots['level']?.type !== 'number' || capabilitiesOf(subject).some((c) => OWN_LEVEL.test(c)))) return match;
  const keepers = snapshot.devices.filter((d) => d.id !== subject.id && setpointOf(d) !== undefined);
  const said = ` ${phraseKey(text)} `;
  const floorOf = (p: Entity | undefined): string => (typeof p?.content['floor'] === 'string' ? phraseKey(p.content['floor']) : '');
  const inSaidPlace = keepers.filter((d) => {
    const place = snapshot.placeOfDevice.get(d.id);
    const floor = floorOf(place);
    return place !== undefined && (said.includes(` ${phraseKey(place.name)} `) || (floor !== '' && said.includes(` ${floor} `)));
  });
  const room = snapshot.placeOfDevice.get(subject.id);
  const inRoom = room ? keepers.filter((d) => snapshot.placeOfDevice.get(d.id)?.id === room.id) : [];
  const floor = floorOf(room);
  const onFloor = floor ? keepers.filter((d) => floorOf(snapshot.placeOfDevice.get(d.id)) === floor) : [];
  const meant = inSaidPlace.length ? inSaidPlace : inRoom.length ? inRoom : onFloor;
  const [one] = meant;
  if (meant.length === 1 && one) return { ...match, slots: { ...match.slots, [slotName]: { type: 'entity', text: slot.text, entity: one, how: 'synonym' } } };
  if (meant.length > 1 && meant.length <= MAX_OFFERED) return { ...match, slots: { ...match.slots, [slotName]: { type: 'ambiguous', text: slot.text, expected: 'device', candidates: meant, withPlaces: true } } };
  return match;
}
