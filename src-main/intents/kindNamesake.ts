// "the water heater", "the light": the kind's own word narrows none of the kind's members, whatever one of them is
// called ("Kitchen Plinth Lights" beside a ceiling light of type light); it is never the namesake alone when others are
// of the kind. Members that are the kind only by a word in their model ("… inverter split" aircons beside a "Brownout
// inverter") and are another kind by their type or name are no such others: "the inverter" is still the one so named.
import type { Entity } from '../../src-shared/protocol/entities';
import { coveredKinds, kindById, kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import plain from './lexicon/plainKindPhrases.json';

const PLAIN: ReadonlySet<string> = new Set(plain.phrases);
import type { HomeSnapshot } from './HomeIndex';

/** "the water heater", "water heaters": the kind's own singular or plural, which narrows none of its members. */
export function isKindsOwnWord(kind: DeviceKind, said: string): boolean {
  const key = phraseKey(said.replace(/^(the|a|an|our|my|your)\s+/i, ''));
  return key === phraseKey(kind.singular) || key === phraseKey(kind.plural) || (saysKindOnly(key) && kindForPhrase(key)?.id === kind.id);
}

/** "door lock", "smart plug": a phrase that says no more than its kind (lexicon/plainKindPhrases.json). */
export function saysKindOnly(key: string): boolean {
  return PLAIN.has(key);
}

const STRONG = new Set(['name', 'alias', 'type']);

/** True where the kind's own word leaves two or more real members, so a name spelling it picks none of them. */
export function ownWordLeavesMany(snapshot: HomeSnapshot, kind: DeviceKind, said: string, found: readonly Entity[]): boolean {
  if (!isKindsOwnWord(kind, said)) return false;
  // "the door lock" counts every lock, also "Front door Kwikset" whose name says a door: the phrase names no door.
  if (saysKindOnly(phraseKey(said.replace(/^(the|a|an|our|my|your)\s+/i, '')))) return found.length > 1;
  return found.filter((d) => !incidentalMember(snapshot, kind, d)).length > 1;
}

/** A member not of the kind by its type that its type or name says is another kind ("Furnace", type climate); with
 * `familyOnly`, a type of a broad family ("appliance") is no other kind. */
export function incidentalMember(snapshot: HomeSnapshot, kind: DeviceKind, device: Entity, familyOnly = false): boolean {
  const kinds = snapshot.kindsOfDevice.get(device.id);
  if (kinds?.get(kind.id) === 'type') return false;
  const covered = coveredKinds(kind);
  return [...(kinds?.entries() ?? [])].some(([id, by]) => !covered.has(id) && STRONG.has(by) && !(familyOnly && family(id, by)));
}

/** A type that only says a broad family ("appliance", of a shower heater): what the kind's members are as well. */
function family(id: string, by: string): boolean {
  return by === 'type' && (kindById(id)?.includes.length ?? 0) > 0;
}

/** "Water heater 2F", "water heater 1": the kind's own word and a short code with a digit, as a household numbers several. */
function numberedAfter(name: string, head: string): boolean {
  const key = phraseKey(name);
  return key.startsWith(`${head} `) && /^[a-z]{0,2}\d[a-z\d]{0,2}$/.test(key.slice(head.length + 1));
}

/**
 * "the water heater" said to a home with "Water heater 2F" (a name that numbers it, so there are several) and a
 * shower heater of type appliance: the kind's own name of several words narrows none of them, and the caller asks
 * which. Without such a numbered name the device whose own words say it is meant (a furnace filed as a water heater
 * by the lexicon is no second one).
 */
export function ownWordOfMany(snapshot: HomeSnapshot, kind: DeviceKind, head: string, members: readonly Entity[]): boolean {
  if (!head.includes(' ') || members.length < 2 || !isKindsOwnWord(kind, head)) return false;
  const key = phraseKey(head.replace(/^(the|a|an|our|my|your)\s+/i, ''));
  const numbered = members.filter((d) => numberedAfter(d.name, key));
  return numbered.length > 0 && members.some((d) => !numbered.includes(d) && !incidentalMember(snapshot, kind, d, true));
}
