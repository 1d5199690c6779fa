// Issue 12, round 46: "the rules a device sets off" is one meaning (setOffByDevice.ts's rulesSetOffBy), shared by the
// rules in a place (placeTriggers.ts), the alert said of a device (alertOfDevice.ts) and the automation asked of a
// device (automationOfDevice.ts): a `triggered_by` edge, or a trigger that names the device whole in any field or
// list ({"window": "Room 6 Velux"}, {"devices": [...]}). A name inside a longer one ("Dryer" in "Boot dryer") is
// another device's. Before, the place saw edges only, the alert only a trigger's `device`, and the device's automation
// any trigger whose text held the name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HomeIndex } from '../../../src-main/intents/HomeIndex';
import { rulesDeviceSetsOff } from '../../../src-main/intents/setOffByDevice';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'r46s-home', entity_type: 'home', name: 'Hill house', content: {} },
  room('r46s-attic', 'Attic room'),
  room('r46s-laundry', 'Laundry'),
  room('r46s-mud', 'Mudroom'),
  room('r46s-yard', 'Yard'),
  { id: 'r46s-velux', entity_type: 'window', name: 'Attic Velux', content: { state: { contact: 'closed' } } },
  device('r46s-heater', 'Attic heater', { type: 'heater', capabilities: ['on_off'], state: { power: 'on' } }),
  { id: 'r46s-check', entity_type: 'automation', name: 'Heater window check', content: { trigger: { type: 'window', window: 'Attic Velux', event: 'open' }, actions: ['Attic heater off'], enabled: true } },
  device('r46s-dryer', 'Dryer', { type: 'dryer', capabilities: ['on_off'], state: { power: 'off' } }),
  device('r46s-bootdryer', 'Boot dryer', { type: 'switch', capabilities: ['on_off'], state: { power: 'on' } }),
  { id: 'r46s-bootoff', entity_type: 'automation', name: 'Boots done', content: { trigger: { type: 'state', entity: 'Boot dryer', to: 'on', for: '2 h' }, actions: ['notify Mum'], enabled: true } },
  device('r46s-gate', 'Gate motor', { type: 'gate', capabilities: ['open_close'], state: { position: 'closed' } }),
  device('r46s-yardcam', 'Yard camera', { type: 'camera', capabilities: ['motion'], state: { motion: false } }),
  { id: 'r46s-gatealert', entity_type: 'automation', name: 'Portón abierto', content: { trigger: { type: 'device', devices: ['Gate motor'], state: 'open 5 min' }, actions: ['avisar a Papá'], enabled: false } },
];
const PLACE_OF = { 'r46s-velux': 'r46s-attic', 'r46s-heater': 'r46s-attic', 'r46s-dryer': 'r46s-laundry', 'r46s-bootdryer': 'r46s-mud', 'r46s-gate': 'r46s-yard', 'r46s-yardcam': 'r46s-yard' };
const EDGES = [
  { from: 'r46s-velux', to: 'r46s-attic', type: 'located_in' },
];

let home: Harness;
const ask = askingOver(() => home, 'r46s-ask');
beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'r46s-yard', edges: EDGES, edgePrefix: 'r46s-edge' });
});
afterAll(() => home.dispose());

describe('the rules a device sets off: by edge or by a trigger naming it whole', () => {
  it('a trigger names a device in any field or list, and never by a part of a longer name', async () => {
    const index = new HomeIndex(home.store);
    const snapshot = await index.get();
    const setOff = (id: string): string[] => rulesDeviceSetsOff(snapshot, snapshot.byId.get(id) ?? (() => { throw new Error(id); })()).map((r) => r.name);
    expect(setOff('r46s-velux')).toEqual(['Heater window check']);
    expect(setOff('r46s-gate')).toEqual(['Portón abierto']);
    expect(setOff('r46s-bootdryer')).toEqual(['Boots done']);
    expect(setOff('r46s-dryer')).toEqual([]);
    index.dispose();
  });

  it('a window whose opening sets a rule off gives its room that rule', async () => {
    const { text, cited } = await ask('which automations are in the attic room');
    expect(cited, text).toContain('Heater window check');
  });

  it('"the gate alert" is the one rule a trigger listing the gate sets off', async () => {
    const { text, cited } = await ask('is the gate alert enabled');
    expect(text).toContain('disabled');
    expect(cited, text).toContain('Portón abierto');
  });
});
