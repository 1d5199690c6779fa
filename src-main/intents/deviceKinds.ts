// What people call kinds of device ("lights", "thermostats", "fridge") and how a device of the graph is recognised as one:
// the curated synonym lexicon is data (lexicon/kinds.json); this file loads it and reads a device's kinds from every field
// a real home uses: name and aliases ("Smart Refrigerator"), `type`/`category`/`device_type`, and capabilities.
import { z } from 'zod';
import type { Entity } from '../../src-shared/protocol/entities';
import lexicon from './lexicon/kinds.json';
import { firstKindIn, withLanguageKinds, writtenHeadFirst } from './languages/languageKinds';
import { aspectKindsOf, type AspectReading } from './aspectKinds';
import { waterHeatPump } from './waterHeatPump';
import { coldKindsOf } from './coldAppliance';
import { DESCRIPTION_HEAD_CHARS } from './describedAs';
import { compoundModifierKinds } from './compoundKinds';
import { THAI, thaiKindPhrase, tokenize } from './normalizeText';
import { withoutModifierUse } from './modifierWords';
import { capabilitiesOf } from './capabilityLexicon';
import { reversibleHeatPump } from './reversibleHeatPump';
import { withoutDetectedHazards } from './detectedHazards';
import { partBeforeDash } from './dashedNames';
import { headBeforeOf } from './romanceHead';
export { CAPABILITY_WORDS, canonicalCapability, capabilitiesOf } from './capabilityLexicon';

export interface DeviceKind {
  id: string;
  /** For answers: "light" / "lights". */
  singular: string;
  plural: string;
  /** Phrases people use, matched after normalisation (so plurals and UK spellings come for free). */
  phrases: readonly string[];
  /** `type`/`category`/`device_type` values that mean this kind. */
  types: readonly string[];
  /** Type values ending like this also count ("door_sensor" is a sensor). */
  typeSuffixes: readonly string[];
  /** Capabilities that, when nothing else says what a device is, suggest this kind. */
  capabilities: readonly string[];
  /** Sets of capabilities that together suggest this kind (temperature control + fan speed: an air conditioner). */
  capabilitySets: ReadonlyArray<readonly string[]>;
  /** Narrower kinds this one covers (every motion sensor is a sensor; a thermostat is a climate device). */
  includes: readonly string[];
  // Narrower kinds counted with this one although it is a kind of its own, not a broad family (a radiator valve is a
  // thermostat too): a device of this kind is still specific, so its name is not overruled.
  covers: readonly string[];
  // Its capabilities add the kind even to a device something else names (a smoke alarm that also senses CO is a
  // carbon monoxide detector too): safety sensing that no "none" may miss.
  alwaysByCapability: boolean;
  /**
   * A kind a device is besides what it is otherwise (a heat pump is an air conditioner or a heater too): its phrases
   * name it in questions, while a device keeps the kind its name gave it before and gains this one (aspectKinds.ts).
   */
  aspect: boolean;
}

/** Why a device counts as a kind, shown next to it when its name does not make it obvious. */
export type KindEvidence = 'name' | 'alias' | 'type' | 'model' | 'description' | 'capability' | 'reading';

const kindSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  singular: z.string().min(1),
  plural: z.string().min(1),
  phrases: z.array(z.string().min(1)).min(1),
  types: z.array(z.string()),
  typeSuffixes: z.array(z.string()).optional(),
  capabilities: z.array(z.string()).optional(),
  capabilitySets: z.array(z.array(z.string()).min(1)).optional(),
  includes: z.array(z.string()).optional(),
  covers: z.array(z.string()).optional(),
  alwaysByCapability: z.boolean().optional(),
  aspect: z.boolean().optional(),
}).strict();

export function loadKinds(raw: unknown): DeviceKind[] {
  const parsed = z.object({ kinds: z.array(kindSchema).min(1) }).strict().parse(raw);
  const ids = new Set(parsed.kinds.map((k) => k.id));
  for (const k of parsed.kinds) {
    for (const inc of [...(k.includes ?? []), ...(k.covers ?? [])]) if (!ids.has(inc)) throw new Error(`Kind "${k.id}" includes unknown kind "${inc}"`);
  }
  return parsed.kinds.map((k) => ({ ...k, typeSuffixes: k.typeSuffixes ?? [], capabilities: k.capabilities ?? [], capabilitySets: k.capabilitySets ?? [], includes: k.includes ?? [], covers: k.covers ?? [], alwaysByCapability: k.alwaysByCapability ?? false, aspect: k.aspect ?? false }));
}

