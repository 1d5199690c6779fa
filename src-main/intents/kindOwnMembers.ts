// "how many cameras": a video doorbell *has* a camera, an NVR records cameras, a "smart plug (desk lamp)" powers a
// lamp; none of them *is* one. A device counts as a kind of its own when its data says so; a device that only has
// the kind's feature (its capabilities) or only names the kind in a bracketed part of its model or description, while
// its own words say it is another specific kind, is said apart: "also has one", never counted.
import type { Entity } from '../../src-shared/protocol/entities';
import { coveredKinds, describedKinds, deviceType, kindById, kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';
import { devicesSaying } from './kindEvidence';
import { MAX_WHICH, membersOfKind } from './kindMembers';
import { leadOfKindPhrase } from './kindQualifier';

/** Evidence that says what a device is, not only what it can do or read. */
const OWN_EVIDENCE = new Set(['name', 'alias', 'type', 'description', 'model']);

/** The specific kind (no family) the device is by its own words, other than `kind` and what `kind` covers. */
function otherOwnKind(snapshot: HomeSnapshot, device: Entity, kind: DeviceKind): DeviceKind | undefined {
  const covered = coveredKinds(kind);
  for (const [id, why] of snapshot.kindsOfDevice.get(device.id) ?? []) {
    const other = kindById(id);
    if (other && !covered.has(id) && other.includes.length === 0 && !other.aspect && OWN_EVIDENCE.has(why)) return other;
  }
  // A type the lexicon knows only as a word people say ("intercom" is said of doorbells, no doorbell type): a video
  // intercom is the door's intercom with a camera, not one of the home's cameras.
  const byType = kindForPhrase(phraseKey(deviceType(device).replace(/_/g, ' ')));
  return byType && !covered.has(byType.id) && byType.includes.length === 0 && !byType.aspect ? byType : undefined;
}

/** "P110 mini smart plug (desk lamp)": the kind is named only inside brackets, after what the device is. */
function onlyInBrackets(device: Entity, kind: DeviceKind, field: 'model' | 'description'): boolean {
  const text = device.content[field];
  if (typeof text !== 'string' || !/\(.*\)/.test(text)) return false;
  const outside = text.replace(/\([^)]*\)/g, ' ');
  const head = describedKinds(outside);
  return head.length > 0 && !head.some((k) => coveredKinds(kind).has(k.id));
}

/** A device that is another kind and only has the kind's feature ("with") or serves one ("for"). */
export interface WithFeature { device: Entity; is: DeviceKind; how: 'with' | 'for' }

/** What else a device is when it only has the kind's feature or serves one, or undefined when it is one. */
export function isOtherWithFeature(snapshot: HomeSnapshot, device: Entity, kind: DeviceKind): WithFeature | undefined {
  // An aspect kind (heat pump) is one a device is besides what it is otherwise: never only a feature.
  if (kind.aspect) return undefined;
  const why = kindMatch(snapshot, device, kind);
  if (why !== 'capability' && why !== 'model' && why !== 'description') return undefined;
  if (why !== 'capability' && !onlyInBrackets(device, kind, why)) return undefined;
  const is = otherOwnKind(snapshot, device, kind);
  return is ? { device, is, how: why === 'capability' ? 'with' : 'for' } : undefined;
}

/** `isOtherWithFeature` per snapshot, kind and device (null: it is one): "how many lights" reads thousands. */
const OTHER_WITH_FEATURE = new WeakMap<HomeSnapshot, Map<string, Map<Entity, WithFeature | null>>>();

function otherWithFeatureOf(snapshot: HomeSnapshot, kind: DeviceKind): Map<Entity, WithFeature | null> {
  let byKind = OTHER_WITH_FEATURE.get(snapshot);
  if (!byKind) OTHER_WITH_FEATURE.set(snapshot, (byKind = new Map()));
  let known = byKind.get(kind.id);
  if (!known) byKind.set(kind.id, (known = new Map()));
  return known;
}

/**
 * The devices of a kind split into those that are one and those that only have or serve one. When none is one
 * outright, all are the answer as before (a smoke alarm that senses CO is the home's CO detector then).
 */
export function ownMembers(snapshot: HomeSnapshot, devices: readonly Entity[], kind: DeviceKind): { own: Entity[]; withFeature: WithFeature[] } {
  const own: Entity[] = [];
  const withFeature: WithFeature[] = [];
  const known = otherWithFeatureOf(snapshot, kind);
  for (const device of devices) {
    let other = known.get(device);
    if (other === undefined) known.set(device, (other = isOtherWithFeature(snapshot, device, kind) ?? null));
    if (other) withFeature.push(other);
    else own.push(device);
  }
  return own.length === 0 ? { own: [...devices], withFeature: [] } : { own, withFeature };
}

/**
 * " Not counted: Thyrotilefono (a doorbell with a camera)." — named and cited, so nothing the data says is hidden. A
 * count also gives the number with them ("; 2 with it"): whoever counts the doorbell's camera gets their number too.
 */
export function withFeatureNote(kind: DeviceKind, withFeature: readonly WithFeature[], counted?: number): string {
  if (withFeature.length === 0) return '';
  const each = withFeature.map(({ device, is, how }) => `${device.name} (${article(is.singular)} ${is.singular} ${how} ${article(kind.singular)} ${kind.singular})`);
  const withThem = counted === undefined ? '' : `; ${counted + withFeature.length} with ${withFeature.length === 1 ? 'it' : 'them'}`;
  return ` Not counted: ${each.join(', ')}${withThem}.`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/**
 * "where's the co detector" with a CO detector and a smoke alarm that senses CO too: the ones whose own words say the
 * whole phrase among those that are of the kind outright, or else all of those.
 */
export function saidOrOwnMembers(snapshot: HomeSnapshot, ofKind: readonly Entity[], kind: DeviceKind, said: string): Entity[] {
  const { own, withFeature } = ownMembers(snapshot, ofKind, kind);
  // Only a feature the kind is given by capability (a camera, CO sensing) sets devices aside; otherwise as before.
  if (!kind.alwaysByCapability || withFeature.length === 0) return devicesSaying(ofKind, said);
  const saying = devicesSaying(own, said);
  return saying.length > 0 ? saying : own;
}

/**
 * "where's the smoke detector" with two smoke alarms, one described "smoke and CO detector": a kind phrase whose words
 * one description of the kind only has apart picks none of them: every one of the kind is asked about.
 */
export function looseOverKind(snapshot: HomeSnapshot, described: Entity[], kind: DeviceKind | undefined, said: string): Entity[] {
  const [one] = described;
  const words = phraseKey(said).split(' ').filter((w) => !['the', 'a', 'an'].includes(w));
  // "the main water valve": words before a shorter phrase of the kind ("main") qualify, and may well pick one.
  if (!kind || !one || described.length !== 1 || words.length < 2 || leadOfKindPhrase(words, kind) !== undefined) return described;
  const ofKind = membersOfKind(snapshot, kind);
  if (ofKind.length < 2 || ofKind.length > MAX_WHICH || !ofKind.some((d) => d.id === one.id) || devicesSaying(described, said).length > 0) return described;
  return [...ofKind];
}
