// Before the engine says "This home has no X" it looks for weaker evidence: a device whose name, model, type,
// capabilities or content text mention X (any language, inside compound words too), and devices whose kind could not
// be derived at all. A flat "none" is only said when every device is classified and nothing mentions X: a confident
// wrong "none" is the worst answer the app can give.
import type { Entity } from '../../src-shared/protocol/entities';
import { listOrSentence } from './AnswerBuilder';
import { coveredKinds, DEVICE_KINDS, kindById, kindsNamedIn, phraseKey, type DeviceKind, type KindEvidence } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { isEveryDevice, membersOfKind } from './kindMembers';

/** Whole phrases match anywhere; one-word phrases of this length or more also match inside longer words. */
const INSIDE_WORD_MIN = 5;
/** Unclassified devices listed by name; the rest are counted. */
const SHOWN = 12;

export interface WeakerEvidence {
  /** Devices that mention the kind somewhere other than where the kind is derived from, with the field. */
  maybe: Array<{ device: Entity; field: string }>;
  /**
   * Devices of which no kind could be derived, or only a broad family that covers the kind asked for (an "appliance"
   * named "Zmywarka" may well be the dishwasher).
   */
  unclassified: Entity[];
  /**
   * Devices the export types only as a family that covers the kind ("network"), whose narrower kind is our reading of
   * a product name ("Helix Fi gateway": a hub?): the export never said it is not the router asked for.
   */
  broadlyTyped: Array<{ device: Entity; family: DeviceKind }>;
}

/** Every phrase and type word of the kind and the kinds it covers, as phrase keys. */
function searchKeys(kind: DeviceKind): string[] {
  const covered = coveredKinds(kind);
  const keys = new Set<string>();
  for (const k of DEVICE_KINDS) {
    if (!covered.has(k.id)) continue;
    for (const p of k.phrases) keys.add(phraseKey(p));
    for (const t of k.types) keys.add(phraseKey(t.replace(/_/g, ' ')));
  }
  keys.delete('');
  return [...keys];
}

/**
 * Phrases of other kinds that hold one of the kind's words before their head noun ("cooker hood", "range hood" for an
 * oven's "cooker", "range"): a device saying one of them names that other kind, not a maybe of this one. A phrase
 * ending in the word ("sauna heater", "rice cooker") is still said a maybe. Per kind, from the fixed lexicon.
 */
const OTHER_COMPOUNDS = new Map<string, string[]>();

function otherCompounds(kind: DeviceKind, keys: readonly string[]): string[] {
  let known = OTHER_COMPOUNDS.get(kind.id);
  if (known) return known;
  const covered = coveredKinds(kind);
  const own = new Set(keys);
  known = [];
  for (const k of DEVICE_KINDS) {
    if (covered.has(k.id) || k.includes.length > 0) continue;
    for (const p of k.phrases) {
      const key = phraseKey(p);
      if (key.includes(' ') && !own.has(key) && keys.some((w) => ` ${key} `.includes(` ${w} `) && !` ${key}`.endsWith(` ${w}`))) known.push(key);
    }
  }
  known.sort((a, b) => b.length - a.length);
  OTHER_COMPOUNDS.set(kind.id, known);
  return known;
}

/** A padded phrase key without the other kinds' compounds. */
function withoutCompounds(key: string, compounds: readonly string[]): string {
  let out = key;
  for (const c of compounds) if (out.includes(` ${c} `)) out = out.split(` ${c} `).join('  ');
  return out;
}

/** `text` is a padded phrase key (" smart speaker 500 "). */
function mentions(key: string, keys: readonly string[], compounds: readonly string[] = []): boolean {
  if (key.trim() === '') return false;
  const text = compounds.length > 0 ? withoutCompounds(key, compounds) : key;
  return keys.some((k) => text.includes(` ${k} `) || (!k.includes(' ') && k.length >= INSIDE_WORD_MIN && text.includes(k)));
}

/** Entities are immutable values, so a device's searchable fields are normalised once (20 000 devices per "none"). */
const FIELD_KEYS = new WeakMap<Entity, { fields: Array<[string, string]>; all: string }>();

function fieldKeysOf(device: Entity): { fields: Array<[string, string]>; all: string } {
  const known = FIELD_KEYS.get(device);
  if (known) return known;
  const fields = fieldsOf(device).map(([field, text]): [string, string] => [field, ` ${phraseKey(text)} `]);
  const keyed = { fields, all: fields.map(([, key]) => key).join(' ') };
  FIELD_KEYS.set(device, keyed);
  return keyed;
}

