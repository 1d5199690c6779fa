// "is the tv on" in a home with "TV Salon" and "טלוויזיה סבתא" (type tv, named in Hebrew at the other house): the kind
// word said alone is a word of one device's name only because that one was named in English, so the name search found
// it and the other TV was never a candidate (a confident "No — TV Salon is off" about one of two). When the words said
// are the kind word alone and other devices are that kind by what they are called or typed, all of them are asked
// about ("which one"), as "the television" (a word no name holds) already was.
import type { Entity } from '../../src-shared/protocol/entities';
import { kindForPhrase, phraseKey, type DeviceKind } from './deviceKinds';
import { kindMatch, type HomeSnapshot } from './HomeIndex';
import { MAX_WHICH, membersOfKind } from './kindMembers';

/** Evidence that a device is of the kind as surely as a name word says it: its own name, an alias or its type. */
const SURE = new Set(['name', 'alias', 'type']);

/** The found devices and the others of the kind said alone, or undefined when the words say more than the kind. */
export function othersOfKindNamedElse(snapshot: HomeSnapshot, kind: DeviceKind, said: string, found: readonly Entity[]): Entity[] | undefined {
  if (kindForPhrase(phraseKey(said))?.id !== kind.id || found.some((e) => e.entity_type !== 'device')) return undefined;
  const ids = new Set(found.map((e) => e.id));
  const ofKind = membersOfKind(snapshot, kind);
  if (!found.every((e) => ofKind.some((d) => d.id === e.id))) return undefined;
  const others = ofKind.filter((d) => !ids.has(d.id) && SURE.has(kindMatch(snapshot, d, kind) ?? ''));
  if (others.length === 0 || found.length + others.length > MAX_WHICH) return undefined;
  return [...found, ...others];
}
