// Which devices answer "do we have a rain sensor" / "what can detect motion": the capability read with its kind word.
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, kindForPhrase, type DeviceKind } from './deviceKinds';
import { devicesOfKind, withPlace } from './answerSearch';
import { placeName } from './AnswerBuilder';
import { deviceDescribedAs } from './describedDevice';
import { otherReadings, readingPhrase } from './deviceReadings';
import { stateOf, type IntentAnswerInput } from './IntentAnswerInput';
import { askedFields } from './fieldMeanings';
import { tokenize } from './normalizeText';
import { cachedMembers, isEveryDevice } from './kindMembers';
import { capabilityReading } from './stateQuantities';
import { levelOnlyMeasured } from './measuredLevel';

/**
 * A capability phrase ending in a kind word ("rain_sensor", "leak_detector") is also the kind's own capability
 * ("rain" on a sensor); devices of the asked kind with either count. When none of the kind has it, a device of
 * another kind that lists the capability itself (a roof window "with a rain sensor") is still an answer, never a "none".
 */
export async function devicesWithCapability(input: IntentAnswerInput, capability: string, kind: DeviceKind | undefined, place: Entity | undefined): Promise<Entity[]> {
  const parts = capability.split('_');
  const stem = parts.length > 1 && kindForPhrase(parts[parts.length - 1] ?? '') ? parts.slice(0, -1).join('_') : undefined;
  // A tank's measured "level" is no dimmer (measuredLevel.ts).
  const has = (d: Entity, wanted: readonly (string | undefined)[]): boolean => capabilitiesOf(d).some((c) => wanted.includes(c)) && !(wanted.includes('dimming') && levelOnlyMeasured(d));
  // Over the whole home, the devices with a capability are read once per snapshot.
  const able = (devices: Entity[], wanted: readonly (string | undefined)[]): Entity[] =>
    isEveryDevice(input.snapshot, devices) ? [...cachedMembers(input.snapshot, `can ${wanted.join(' or ')}`, (d) => has(d, wanted))] : devices.filter((d) => has(d, wanted));
  const ofKind = able(await devicesOfKind(input, kind, place), [capability, stem]);
  if (ofKind.length > 0 || !kind) return ofKind;
  return able(await devicesOfKind(input, undefined, place), [capability]);
}

/**
 * No device lists the capability: before "no device can", the one device the question's words describe ("overhead tank
 * level" for "Overhead tank level sensor", whose "overhead tank" also named the room it is said to be in) answers with
 * what it reads; then devices elsewhere in the home with the capability, when a place narrowed it to none.
 */
export async function capabilityNone(input: IntentAnswerInput, capability: { text: string; value: string }, kind: DeviceKind | undefined, place: Entity | undefined): Promise<string> {
  const label = capability.value.replace(/_/g, ' ');
  const placeSlot = input.match.slots['place'];
  const said = [...new Set([...(placeSlot?.type === 'entity' ? tokenize(placeSlot.text) : []), ...tokenize(capability.text)].map((t) => t.key))];
  const described = deviceDescribedAs(input.snapshot, said.map((key) => ({ text: key, key })));
  if (described && described.entity_type === 'device') {
    input.answer.cite(described);
    // The state fields the words ask about ("level"), else what its capabilities read, else its first readings.
    const asked = [...new Set([...askedFields(described, said), ...Object.entries(stateOf(described)).filter(([field]) => said.includes(field.toLowerCase())).map(([field, value]) => ({ phrase: readingPhrase(field, value) }))]
      .map((f) => f.phrase).filter((p): p is string => p !== undefined))];
    const readings = capabilitiesOf(described).map((c) => capabilityReading(described, c)).filter((r): r is string => r !== undefined);
    const read = asked.length > 0 ? asked : readings.length > 0 ? readings : otherReadings(described).slice(0, 3);
    return `${withPlace(input, described)}${read.length > 0 ? `: ${read.join(', ')}` : ''}.`;
  }
  const where = place && place.entity_type !== 'home' ? ` in ${placeName(place)}` : '';
  const elsewhere = where ? await devicesWithCapability(input, capability.value, kind, undefined) : [];
  if (elsewhere.length === 0) return `No device${where || ' in this home'} can ${capability.text} (${label}).`;
  input.answer.cite(...elsewhere);
  const lines = elsewhere.map((d) => {
    const reading = capabilityReading(d, capability.value);
    return reading ? `${withPlace(input, d)}: ${reading}` : withPlace(input, d);
  });
  return `No device${where} supports ${label}; elsewhere in the home: ${lines.join('; ')}.`;
}