/** The text fields of a device worth searching, by field name (strings and string lists, one level deep). */
function fieldsOf(device: Entity): Array<[string, string]> {
  const out: Array<[string, string]> = [['name', device.name]];
  for (const [field, value] of Object.entries(device.content)) {
    if (typeof value === 'string') out.push([field, field === 'capabilities' ? value : value.replace(/_/g, ' ')]);
    else if (Array.isArray(value)) {
      const words = value.filter((v): v is string => typeof v === 'string').map((v) => v.replace(/_/g, ' '));
      if (words.length) out.push([field, words.join(', ')]);
    }
  }
  return out;
}

/** Every device's searchable text in one string per snapshot: a kind no device mentions is ruled out at once. */
const HOME_TEXT = new WeakMap<HomeSnapshot, string>();

function homeText(snapshot: HomeSnapshot): string {
  let text = HOME_TEXT.get(snapshot);
  if (text === undefined) {
    text = snapshot.devices.map((d) => fieldKeysOf(d).all).join(' ');
    HOME_TEXT.set(snapshot, text);
  }
  return text;
}

/** The whole home's evidence per kind, per snapshot: "any baby monitors?" over 20 000 devices is read once. */
const HOME_EVIDENCE = new WeakMap<HomeSnapshot, Map<string, WeakerEvidence>>();

export function weakerEvidence(snapshot: HomeSnapshot, kind: DeviceKind, devices: readonly Entity[]): WeakerEvidence {
  if (!isEveryDevice(snapshot, devices)) return evidenceAmong(snapshot, kind, devices);
  let byKind = HOME_EVIDENCE.get(snapshot);
  if (!byKind) HOME_EVIDENCE.set(snapshot, (byKind = new Map()));
  let evidence = byKind.get(kind.id);
  if (!evidence) byKind.set(kind.id, (evidence = evidenceAmong(snapshot, kind, devices)));
  // Callers get their own lists; the cached ones stay as built.
  return { maybe: [...evidence.maybe], unclassified: [...evidence.unclassified], broadlyTyped: [...evidence.broadlyTyped] };
}

function evidenceAmong(snapshot: HomeSnapshot, kind: DeviceKind, devices: readonly Entity[]): WeakerEvidence {
  // Only the phrases some device mentions at all can be mentioned by one device (its text is part of the home's).
  const text = homeText(snapshot);
  const every = searchKeys(kind);
  const compounds = otherCompounds(kind, every);
  const keys = every.filter((k) => mentions(text, [k], compounds));
  const families = familiesCovering(kind);
  const familyMembers = membersOf(families);
  const anywhere = keys.length > 0;
  const maybe: WeakerEvidence['maybe'] = [];
  const unclassified: Entity[] = [];
  const broadlyTyped: WeakerEvidence['broadlyTyped'] = [];
  for (const device of devices) {
    // Most devices mention nothing: all fields are tested at once, and the field is only looked for on a hit.
    const { fields, all } = fieldKeysOf(device);
    const hit = anywhere && mentions(all, keys, compounds) ? fields.find(([, key]) => mentions(key, keys, compounds)) : undefined;
    const kinds = snapshot.kindsOfDevice.get(device.id);
    if (hit) maybe.push({ device, field: hit[0] });
    else if (onlyFamiliesOf(kinds, families, familyMembers)) unclassified.push(device);
    else {
      const family = typedOnlyAsFamily(kinds, families, familyMembers);
      if (family) broadlyTyped.push({ device, family });
    }
  }
  return { maybe, unclassified, broadlyTyped };
}

/**
 * Ids of the broad kinds ("appliance", "climate") that cover the kind, transitively. An aspect kind ("heat pump") is
 * also any kind that shares its phrases (an air conditioner or heater may be one), so their families count too.
 */
function familiesCovering(kind: DeviceKind): Set<string> {
  const asked = kind.aspect ? DEVICE_KINDS.filter((k) => k.id === kind.id || (!k.aspect && k.phrases.some((p) => kind.phrases.includes(p)))) : [kind];
  return new Set(DEVICE_KINDS.filter((k) => k.id !== kind.id && k.includes.length > 0 && asked.some((a) => coveredKinds(k).has(a.id))).map((k) => k.id));
}

/**
 * The family a device's `type` names ("network") when every narrower kind it has besides is only our reading of its
 * model or a capability, inside that family: the export typed it no more narrowly, so it may be the kind asked for.
 */
