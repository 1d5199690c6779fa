// What people call kinds of device ("lights", "thermostats", "fridge") and how a device of the graph is recognised as one:
// the curated synonym lexicon is data (lexicon/kinds.json, loaded by kindLexicon.ts; names read by kindsInNames.ts); this
// file reads a device's kinds from every field a real home uses: name and aliases ("Smart Refrigerator"),
// `type`/`category`/`device_type`, description and model, and capabilities.
import type { Entity } from '../../src-shared/protocol/entities';
import { aspectKindsOf, type AspectReading } from './aspectKinds';
import { waterHeatPump } from './waterHeatPump';
import { coldKindsOf } from './coldAppliance';
import { compoundModifierKinds } from './compoundKinds';
import { capabilitiesOf } from './capabilityLexicon';
import { reversibleHeatPump } from './reversibleHeatPump';
import { withoutDetectedHazards } from './detectedHazards';
import { coveredKinds, DEVICE_KINDS, KIND_BY_ID, kindForPhrase, type DeviceKind, type KindEvidence } from './kindLexicon';
import { describingText } from './describedAs';
import { ACTS_ON, describedKinds, hanHeadOfName, headKindOfName, headOfName, openingKind } from './kindsInNames';
export { CAPABILITY_WORDS, canonicalCapability, capabilitiesOf } from './capabilityLexicon';
// The lexicon (kindLexicon.ts) and the reading of names (kindsInNames.ts) are said here too: callers import kinds from one place.
export { coveredKinds, DEVICE_KINDS, kindById, kindForPhrase, loadKinds, phraseKey, type DeviceKind, type KindEvidence } from './kindLexicon';
export { compoundKind, describedKinds, headKindOfName, headOfName, kindsNamedIn } from './kindsInNames';

const ALWAYS_BY_CAPABILITY = DEVICE_KINDS.filter((k) => k.alwaysByCapability);

export function deviceType(entity: Entity): string {
  const type = entity.content['type'] ?? entity.content['device_type'];
  return typeof type === 'string' ? type.toLowerCase() : '';
}

