// Readings of a quantity ("what temperature is it inside?", "how much power is the plug drawing") across devices,
// whatever each exporter calls its fields; an outdoor place answers with the outdoor figures taken elsewhere.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames } from './AnswerBuilder';
import { capitalsOf, withFreshness } from './answerText';
import { devicesOfKind, noneOfKind } from './answerSearch';
import { readingPhrase } from './deviceReadings';
import { devicesWithin } from './placeClaims';
import { entitySlot, inScope, type IntentAnswerInput } from './IntentAnswerInput';
import { asksQuantity, measured, quantityLabel, readingsOf, type FieldReading, type Quantity } from './stateQuantities';
import { isOutdoorPlace, outdoorFieldReadings } from './outdoorReadings';
import { askedFields, fieldLabel } from './fieldMeanings';
import { weakerEvidence } from './noneGuard';
import { hedgedReadings } from './unreadReadings';
import { devicesNamedForPlace } from './readingsNamedForPlace';
import { alsoCalledPlaces, devicesAt } from './placeAlsoCalled';
import { readingsThereUnnamed } from './readingsThereUnnamed';

/**
 * "what temperature is it inside?" / "how humid is the bathroom": every measured reading of that quantity, whatever
 * the field is called (`current` on a thermostat, `humidity` on a fan), with the field when its name isn't the
 * quantity. With nothing measured, what the devices are set to is said instead of "no device reports it".
 */
export async function readings(input: IntentAnswerInput): Promise<string> {
  // "boiler temp?": the readings of that kind's devices, never the whole home's; with none classified so, those the
  // none guard says may be one ("hot water tank temperature?" → the heat pump described with a tank), after the hedge.
  const kindSlot = input.match.slots['kind'];
  // "outside temp": the one device named outside that measures it (outsideNamedReading.ts).
  const device = entitySlot(input.match, 'device');
  if (device) return readingsWithin(input, new Set([device.id]));
  if (kindSlot?.type !== 'kind') return readingsWithin(input, undefined);
  const place = entitySlot(input.match, 'place');
  const ofKind = await devicesOfKind(input, kindSlot.kind, place);
  if (ofKind.length > 0) return readingsWithin(input, new Set(ofKind.map((d) => d.id)));
  const none = await noneOfKind(input, kindSlot.kind, place, `This home has no ${kindSlot.kind.plural}.`);
  const pool = place && place.entity_type !== 'home' ? devicesWithin(input.snapshot, place) : input.snapshot.devices;
  const maybe = weakerEvidence(input.snapshot, kindSlot.kind, pool).maybe.map((m) => m.device.id);
  if (maybe.length === 0 || maybe.length > 4) return none;
  return `${none}\n${await readingsWithin(input, new Set(maybe))}`;
}

async function readingsWithin(input: IntentAnswerInput, ofKind: ReadonlySet<string> | undefined): Promise<string> {
  const slot = input.match.slots['quantity'];
  const quantity: Quantity = slot?.type === 'text' && isQuantity(slot.text) ? slot.text : 'temperature';
  const label = quantityLabel(quantity);
  const place = entitySlot(input.match, 'place');
  const within = place && place.entity_type !== 'home' ? (d: Entity): boolean => {
    const at = input.snapshot.placeOfDevice.get(d.id);
    return at?.id === place.id || input.snapshot.parentOfPlace.get(at?.id ?? '')?.id === place.id;
  } : (): boolean => true;
  const scoped = inScope(input, input.snapshot.devices).filter((d) => within(d) && (!ofKind || ofKind.has(d.id)));
  const where = (d: Entity): string => {
    const at = input.snapshot.placeOfDevice.get(d.id);
    return at ? ` (${at.name})` : '';
  };
  // A field the question names ("tank" of `dhw_tank_c`) before the plainest one ("outdoor_temp").
  const reading = (d: Entity): FieldReading | undefined => {
    const asked = new Set(askedFields(d, input.match.words.filter((w) => !QUANTITY_NAMES.has(w))).map((f) => f.field));
    return readingsOf(d, quantity).find((r) => r.role === 'measured' && asked.has(r.field)) ?? measured(d, quantity);
  };
  const within0 = scoped.map((d) => ({ d, r: reading(d) })).filter((x): x is { d: Entity; r: FieldReading } => x.r !== undefined);
  // None in the room: the devices named for it that stand elsewhere ("Controlador de la piscina"; namedForPlace.ts).
  const namedFor = within0.length === 0 && place && !ofKind && !input.scope ? devicesNamedForPlace(input.snapshot, place) : [];
  const all = within0.length > 0 ? within0 : namedFor.map((d) => ({ d, r: reading(d) })).filter((x): x is { d: Entity; r: FieldReading } => x.r !== undefined);
  // "what's the co2": the devices that measure that one, when some do; "what's the air like": all of them.
  const named = quantity === 'air_quality' ? all.filter((x) => askedFields(x.d, input.match.words).length > 0) : [];
  const measuredBy = named.length > 0 ? named : all;
  if (measuredBy.length > 0) {
    input.answer.cite(place, ...measuredBy.map((x) => x.d));
    // Air quality is several figures (CO2, PM2.5, VOC): each said by its name, the one asked first.
    const lines = quantity === 'air_quality'
      ? measuredBy.map(({ d }) => `${d.name}${where(d)}: ${airReadings(d, input.match.words)}`)
      : measuredBy.map(({ d, r }) => `${d.name}${where(d)}: ${[r, ...alsoMeasured(d, r)].map((x) => `${x.value}${x.unit}${fieldNote(x, quantity)}`).join(', ')}`);
    return withFreshness(`${capitalsOf(label)}: ${joinNames(lines)}.`, input.context.freshness.label);
  }
  const outside = measuredBy.length === 0 ? outdoorAnswer(input, place, quantity) : undefined;
  if (outside) return outside;
  // "the water temp on the roof" with two roofs: the other one the home calls so, when it has it (placeAlsoCalled.ts).
  const also = place && !ofKind ? inScope(input, devicesAt(input.snapshot, alsoCalledPlaces(input, place))) : [];
  const alsoRead = also.map((d) => ({ d, r: reading(d) })).filter((x): x is { d: Entity; r: FieldReading } => x.r !== undefined);
  if (place && alsoRead.length > 0) {
    input.answer.cite(place, ...alsoRead.map((x) => x.d));
    const lines = alsoRead.map(({ d, r }) => `${d.name}${where(d)}: ${r.value}${r.unit}${fieldNote(r, quantity)}`);
    return withFreshness(`No device in ${place.name} reports the ${label}; ${joinNames(lines)}.`, input.context.freshness.label);
  }
  const setBy = scoped.flatMap((d) => readingsOf(d, quantity).filter((r) => r.role === 'setpoint').map((r) => ({ d, r })));
  input.answer.cite(place, ...setBy.map((x) => x.d));
  const here = place ? ` in ${place.name}` : '';
  if (setBy.length > 0) {
    const lines = setBy.map(({ d, r }) => `${d.name}${where(d)} is set to ${r.value}${r.unit} (${r.field})`);
    return withFreshness(`I have no measured ${label}${here}; ${joinNames(lines)}.`, input.context.freshness.label);
  }
  const unread = hedgedReadings(scoped, quantity, `reading${here} is the ${label}`);
  if (unread) input.answer.cite(...unread.devices);
  if (unread) return withFreshness(unread.text, input.context.freshness.label);
  // "and kayla's room?" after a reading of a device elsewhere: the room's devices are named, so the answer shows what
  // is there (and whoever asked what is in it is answered) instead of a bare none.
  const there = place && place.entity_type === 'room' && scoped.length > 0 && scoped.length <= NAMED_THERE ? scoped : [];
  // "kam mazout ba2i bel cave": no measure was said, so the temperature was only a guess; what they read is said.
  const read = quantity === 'temperature' && !asksQuantity(new Set(input.match.words)) && place ? readingsThereUnnamed(there, input.match.words, place) : [];
  input.answer.cite(place, ...read.map((x) => x.device));
  if (read.length > 0) return withFreshness(`I'm not sure which reading in ${place?.name ?? 'there'} you mean; what the devices there read: ${read.map((x) => x.line).join('; ')}.`, input.context.freshness.label);
  input.answer.cite(...there);
  const listed = there.length > 0 ? `; ${there.length === 1 ? 'the device there is' : 'the devices there are'} ${joinNames(there.map((d) => d.name))}` : '';
  return withFreshness(`No device${here} reports the ${label}${listed}.`, input.context.freshness.label);
}

