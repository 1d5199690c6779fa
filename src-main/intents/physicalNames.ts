// Whether the words of a command target are a physical thing's own name: a device's, door's or window's.
import type { Entity } from '../../src-shared/protocol/entities';
import { phraseKey } from './deviceKinds';
import type { HomeSnapshot } from './HomeIndex';
import type { Token } from './normalizeText';

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
  return (snapshot.phrases.get(keys) ?? []).some((e) => physical(e) && phraseKey(e.name) === keys) || (snapshot.aliases.get(keys) ?? []).some(physical);
}
