// "any camera offline?", "which sensors are online": a kind asked with a connectivity word is the members whose
// last reading says so (`online: false`, `status: "offline"`, `connection: "disconnected"`), never the whole kind
// listed as if it answered the question. A member with no such reading is said, not counted either way.
import type { Entity } from '../../src-shared/protocol/entities';
import { joinNames, plural } from './AnswerBuilder';
import type { DeviceKind } from './deviceKinds';
import { stateOf, type IntentAnswerInput } from './IntentAnswerInput';

const OFFLINE_WORDS = new Set(['offline', 'disconnected', 'unreachable']);
const ONLINE_WORDS = new Set(['online', 'reachable']);
/** String fields that keep whether a device is connected. */
const LINK_KEYS = ['online', 'status', 'connection', 'connectivity', 'network_status', 'availability'];
const OFFLINE_VALUE = /^(offline|disconnected|unreachable|unavailable|lost)$/i;
const ONLINE_VALUE = /^(online|connected|reachable|available)$/i;

/** Whether the device's last reading says it is online (true), offline (false), or nothing about it. */
export function onlineOf(device: Entity): boolean | undefined {
  const state = stateOf(device);
  for (const key of LINK_KEYS) {
    const v = state[key];
    if (typeof v === 'boolean' && key === 'online') return v;
    if (typeof v === 'string' && OFFLINE_VALUE.test(v.trim())) return false;
    if (typeof v === 'string' && ONLINE_VALUE.test(v.trim())) return true;
  }
  return undefined;
}

/** The answer when the question asks which of the kind are offline (or online); undefined when it doesn't. */
export function connectivityAnswer(input: IntentAnswerInput, devices: readonly Entity[], kind: DeviceKind, where: string): string | undefined {
  const words = input.match.words;
  const wantOnline = words.some((w) => ONLINE_WORDS.has(w)) ? true : words.some((w) => OFFLINE_WORDS.has(w)) ? false : undefined;
  if (wantOnline === undefined) return undefined;
  const read = devices.map((d) => ({ d, online: onlineOf(d) }));
  const known = read.filter((r) => r.online !== undefined);
  // Nothing of the kind keeps a connection reading: the plain list (and its readings) answers better than a filter.
  if (known.length === 0) return undefined;
  const matching = known.filter((r) => r.online === wantOnline).map((r) => r.d);
  const unknown = read.filter((r) => r.online === undefined).map((r) => r.d.name);
  input.answer.cite(...matching);
  const state = wantOnline ? 'online' : 'offline';
  const other = wantOnline ? 'offline' : 'online';
  const unread = unknown.length > 0 ? ` I have no connection reading for ${joinNames(unknown)}.` : '';
  const named = (d: Entity): string => {
    const room = input.snapshot.placeOfDevice.get(d.id);
    return room && !where ? `${d.name} (${room.name})` : d.name;
  };
  if (matching.length === 0) return `None of the ${plural(known.length, kind.singular, kind.plural)}${where} with a connection reading is ${state}; all read ${other}.${unread}`;
  const rest = known.length - matching.length;
  return `${matching.length} of ${plural(known.length, kind.singular, kind.plural)}${where} ${matching.length === 1 ? 'is' : 'are'} ${state}: ${joinNames(matching.map(named))}${rest > 0 ? `; the other ${rest} ${rest === 1 ? 'reads' : 'read'} ${other}` : ''}.${unread}`;
}
