// "how many devices are on the router", "how many things are connected to the hub": a count the one device keeps in
// its state (`clients: 23`, `devices: 41`), not the count of devices of its kind ("There is 1 router"). "How many
// people are on the wifi" names the kind, not the router: the device of that kind (in the place said) that keeps such
// a count answers it too (`countOnKindDevice`, a re-reading of the count), never "There are 2 network devices".
import type { Entity } from '../../src-shared/protocol/entities';
import { z } from 'zod';
import type { HomeSnapshot } from './HomeIndex';
import { devicesWithin } from './placeClaims';
import type { IntentMatch } from './IntentEngine';
import { stateOf } from './IntentAnswerInput';
import { membersOfKind } from './kindMembers';
import { siteOf } from './homeSites';
import { keyOf } from './normalizeText';
import lexicon from './lexicon/connectedCount.json';

const LEXICON = z.object({ things: z.array(z.string().min(1)), connected: z.array(z.string().min(1)) }).strict().parse(lexicon);
/** State field names that count what is connected to a device. */
const CONNECTED_COUNT = /^(clients?|devices?|stations?|connected|(connected|wifi|online)_(clients|devices)|(clients|devices)_(connected|online))$/i;
/** Of those, the ones that count what is on a network ("clients"), before a hub's bare `devices`. */
const NETWORK_COUNT = /client|connected|wifi|station/i;
const ON_IT: ReadonlySet<string> = new Set(LEXICON.connected.flatMap((w) => [w, keyOf(w)]));
const THINGS: ReadonlySet<string> = new Set(LEXICON.things.flatMap((w) => [w, keyOf(w)]));
const COUNTS = new Set(['count_kind', 'count_devices', 'list_kind']);

function asksConnectedCount(keys: ReadonlySet<string>): boolean {
  return keys.has('many') && [...keys].some((k) => THINGS.has(k)) && [...keys].some((k) => ON_IT.has(k));
}

function keptCount(device: Entity, field: RegExp): boolean {
  return Object.entries(stateOf(device)).some(([name, value]) => CONNECTED_COUNT.test(name) && field.test(name) && typeof value === 'number');
}

/** Whether the question counts what is connected to the device, and the device keeps that count. */
export function countsConnectedTo(device: Entity, keys: ReadonlySet<string>): boolean {
  return asksConnectedCount(keys) && keptCount(device, /./);
}

/**
 * "how many people are on the wifi", "how many devices connected to wifi in the cottage": a count asked over a kind
 * (the wifi, the router) whose device there keeps what is connected to it is that device's count. Of several, those
 * counting clients before a hub counting its own devices, then those of the main house when no house is said;
 * still several: which one.
 */
export function countOnKindDevice(match: IntentMatch, snapshot: HomeSnapshot): IntentMatch {
  const kind = match.slots['kind'];
  if (!COUNTS.has(match.intent) || kind?.type !== 'kind' || !asksConnectedCount(new Set(match.words))) return match;
  const place = match.slots['place'];
  const within = place?.type === 'entity' && place.entity.entity_type !== 'home' ? new Set(devicesWithin(snapshot, place.entity)) : undefined;
  const members = membersOfKind(snapshot, kind.kind).filter((d) => !within || within.has(d));
  const counting = members.filter((d) => keptCount(d, /./));
  const clients = counting.filter((d) => keptCount(d, NETWORK_COUNT));
  const best = clients.length ? clients : counting;
  const main = within ? best : best.filter((d) => !siteOf(snapshot, d)?.away);
  const found = (main.length ? main : best).sort((a, b) => a.name.localeCompare(b.name));
  const [one] = found;
  if (!one) return match;
  const device = found.length === 1
    ? { type: 'entity' as const, text: kind.text, entity: one, how: 'synonym' as const }
    : { type: 'ambiguous' as const, text: kind.text, expected: 'device', candidates: found, withPlaces: true };
  return { intent: 'device_state', category: 'state', slots: { device }, confidence: match.confidence, alternatives: [], template: `${match.template} +connected-count`, words: match.words };
}