/** `type`, `device_type`, `category` and `device_class` values, lowercased with spaces as underscores. */
function typeValues(entity: Entity): string[] {
  const out: string[] = [];
  for (const field of ['type', 'device_type', 'category', 'device_class', 'kind']) {
    const v = entity.content[field];
    if (typeof v === 'string' && v.trim()) out.push(v.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  }
  // Windows and doors are often their own entity types, with nothing in the name that says so ("Burspråk").
  if (entity.entity_type !== 'device') out.push(entity.entity_type);
  return out;
}

function kindsOfType(type: string): DeviceKind[] {
  return DEVICE_KINDS.filter((k) => !k.aspect && k.types.includes(type) || k.typeSuffixes.some((s) => type.endsWith(s)));
}

/**
 * Every kind a device is, with the strongest evidence for each. Broad types ("climate") only add themselves. Ranked:
 * name/alias, then a specific type, then what the export says the device is (its `description` or `model`: "built-in
 * dishwasher", "Hub 2 Plus alarm panel", "1PM (extractor fan)"), then capabilities; a kind word only found inside
 * a compound name word is the weakest and is dropped when anything else says what the device is.
 */
export function kindsOfEntity(entity: Entity): Map<string, KindEvidence> {
  const found = new Map<string, KindEvidence>();
  const inside = new Set<string>();
  const add = (kind: DeviceKind | undefined, why: KindEvidence): void => {
    // A kind inside a compound name word ("Klimatistiko": "klima") stays once other data says it again ("aircon").
    if (kind && inside.has(kind.id) && why !== 'name' && why !== 'alias') inside.delete(kind.id);
    if (kind && !found.has(kind.id)) found.set(kind.id, why);
  };
  const addName = (text: string, why: KindEvidence): void => {
    // "小萱冷氣": a name in Chinese characters says its kind last, without a space (kindsInNames.ts).
    const hanKind = hanHeadOfName(text);
    const head = headOfName(text) ?? (hanKind ? { kind: hanKind, inside: false } : undefined);
    if (!head || found.has(head.kind.id)) return;
    add(head.kind, why);
    if (head.inside) inside.add(head.kind.id);
  };
  addName(entity.name, 'name');
  const aliases = entity.content['aliases'];
  if (Array.isArray(aliases)) for (const a of aliases) if (typeof a === 'string') addName(a, 'alias');
  // A name that says what the device is ("Hue Brygga": a bridge) is not overruled by a type of its product family
  // ("lighting"): the type only adds broad families then, or the kind the name already said.
  const named = hasSpecific(found, inside);
  for (const type of typeValues(entity)) {
    for (const kind of kindsOfType(type)) if (!named || kind.includes.length > 0 || entity.entity_type !== 'device') add(kind, 'type');
  }
  if (named) namedForWhatItServes(entity, found);
  // The description and model often say what the name doesn't ("built-in dishwasher", "Smart Speaker 500"); each
  // part counts ("P110 smart plug (desk lamp)" is a plug that is the desk lamp).
  if (!hasSpecific(found, inside)) {
    for (const [field, why] of [['description', 'description'], ['model', 'model']] as const) {
      const text = field === 'description' ? describingText(entity) : entity.content[field];
      if (typeof text === 'string') for (const kind of describedKinds(text)) add(kind, why);
    }
  }
  // A maker that only makes one kind of thing ("Ecobee", "Roborock") is the last word before capabilities.
  const maker = entity.content['manufacturer'];
  if (!hasSpecific(found, inside) && typeof maker === 'string') add(headKindOfName(maker), 'model');
  if (!hasSpecific(found, inside)) {
    const caps = capabilitiesOf(entity);
    // A camera that detects motion is a camera: sensing is a feature of a device something else says it is.
    const byCapability = withoutDetectedHazards(DEVICE_KINDS.filter((kind) => !kind.aspect && kind.capabilities.some((c) => caps.includes(c)) || kind.capabilitySets.some((set) => set.every((c) => caps.includes(c)))), caps);
    const sensors = sensorKinds();
    const other = byCapability.some((k) => !sensors.has(k.id));
    for (const kind of byCapability) if (!other || !sensors.has(kind.id)) add(kind, 'capability');
  }
  for (const kind of ALWAYS_BY_CAPABILITY) if (!found.has(kind.id) && kind.capabilities.some((c) => capabilitiesOf(entity).includes(c))) add(kind, 'capability');
  // "Saunamaja lukk" (a lock of the sauna house) is not a sauna heater once its model or capability says lock.
  if (inside.size > 0 && hasSpecific(found, inside)) for (const id of inside) found.delete(id);
  for (const [kind, why] of aspectKindsOf(entity, typeValues(entity), ASPECT_READING)) add(kind, why);
  if (entity.entity_type === 'device') for (const kind of compoundModifierKinds(entity, capabilitiesOf(entity), kindForPhrase)) add(kind, 'description');
  for (const read of [waterHeatPump, reversibleHeatPump]) read(entity, capabilitiesOf(entity), found); // water heater; heat pump that heats
  // What it reads says what it is before what a capability guesses ("temperature_monitoring" of a fridge); only an
  // appliance or a device nothing classifies (a door sensor in a cold shed is no fridge).
  const cold = coldKindsOf(entity, [...found].some(([id, why]) => why !== 'capability' && id !== 'appliance'));
  if (cold.length > 0) for (const [id, why] of [...found]) if (why === 'capability' && sensorKinds().has(id)) found.delete(id);
  for (const id of cold) if (!found.has(id)) found.set(id, 'reading');
  return found;
}

/**
 * A name that says what the device serves, not what it is: "Mia's fairy lights", type switch, described "smart plug
 * for Mia's fairy lights" (a plug named after what it powers); "Vuotovahti astianpesukone", type sensor, model "Water
 * Leak Sensor T1" (a leak sensor named after the dishwasher it sits under). When the type and the description or model
 * agree on what the device is, the name's kind is what it serves: a specific type said again by the description, or
 * a family type (sensor) holding the described kind while the name's kind is of another family (appliance).
 */
function namedForWhatItServes(entity: Entity, found: Map<string, KindEvidence>): void {
  if (entity.entity_type !== 'device') return;
  const typeKinds = typeValues(entity).flatMap(kindsOfType);
  const said: Array<[DeviceKind, KindEvidence]> = [];
  for (const field of ['description', 'model'] as const) {
    const text = entity.content[field];
    if (typeof text !== 'string') continue;
    const opening = field === 'description' ? openingKind(text) : undefined;
    for (const kind of [...(opening ? [opening] : []), ...describedKinds(text)]) said.push([kind, field]);
  }
  const named = [...found].filter(([, why]) => why === 'name' || why === 'alias').map(([id]) => id);
  for (const [kind, why] of said) {
    if (kind.includes.length > 0 || named.includes(kind.id)) continue;
    const sameType = typeKinds.includes(kind) && typeKinds.every((t) => t.includes.length === 0);
    const family = typeKinds.find((t) => t.includes.length > 0 && coveredKinds(t).has(kind.id));
    const nameOfOtherFamily = family !== undefined && named.every((id) => !coveredKinds(family).has(id) && DEVICE_KINDS.some((f) => f !== family && f.includes.includes(id)));
    if (!sameType && !nameOfOtherFamily) continue;
    for (const id of named) found.delete(id);
    found.set(kind.id, why);
    return;
  }
}

/** The sensor kinds (motion, leak, humidity …), computed on first use (the lexicon is loaded by then). */
let sensorFamily: Set<string> | undefined;
function sensorKinds(): Set<string> {
  const sensor = KIND_BY_ID.get('sensor');
  sensorFamily ??= sensor ? coveredKinds(sensor) : new Set();
  return sensorFamily;
}

/** How aspect kinds are read: after their phrase, a kind word other than a climate kind names another thing. */
const ASPECT_READING: AspectReading = {
  kinds: DEVICE_KINDS.filter((k) => k.aspect),
  actsOn: ACTS_ON,
  namesOtherThing: (keys) => {
    const kind = keys.length > 0 ? headOfName(keys.join(' '))?.kind : undefined;
    const climate = KIND_BY_ID.get('climate');
    return kind !== undefined && !(climate && coveredKinds(climate).has(kind.id));
  },
};

/** The narrow kinds (no family) the export's own type fields say ("fan", not "climate"). */
export function specificTypeKinds(entity: Entity): DeviceKind[] {
  return typeValues(entity).flatMap(kindsOfType).filter((k) => k.includes.length === 0);
}

/** A kind that covers no narrower kinds was found ("thermostat", not only "climate"), not only inside a compound. */
function hasSpecific(found: Map<string, KindEvidence>, inside: ReadonlySet<string> = new Set()): boolean {
  return [...found.keys()].some((id) => !inside.has(id) && (KIND_BY_ID.get(id)?.includes.length ?? 0) === 0);
}

/** Type-only check, kept for callers without a snapshot; prefer the snapshot's `kindMatch`. */
export function isOfKind(entity: Entity, kind: DeviceKind): boolean {
  if (entity.entity_type !== 'device') return false;
  const covered = coveredKinds(kind);
  return [...kindsOfEntity(entity).keys()].some((id) => covered.has(id));
}
