// What a device says about itself for reading a command target (commandTarget.ts): the kinds its own model and
// description name, the words of its name, model, description and room, and the words the home teaches ("lae" says
// ceiling where two devices described as ceiling lights share it). Built once per snapshot.
import { rememberRecent } from './recentResults';
import type { Entity } from '../../src-shared/protocol/entities';
import { capabilitiesOf, coveredKinds, kindById, kindForPhrase, kindsNamedIn, specificTypeKinds, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { withoutModifierUse } from './modifierWords';
import { keyOf, plainLetters } from './normalizeText';

/** The kinds a device's own model and description name, read once per snapshot (20 000 devices are scanned). */
const OWN_KINDS = new WeakMap<HomeSnapshot, Map<string, string[]>>();

export function ownKinds(snapshot: HomeSnapshot, device: Entity): string[] {
  let map = OWN_KINDS.get(snapshot);
  if (!map) OWN_KINDS.set(snapshot, (map = new Map()));
  let kinds = map.get(device.id);
  if (!kinds) {
    const text = ownText(device);
    // "heating element" in a towel rail's model says what the element does, not that the rail is a thermostat.
    const named = text ? [...kindsNamedIn(withoutModifierUse(text, (p) => kindForPhrase(p) !== undefined)).keys()] : [];
    // A ceiling fan named and typed a fan whose model is "Light Wave 52": the product line's words are no light. Only
    // when the name and the type agree on what it is, and only kinds of another line than that one ("ceiling light"
    // in a light's model still says which light); a relay typed "switch" modelled "(mirror light)" keeps it.
    const agreed = agreedKind(snapshot, device);
    kinds = agreed ? named.filter((id) => related(id, agreed) || describedKindIds(device).has(id)) : named;
    map.set(device.id, kinds);
  }
  return kinds;
}

/** The narrow kind the name (or an alias) and the export's type both say, if they agree on one. */
function agreedKind(snapshot: HomeSnapshot, device: Entity): DeviceKind | undefined {
  const kinds = snapshot.kindsOfDevice.get(device.id);
  return specificTypeKinds(device).find((k) => ['name', 'alias'].includes(kinds?.get(k.id) ?? ''));
}

/** One kind is the other, or covers it ("ceiling light" and "light"). */
function related(id: string, kind: DeviceKind): boolean {
  const other = kindById(id);
  return id === kind.id || coveredKinds(kind).has(id) || (other !== undefined && coveredKinds(other).has(kind.id));
}

/** The kinds the device's description names (a description is written in words people use: always kept). */
function describedKindIds(device: Entity): Set<string> {
  const said = device.content['description'];
  return new Set(typeof said === 'string' ? kindsNamedIn(said).keys() : []);
}

function ownText(device: Entity): string {
  return ['model', 'description'].map((f) => device.content[f]).filter((v): v is string => typeof v === 'string').join(' . ');
}

export interface Sayings {
  /** Words of the name, model, description and room name (each also as its key). */
  words: string[];
  /** Words of the name and room name only. */
  nameWords: string[];
}

/** Snapshots are immutable: per-device words and per-word lessons are built once per snapshot. */
const SAYINGS = new WeakMap<HomeSnapshot, Map<string, Sayings>>();
const TAUGHT = new WeakMap<HomeSnapshot, Map<string, string[]>>();

export function sayingsOf(snapshot: HomeSnapshot, device: Entity): Sayings {
  let map = SAYINGS.get(snapshot);
  if (!map) SAYINGS.set(snapshot, (map = new Map()));
  let said = map.get(device.id);
  if (!said) {
    const room = snapshot.placeOfDevice.get(device.id)?.name ?? '';
    const nameWords = [...wordsOf(device.name), ...wordsOf(room)];
    said = { nameWords, words: [...nameWords, ...wordsOf(ownText(device))] };
    map.set(device.id, said);
  }
  return said;
}

/**
 * What the home's own names call a modifier: the devices whose model or description says it ("Enrave ceiling light",
 * "TRÅDFRI ceiling lamp") share a name word ("laelamp"), and that word less a kind word at its end ("lae") is how
 * the home's language says it. Needs two devices that agree, so one odd model teaches nothing.
 */
export function taughtStems(snapshot: HomeSnapshot, modifier: string): string[] {
  let map = TAUGHT.get(snapshot);
  if (!map) TAUGHT.set(snapshot, (map = new Map()));
  const known = map.get(modifier);
  if (known) return known;
  const counts = new Map<string, number>();
  const evidenceKinds = new Set<string>();
  for (const d of snapshot.devices) {
    if (!wordsOf(ownText(d)).includes(modifier)) continue;
    for (const id of ownKinds(snapshot, d)) evidenceKinds.add(id);
    const roomWords = wordsOf(snapshot.placeOfDevice.get(d.id)?.name ?? '');
    const stems = new Set<string>();
    for (const w of wordsOf(d.name)) {
      if (w.length < 5 || roomWords.some((r) => r.length >= 4 && w.startsWith(r.slice(0, 4)))) continue;
      stems.add(w);
      for (let cut = 3; cut <= w.length - 4; cut++) if (kindForPhrase(w.slice(cut))) stems.add(w.slice(0, cut));
    }
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  // A word the home uses as often for devices described otherwise as the same kind ("světlo" in "Světlo u zrcadla",
  // a "mirror light", and in a "pendant") is the kind's own word, not the modifier's.
  const otherwise = (stem: string): number =>
    snapshot.devices.filter((d) => {
      const own = ownText(d);
      if (wordsOf(own).includes(modifier) || !ownKinds(snapshot, d).some((id) => evidenceKinds.has(id))) return false;
      return wordsOf(d.name).some((w) => w.startsWith(stem));
    }).length;
  const taught = [...counts].filter(([stem, n]) => n >= 2 && otherwise(stem) < n).map(([stem]) => stem);
  map.set(modifier, taught);
  return taught;
}

function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const w of plain(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    out.push(w);
    const key = keyOf(w);
    if (key !== w) out.push(key);
  }
  return out;
}

/** Lowercase without accents; remembered, as the cue tables fold the same openings for every language tried. */
export const plain = rememberRecent(plainLetters, 8192);

/** "kettle" in "put the kettle on" read as arming an alarm: a word for another kind than the one commanded, which none
 * of the candidates is ("llum" among a home's lights is of theirs, and stays a word of the target). */
export function wordOfOtherKind(snapshot: HomeSnapshot, word: string, kind: DeviceKind | undefined, candidates: readonly Entity[]): boolean {
  const said = kindForPhrase(word);
  return said !== undefined && said !== kind && !candidates.some((d) => snapshot.kindsOfDevice.get(d.id)?.has(said.id));
}

/** Does a device open and close by its capabilities? */
export function opens(d: Entity): boolean {
  // "open_close", or said of a part ("valve_open_close", "valve_open/close": spellings made one by capabilitiesOf).
  return capabilitiesOf(d).some((c) => /(^|_)open_close$/.test(c));
}
