// "pool heat pump setpoint", "pool heater on?" where La piscina holds only its light and the heat pump, named "Heat
// pump de la piscina", stands on El costado beside the house: "There are no heat pumps in La piscina" is true of the
// room and a wrong none about what was asked. A kind said with a place that holds none of that kind is the one device
// of the kind elsewhere whose own name carries the place's name ("de la piscina", "Pool heat pump"): the name is the
// data's word that the device is that place's, wherever it stands.
import type { Entity } from '../../src-shared/protocol/entities';
import type { DeviceKind } from './deviceKinds';
import { powerStateOf } from './deviceReadings';
import { kindMatch } from './kindClaims';
import { weakerEvidence } from './noneGuard';
import type { HomeSnapshot } from './HomeIndex';
import { membersOfKind } from './kindMembers';
import type { Mention } from './mentions';
import { tokenize } from './normalizeText';
import { deviceWithin } from './placeClaims';
import { perSnapshot } from './perSnapshot';

/** Linking words and articles ("de", "la", "the") are this short; a place's own name word is longer. */
const LINKING_MAX = 3;

const nameKeysOf = perSnapshot((entity: Entity): ReadonlySet<string> => new Set(tokenize(entity.name).map((t) => t.key)));

/** The one device of `kind` outside `place`, when the place holds none, whose name says the place's name words. */
export function namedForPlace(snapshot: HomeSnapshot, kind: DeviceKind, place: Entity): Entity | undefined {
  if (place.entity_type !== 'room') return undefined;
  const placeKeys = [...nameKeysOf(place)].filter((k) => k.length > LINKING_MAX);
  if (placeKeys.length === 0) return undefined;
  const members = membersOfKind(snapshot, kind);
  if (members.some((d) => deviceWithin(snapshot, d, place))) return undefined;
  const named = members.filter((d) => placeKeys.every((k) => nameKeysOf(d).has(k)));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * "pool heat pump", "heat pump pool": a place's mention next to a kind's where the place holds none of the kind and
 * one device elsewhere is named for it (`namedForPlace`): the two mentions are that device's.
 */
export function placeNamedKindMentions(snapshot: HomeSnapshot, mentions: Mention[]): void {
  for (const kindMention of mentions.filter((m) => m.kind && !m.entities.device?.length)) {
    const placeMention = mentions.find((m) => m !== kindMention && (m.end === kindMention.start || m.start === kindMention.end) && m.entities.place?.length === 1 && !m.kind && !m.entities.device?.length);
    const place = placeMention?.entities.place?.[0];
    const named = place && kindMention.kind ? namedForPlace(snapshot, kindMention.kind, place) : undefined;
    if (!placeMention || !named) continue;
    const [first, second] = placeMention.start < kindMention.start ? [placeMention, kindMention] : [kindMention, placeMention];
    mentions.splice(mentions.indexOf(placeMention), 1);
    mentions.splice(mentions.indexOf(kindMention), 1, { start: first.start, end: second.end, text: `${first.text} ${second.text}`, entities: { device: [named] } });
  }
}

/**
 * "is the pool heater on" where no device is classified as a heater and "Heat pump de la piscina" stands outside La
 * piscina: after "There are no heaters in La piscina", the devices elsewhere whose names carry the place's name and
 * that are of the kind or mention it (the none guard's weaker evidence), with where they are and their state.
 */
export function namedForPlaceSentence(snapshot: HomeSnapshot, kind: DeviceKind, place: Entity, pool: readonly Entity[]): { text: string; cited: Entity[] } {
  if (place.entity_type !== 'room') return { text: '', cited: [] };
  const placeKeys = [...nameKeysOf(place)].filter((k) => k.length > LINKING_MAX);
  const named = placeKeys.length === 0 ? [] : snapshot.devices.filter((d) => !pool.includes(d) && placeKeys.every((k) => nameKeysOf(d).has(k)));
  if (named.length === 0) return { text: '', cited: [] };
  const saying = new Set(weakerEvidence(snapshot, kind, snapshot.devices).maybe.map((m) => m.device));
  const fit = named.filter((d) => kindMatch(snapshot, d, kind) !== undefined || saying.has(d)).slice(0, 3);
  if (fit.length === 0) return { text: '', cited: [] };
  const each = fit.map((d) => {
    const parts = [snapshot.placeOfDevice.get(d.id)?.name, powerStateOf(d)].filter((p): p is string => typeof p === 'string' && p !== '');
    return `${d.name}${parts.length > 0 ? ` (${parts.join('; ')})` : ''}`;
  });
  const list = each.length > 1 ? `${each.slice(0, -1).join(', ')} and ${each[each.length - 1]}` : each[0];
  return { text: ` Named for it, elsewhere: ${list}${fit.length > 1 ? ' may be among them' : ' may be one'}.`, cited: fit };
}
