// Which of a command's candidates say the head word it was said with ("the soundbar" among speakers, "the boiler
// thermostat" between a boiler and its thermostat): split out of commandTarget.ts, these only narrow, never widen.
import type { Entity } from '../../src-shared/protocol/entities';
import { sayingsOf } from './commandSayings';
import { kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { kindMatch } from './kindClaims';

/**
 * "prende la luz" where only a ceiling fan's model says "con luz": a device that is of the kind only by what it can
 * do (a fan's `light` capability) or by its model's words is no narrower reading of the kind word than the devices
 * that are of the kind by their type, name or description: such devices alone never stand for the kind (all of it is
 * asked about).
 */
export function headSayers(snapshot: HomeSnapshot, saying: Entity[], candidates: readonly Entity[], kind: DeviceKind | undefined): Entity[] {
  if (!kind || saying.length === 0) return saying;
  const byIdentity = (d: Entity): boolean => ['name', 'alias', 'type', 'description'].includes(kindMatch(snapshot, d, kind) ?? '');
  return saying.some(byIdentity) || !candidates.some(byIdentity) ? saying : [];
}

/**
 * "the heating" among a room thermostat and an "electric floor heating": a device whose own words say the head only
 * as the end of another kind's phrase ("floor heating") does not say it, so it is not picked over the others.
 */
export function saysInOtherKind(device: Entity, head: string, kind: DeviceKind | undefined): boolean {
  const texts = [device.name, ...['description', 'model'].map((f) => device.content[f]).filter((v): v is string => typeof v === 'string')];
  return texts.some((text) => {
    const words = phraseKey(text).split(' ');
    const size = head.split(' ').length;
    return words.some((_w, at) => {
      if (at === 0 || words.slice(at, at + size).join(' ') !== head) return false;
      const longer = kindForPhrase(words.slice(Math.max(0, at - 2), at + size).join(' ')) ?? kindForPhrase(words.slice(at - 1, at + size).join(' '));
      return longer !== undefined && longer.id !== kind?.id;
    });
  });
}

/**
 * "the boiler thermostat" fits the boiler ("gas combi boiler") and the thermostat ("room thermostat for the gas
 * boiler") alike: the one whose own words also say the kind is meant, the other is only what it is for.
 */
export function sayingTheKind(snapshot: HomeSnapshot, found: Entity[], kind: DeviceKind | undefined, head?: string): Entity[] {
  if (!kind || found.length < 2) return found;
  // The kind as said ("plug"), not its own word ("switch", which a plug's "Switch dock" description says).
  const words = phraseKey(head ?? kind.singular).split(' ');
  // Only a device that is of the kind itself (not a plug "for the aquarium light") is told apart by saying it.
  const saying = found.filter((d) => kindMatch(snapshot, d, kind) !== undefined && words.every((w) => sayingsOf(snapshot, d).words.includes(w)));
  return saying.length > 0 ? saying : found;
}