function typedOnlyAsFamily(kinds: ReadonlyMap<string, KindEvidence> | undefined, families: ReadonlySet<string>, familyMembers: ReadonlySet<string>): DeviceKind | undefined {
  if (!kinds) return undefined;
  let family: DeviceKind | undefined;
  for (const [id, why] of kinds) {
    if (families.has(id) && why === 'type') family ??= kindById(id);
    else if (!families.has(id) && (!['model', 'capability', 'reading'].includes(why) || !familyMembers.has(id))) return undefined;
  }
  return family;
}

/**
 * No kind at all, or nothing narrower than a family that could hold the kind asked for. A kind read only from a
 * capability ("volume" makes a speaker) is a guess, not a classification: a TV typed "entertainment" with a volume
 * capability may still be the TV asked for, so it does not rule the device out when it is also in such a family.
 */
function onlyFamiliesOf(kinds: ReadonlyMap<string, KindEvidence> | undefined, families: ReadonlySet<string>, familyMembers: ReadonlySet<string>): boolean {
  if (!kinds || kinds.size === 0) return true;
  let inFamily = false;
  let guessed = true;
  for (const [id, why] of kinds) {
    if (families.has(id)) inFamily = true;
    else if ((why !== 'capability' && why !== 'reading') || !familyMembers.has(id)) guessed = false;
  }
  return guessed && inFamily;
}

/** The kinds in any of the families (a speaker in "entertainment", where the TV asked for is too), once per answer. */
function membersOf(families: ReadonlySet<string>): Set<string> {
  const members = new Set<string>();
  for (const family of families) {
    const kind = kindById(family);
    if (kind) for (const id of coveredKinds(kind)) members.add(id);
  }
  return members;
}

/**
 * The answer when no device is classified as the kind: what may be one, or which devices could not be classified,
 * or (only when neither) the flat none. `none` is the flat sentence; `where` names the place searched, if any.
 */
export function noneAnswer(evidence: WeakerEvidence, kind: DeviceKind, none: string, where = ''): { text: string; cited: Entity[] } {
  if (evidence.maybe.length) {
    const lines = evidence.maybe.map(({ device, field }) => (field === 'name' ? device.name : `${device.name} (its ${field.replace(/_/g, ' ')} mentions it)`));
    return { text: listOrSentence(`I couldn't find a device classified as ${anOrA(kind.singular)} ${kind.singular}${where}, but ${evidence.maybe.length === 1 ? 'this may be one' : 'these may be'}:`, lines), cited: evidence.maybe.map((m) => m.device) };
  }
  if (evidence.unclassified.length === 0 && evidence.broadlyTyped.length > 0 && evidence.broadlyTyped.length <= SHOWN) {
    const lines = evidence.broadlyTyped.map(({ device, family }) => `${device.name} (typed only as ${anOrA(family.singular)} ${family.singular}${modelOf(device)})`);
    const n = lines.length;
    return { text: listOrSentence(`No device${where} is classified as ${anOrA(kind.singular)} ${kind.singular}, but ${n === 1 ? 'nothing rules this one out, so it may be one' : `nothing rules these ${n} out, so one of them may be`}:`, lines), cited: evidence.broadlyTyped.map((b) => b.device) };
  }
  if (evidence.unclassified.length) {
    const shown = evidence.unclassified.slice(0, SHOWN);
    const more = evidence.unclassified.length - shown.length;
    const lines = more > 0 ? [...shown.map((d) => d.name), `and ${more} more`] : shown.map((d) => d.name);
    const n = evidence.unclassified.length;
    return { text: listOrSentence(`No device${where} is classified as ${anOrA(kind.singular)} ${kind.singular}, but I couldn't classify ${n === 1 ? 'this device, so it may be one' : `these ${n} devices, so one of them may be`}:`, lines), cited: shown };
  }
  return { text: none, cited: [] };
}

/**
 * The devices of every kind a text names ("media device", "aircon"), for the last none path: a search that found no
 * text must still not say "nothing matches" about a kind the home has.
 */
export function devicesOfKindsNamed(snapshot: HomeSnapshot, text: string): Array<{ kind: DeviceKind; devices: readonly Entity[] }> {
  const out: Array<{ kind: DeviceKind; devices: readonly Entity[] }> = [];
  for (const id of kindsNamedIn(text).keys()) {
    const kind = kindById(id);
    if (!kind) continue;
    const devices = membersOfKind(snapshot, kind);
    if (devices.length > 0) out.push({ kind, devices });
  }
  return out;
}

/** "; model Helix Fi gateway (XB7)", or "" without a model. */
function modelOf(device: Entity): string {
  const model = device.content['model'];
  return typeof model === 'string' && model.trim() ? `; model ${model.trim()}` : '';
}

/** "an air fryer", "a fan". */
function anOrA(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