/** Up to how many devices of a room a reading none of them reports names. */
const NAMED_THERE = 8;

/** Words that only name the quantity asked: they pick no field of it. */
const QUANTITY_NAMES = new Set(['temperature', 'temp', 'humidity', 'power', 'energy', 'quality', 'reading']);

/** "CO2 980 ppm, PM2.5 12": every air-quality field of a device in words, those the question names first. */
function airReadings(device: Entity, words: readonly string[]): string {
  const asked = new Set(askedFields(device, words).map((f) => f.field));
  const all = readingsOf(device, 'air_quality').filter((r) => r.role === 'measured');
  const ordered = [...all.filter((r) => asked.has(r.field)), ...all.filter((r) => !asked.has(r.field))];
  return ordered.map((r) => readingPhrase(r.field, r.value) ?? `${r.field} ${r.value}`).join(', ');
}

/** " (field current)": the field is named when it isn't called after the quantity, so the answer can be checked. */
/** The outdoor place's reading taken by a device elsewhere whose field says outdoors (a heat pump's `outdoor_temp`). */
export function outdoorAnswer(input: IntentAnswerInput, place: Entity | undefined, quantity: Quantity): string | undefined {
  const itself = isOutdoorPlace(place, input.match.words);
  // A garden in the outdoor zone: nothing there measures it, which is said before the outdoor figure.
  if (!itself && !(place && isOutdoorPlace(input.snapshot.parentOfPlace.get(place.id), []))) return undefined;
  const found = outdoorFieldReadings(inScope(input, input.snapshot.devices), quantity);
  if (found.length === 0) return undefined;
  input.answer.cite(place, ...found.map((x) => x.d));
  const lines = found.map(({ d, r }) => `${d.name} reads ${fieldLabel(r.field).replace(/ (c|f)$/, '')} ${r.value}${r.unit}`);
  const head = itself || !place ? `Outside ${quantityLabel(quantity)}` : `No device in ${place.name} reports the ${quantityLabel(quantity)}; outside`;
  return withFreshness(`${head}: ${joinNames(lines)}.`, input.context.freshness.label);
}

/** A fridge freezer's `fridge` and `freezer`: the device's other readings of the quantity in the same unit. */
function alsoMeasured(device: Entity, shown: FieldReading): FieldReading[] {
  return readingsOf(device, shown.quantity).filter((r) => r.role === 'measured' && r.field !== shown.field && r.unit === shown.unit).slice(0, 3);
}

function fieldNote(r: FieldReading, quantity: Quantity): string {
  return r.field.toLowerCase().startsWith(quantity) ? '' : ` (${fieldLabel(r.field)})`;
}

function isQuantity(text: string): text is Quantity {
  return ['temperature', 'humidity', 'power', 'energy', 'air_quality', 'pressure'].includes(text);
}
