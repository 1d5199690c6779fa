// "how many devices are on the router", "how many things are connected to the hub": a count the one device keeps in
// its state (`clients: 23`, `devices: 41`), not the count of devices of its kind ("There is 1 router").
import type { Entity } from '../../src-shared/protocol/entities';
import { stateOf } from './IntentAnswerInput';

/** State field names that count what is connected to a device. */
const CONNECTED_COUNT = /^(clients?|devices?|stations?|connected|(connected|wifi|online)_(clients|devices)|(clients|devices)_(connected|online))$/i;
const ON_IT = new Set(['on', 'connected', 'to', 'using', 'joined', 'paired']);
const THINGS = new Set(['device', 'devices', 'thing', 'things', 'client', 'clients', 'gadget', 'gadgets', 'phone', 'phones']);

/** Whether the question counts what is connected to the device, and the device keeps that count. */
export function countsConnectedTo(device: Entity, keys: ReadonlySet<string>): boolean {
  if (!keys.has('many') || ![...keys].some((k) => THINGS.has(k)) || ![...keys].some((k) => ON_IT.has(k))) return false;
  return Object.entries(stateOf(device)).some(([field, value]) => CONNECTED_COUNT.test(field) && typeof value === 'number');
}
