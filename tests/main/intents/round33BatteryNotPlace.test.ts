// Issue 12, round 33: "any low batteries?" in a home whose storeroom is described "inverter, batteries and generator"
// listed the storeroom's devices: the battery word was read as that room by its description. A battery word is what
// is asked of devices; only a place whose own name says it (a "Battery room") is that place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 'bt-home', entity_type: 'home', name: 'Nyumba', content: {} },
  room('bt-store', 'Stoo', { description: 'storeroom: inverter, batteries and generator' }),
  room('bt-hall', 'Ukumbi'),
];
const DEVICES: RawEntity[] = [
  device('bt-inv', 'Growatt', { type: 'inverter', state: { power: 'on' } }),
  device('bt-lock', 'Kufuli ya mbele', { type: 'lock', capabilities: ['lock/unlock', 'battery'], state: { lock: 'locked', battery: 12 } }),
  device('bt-smoke', 'Kigunduzi cha moshi', { type: 'sensor', capabilities: ['smoke', 'battery'], state: { status: 'normal', battery: 80 } }),
];
const PLACE: Record<string, string> = { 'bt-inv': 'bt-store', 'bt-lock': 'bt-hall', 'bt-smoke': 'bt-hall' };

let home: Harness;
const ask = askingOver(() => home, 'bt-ask', { mustAnswer: true });

beforeAll(async () => {
  const [h, first] = ROOMS;
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES], homeId: h?.id ?? '', placeOf: PLACE, fallbackRoom: first?.id ?? '', edgePrefix: 'bt-edge' });
});
afterAll(() => home.dispose());

describe('a battery word is no place by its description', () => {
  it.each(['any low batteries?', 'which battery is lowest'])('%s lists the batteries, not the storeroom', async (q) => {
    const a = await ask(q);
    expect(a.cited).toContain('Kufuli ya mbele');
    expect(a.cited).not.toContain('Growatt');
  });
});
