// Whether the words of a command target are a physical thing's own name: a device's, door's or window's.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import { perSnapshot } from './perSnapshot';
import { kindMatch } from './kindClaims';
import { devicesWithin, deviceWithin } from './placeClaims';
import { membersOfKind } from './kindMembers';
import { tokenize, type Token } from './normalizeText';

const physical = (e: Entity): boolean => e.entity_type === 'device' || e.entity_type === 'door' || e.entity_type === 'window';
const keysOf = (tokens: readonly Token[]): string => tokens.filter((t) => t.key !== 'the').map((t) => t.key).join(' ');

/** The one physical thing whose whole name is the words said ("Sitkamer lights"), if exactly one is. */
export function exactlyNamed(snapshot: HomeSnapshot, tokens: readonly Token[]): Entity | undefined {
  const keys = keysOf(tokens);
  const named = (snapshot.phrases.get(keys) ?? []).filter((e) => physical(e) && phraseKey(e.name) === keys);
  return named.length === 1 ? named[0] : undefined;
}

/** True when the words are a device's, door's or window's name or alias ("the" ignored). */
export function namesDevice(snapshot: HomeSnapshot, tokens: readonly Token[]): boolean {
  const keys = keysOf(tokens);
  // Spots ("front door" on the doorbell's edge) are not names: commandTarget reads them as where a device is.
  // A door or window named with its other-language name in brackets ("Small gate (ትንሿ በር)") is named by the words
  // outside them too: commandTarget reads devices only, and would take the kind word "gate" for the one gate device.
  return (snapshot.phrases.get(keys) ?? []).some((e) => physical(e) && phraseKey(e.name) === keys) || (snapshot.aliases.get(keys) ?? []).some(physical) || openingsOutsideBrackets(snapshot).has(keys);
}

/** The names of the home's doors and windows without their bracketed other names ("small gate"), per snapshot. */
const openingsOutsideBrackets = perSnapshot((snapshot: HomeSnapshot): Set<string> => {
  const out = new Set<string>();
  for (const list of snapshot.phrases.values()) for (const e of list) if (e.entity_type !== 'device' && physical(e) && e.name.includes('(')) out.add(phraseKey(e.name.replace(/\([^)]*\)/g, ' ')));
  out.delete('');
  return out;
});

/** Linking words of a name are this short ("du", "de la", "of", "ya"); a word of the place or kind is longer. */
const LINKING_MAX = 3;

/**
 * "the salon lights" where one light of the Salon is named "Lumières du salon": the one device of the kind in the place
 * whose name says only the place's name and a word for the kind, in any order and language, with short linking words
 * between. It is what "Sitkamer lights" named exactly is (`exactlyNamed`), said in the home's own words.
 */
export function namedAsKindOfPlace(snapshot: HomeSnapshot, kind: DeviceKind, place: Entity): Entity | undefined {
  const placeKeys = new Set(tokenize(place.name).map((t) => t.key));
  // The kind's devices and a place's devices are both indexed per snapshot: the shorter list is read.
  const members = membersOfKind(snapshot, kind);
  const there = place.entity_type === 'home' ? undefined : devicesWithin(snapshot, place);
  const pool = there && there.length < members.length ? there.filter((d) => kindMatch(snapshot, d, kind) !== undefined) : members;
  const named = pool.filter((d) => {
    const keys = nameKeysOf(d);
    if (![...placeKeys].every((k) => keys.includes(k))) return false;
    const rest = keys.filter((k) => !placeKeys.has(k) && k.length > LINKING_MAX);
    return rest.length > 0 && kindForPhrase(rest.join(' '))?.id === kind.id && deviceWithin(snapshot, d, place);
  });
  return named.length === 1 ? named[0] : undefined;
}

/** A device's name as keys, kept per entity object (entities are immutable values; a room may hold thousands). */
const nameKeysOf = perSnapshot((device: Entity): string[] => tokenize(device.name).map((t) => t.key));