export const DEVICE_KINDS: readonly DeviceKind[] = loadKinds(withLanguageKinds(lexicon));

const KIND_BY_ID = new Map(DEVICE_KINDS.map((k) => [k.id, k]));
const ALWAYS_BY_CAPABILITY = DEVICE_KINDS.filter((k) => k.alwaysByCapability);
/** What a device's own words make it: aspect kinds are left out here, so a device keeps the kind its name gives. */
const KIND_BY_PHRASE = new Map<string, DeviceKind>();
for (const kind of DEVICE_KINDS) {
  if (kind.aspect) continue;
  for (const phrase of kind.phrases) if (!KIND_BY_PHRASE.has(phraseKey(phrase))) KIND_BY_PHRASE.set(phraseKey(phrase), kind);
}
/** What a question's words name: an aspect kind's phrases first ("the heat pump" asks for heat pumps). */
const ASKED_KIND_BY_PHRASE = new Map<string, DeviceKind>();
for (const kind of DEVICE_KINDS) {
  if (kind.aspect) for (const phrase of kind.phrases) if (!ASKED_KIND_BY_PHRASE.has(phraseKey(phrase))) ASKED_KIND_BY_PHRASE.set(phraseKey(phrase), kind);
}
for (const [key, kind] of KIND_BY_PHRASE) if (!ASKED_KIND_BY_PHRASE.has(key)) ASKED_KIND_BY_PHRASE.set(key, kind);
const LONGEST_PHRASE = Math.max(...[...ASKED_KIND_BY_PHRASE.keys()].map((k) => k.split(' ').length));
/**
 * One-word kind phrases that may sit inside a compound word ("Dachbodenkamera", "Heizkörperthermostat"): at least
 * 5 letters, so "cam" or "ofen" never fire inside unrelated words; a few that end common English words are left out.
 */
const COMPOUND_EXCLUDED = new Set(['prise', 'range', 'alarm', 'light', 'switch', 'smoke', 'shade', 'store']);
const COMPOUND_PARTS = [...KIND_BY_PHRASE.entries()].filter(([key]) => !key.includes(' ') && key.length >= 5 && !COMPOUND_EXCLUDED.has(key)).sort((a, b) => b[0].length - a[0].length);
/** A compound is the kind word plus at least this many letters ("orange" is not a "range"). */
const COMPOUND_MIN_EXTRA = 3;

export function phraseKey(text: string): string {
  return tokenize(text).map((t) => t.key).join(' ');
}

/** The kind a phrase names ("smoke detectors" → smoke_alarm), if any. */
export function kindForPhrase(keys: string): DeviceKind | undefined { return ASKED_KIND_BY_PHRASE.get(keys); }

export const kindById = (id: string): DeviceKind | undefined => KIND_BY_ID.get(id);

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
 * The head kind of a name: the rightmost kind phrase, longest first ("Kitchen Light Switch" is a switch, "Front Door
 * Contact Sensor" a contact sensor, "Mitsubishi PAR-42MAA Thermostat" a thermostat).
 */
export function headKindOfName(name: string): DeviceKind | undefined {
  return headOfName(name)?.kind;
}

/**
 * The head kind of a name and how it was found: a whole kind word, or a kind word inside a compound word — at its
 * end ("Heizkörperthermostat", the head of the compound) or only inside it ("Saunamaja", a sauna *house*), which is
 * a modifier at best and yields to any other evidence. A Thai name says its kind first ("แอร์ห้องยาย", thaiSegments.ts).
 */
export function headOfName(name: string): { kind: DeviceKind; inside: boolean; weak?: boolean } | undefined {
  const thai = THAI.test(name) ? KIND_BY_PHRASE.get(phraseKey(thaiKindPhrase(name) ?? '')) : undefined;
  if (thai) return { kind: thai, inside: false };
  const before = partBeforeDash(name); // "Trail cam - north gate" is a camera (dashedNames.ts)
  if (before && headOfName(before)) return headOfName(before);
  const keys = tokenize(name).map((t) => t.key);
  const first = writtenHeadFirst(name) ? firstKindIn(keys, KIND_BY_PHRASE, WEAK_HEADS, LONGEST_PHRASE) : undefined;
  if (first) return { kind: first, inside: false };
  let weak: DeviceKind | undefined;
  for (let end = keys.length; end > 0; end--) {
    for (let len = Math.min(LONGEST_PHRASE, end); len >= 1; len--) {
      const phrase = keys.slice(end - len, end).join(' ');
      const kind = KIND_BY_PHRASE.get(phrase);
      if (!kind) continue;
      // "Tondeuse Robot": a word that only guesses the kind yields to a real kind word elsewhere in the name.
      if (WEAK_HEADS.has(phrase)) {
        weak ??= kind;
        end -= len - 1;
        break;
      }
      // "Cámara del portón": the kind said before the "de" is the head (romanceHead.ts).
      return { kind: headBeforeOf(keys, end - len, (p) => (WEAK_HEADS.has(p) ? undefined : KIND_BY_PHRASE.get(p)), (k) => k.includes.length === 0, LONGEST_PHRASE) ?? kind, inside: false };
    }
  }
  const compound = compoundPart(keys);
  if (compound) return compound;
  return weak ? { kind: weak, inside: false, weak: true } : undefined;
}

/** Every kind a text names anywhere, with the words that name it ("clean the mini-split filters" → air conditioner). */
export function kindsNamedIn(text: string): Map<string, string[]> {
  const keys = tokenize(text).map((t) => t.key);
  const out = new Map<string, string[]>();
  for (let start = 0; start < keys.length; start++) {
    for (let len = Math.min(LONGEST_PHRASE, keys.length - start); len >= 1; len--) {
      const words = keys.slice(start, start + len);
      const kind = ASKED_KIND_BY_PHRASE.get(words.join(' '));
      if (kind && !WEAK_HEADS.has(words.join(' '))) {
        out.set(kind.id, [...(out.get(kind.id) ?? []), ...words]);
        start += len - 1;
        break;
      }
    }
  }
  return out;
}

/** Kind phrases that only guess ("the robot" is usually the vacuum), used when the name has no other kind word. */
const WEAK_HEADS = new Set(['robot', 'car', 'mesh', 'range', 'cam']);

/**
 * The kind inside a compound name word, rightmost word first: a word ending in a kind word wins ("Badlautsprecher"),
 * then one containing it ("Kamerasystem"); the longest kind word first ("Heizkörperthermostat" is a thermostat).
 */
export function compoundKind(keys: readonly string[]): DeviceKind | undefined {
  return compoundPart(keys)?.kind;
}

function compoundPart(keys: readonly string[]): { kind: DeviceKind; inside: boolean } | undefined {
  for (const pass of ['suffix', 'inside'] as const) {
    for (let i = keys.length - 1; i >= 0; i--) {
      const word = keys[i] ?? '';
      if (word.length < 5 + COMPOUND_MIN_EXTRA) continue;
      for (const [part, kind] of COMPOUND_PARTS) {
        if (word.length < part.length + COMPOUND_MIN_EXTRA) continue;
        if (pass === 'suffix' ? word.endsWith(part) : word.includes(part)) return { kind, inside: pass === 'inside' };
      }
    }
  }
  return undefined;
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
    const head = headOfName(text);
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
      const text = entity.content[field];
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

/** The kind the first words of a description name ("smart plug the old shed fridge runs off" → switch). */
function openingKind(description: string): DeviceKind | undefined {
  const keys = tokenize(description.split(/[.!?,;:()/]/)[0] ?? '').map((t) => t.key);
  const start = ['a', 'an', 'the'].includes(keys[0] ?? '') ? 1 : 0;
  for (let len = Math.min(LONGEST_PHRASE, keys.length - start); len >= 1; len--) {
    const kind = KIND_BY_PHRASE.get(keys.slice(start, start + len).join(' '));
    if (kind) return kind;
  }
  return undefined;
}

/** The sensor kinds (motion, leak, humidity …), computed on first use (the lexicon is loaded by then). */
let sensorFamily: Set<string> | undefined;
function sensorKinds(): Set<string> {
  const sensor = KIND_BY_ID.get('sensor');
  sensorFamily ??= sensor ? coveredKinds(sensor) : new Set();
  return sensorFamily;
}

/** A description part that opens with what the device does names what it acts on, not what it is. */
const ACTS_ON = /^(controls?|monitors?|detects?|measures?|runs?|powers?|opens?|closes?|turns?|switch(es)?|watch(es)?|covers?|feeds?|drives?|operates?|triggers?|dims?|buzz(es)?|rings|unlocks|heats|cools|charges|serves|supplies|used|connected|linked|plugged|paired|mounted|located|installed|replaces?|replaced)\b/i;

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

/**
 * The kinds a description or model names by their head nouns: each part ("air-to-air heat pump / air conditioner",
 * "1PM (extractor fan)") up to a preposition ("plug for the kettle" is a plug), its rightmost kind phrase; a part
 * that opens with one ("under the dishwasher") says where the device is, not what it is.
 */
export function describedKinds(text: string): DeviceKind[] {
  const first = (text.split(/[.!?](?:\s|$)|\n/)[0] ?? '').slice(0, DESCRIPTION_HEAD_CHARS);
  const out: DeviceKind[] = [];
  // A clause opening with what the device does ("video intercom, buzzes the door and the gate") names what it acts on;
  // a later clause with a verb ("wood fireplace, only the blower fan is smart") speaks of a part of it.
  const clauses = first.split(/[/,;:()|&+]| - /).filter((c, i) => !ACTS_ON.test(c.trim()) && (i === 0 || !/\b(is|are|was|were)\b/i.test(c)));
  const parts = clauses.flatMap((c) => c.split(/ and | or /));
  // "food processor / kitchen robot": a word that only guesses ("robot") is no evidence next to other words that say
  // what the device is, even when those are no kind of ours.
  const described = parts.filter((p) => /\p{L}{3}/u.test(p)).length;
  for (const part of parts) {
    // "for" in the other languages too: "la planta, para cuando se va la luz" is no light (what it is for, not what it is).
    const head = part.trim().split(/(?:^|\s)(?:for|with|from|by|of|in|on|at|to|near|under|behind|next|above|below|beside|para|pour|per|für|voor|för|dla)\s/i)[0] ?? '';
    // "Controls the lights in the hall" says what the device acts on, not what it is.
    if (ACTS_ON.test(head.trim())) continue;
    const kind = headOfName(withoutModifierUse(head, (p) => KIND_BY_PHRASE.has(p)));
    if (kind?.weak && described > 1) continue;
    if (kind && !kind.inside && !out.includes(kind.kind)) out.push(kind.kind);
  }
  return out;
}

/** A kind that covers no narrower kinds was found ("thermostat", not only "climate"), not only inside a compound. */
function hasSpecific(found: Map<string, KindEvidence>, inside: ReadonlySet<string> = new Set()): boolean {
  return [...found.keys()].some((id) => !inside.has(id) && (KIND_BY_ID.get(id)?.includes.length ?? 0) === 0);
}

/** The lexicon is fixed at load, so what a kind covers is computed once per kind. */
const COVERED = new Map<string, Set<string>>();

/** Kind ids a kind covers, itself included (transitively: "security" → "lock", "camera", …). */
export function coveredKinds(kind: DeviceKind): Set<string> {
  const known = COVERED.get(kind.id);
  if (known) return known;
  const out = new Set<string>([kind.id]);
  COVERED.set(kind.id, out);
  const stack = [...kind.includes, ...kind.covers];
  while (stack.length) {
    const id = stack.pop() ?? '';
    if (out.has(id)) continue;
    out.add(id);
    const inner = KIND_BY_ID.get(id);
    stack.push(...(inner?.includes ?? []), ...(inner?.covers ?? []));
  }
  return out;
}

/** Type-only check, kept for callers without a snapshot; prefer the snapshot's `kindMatch`. */
export function isOfKind(entity: Entity, kind: DeviceKind): boolean {
  if (entity.entity_type !== 'device') return false;
  const covered = coveredKinds(kind);
  return [...kindsOfEntity(entity).keys()].some((id) => covered.has(id));
}
