// "what controls the blind hub" (or "què controla el hub", read the same way): nothing is over the hub, but it
// manages the blinds; the answer says both, never only "Nothing controls Blind hub" over devices the hub runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'hb-home', entity_type: 'home', name: 'Pis', content: {} };
const rooms: RawEntity[] = [{ id: 'hb-sala', entity_type: 'room', name: 'Sala', content: {} }];
const devices: RawEntity[] = [
  { id: 'hb-hub', entity_type: 'device', name: 'Blind hub', content: { type: 'hub', capabilities: ['rts'], state: { online: true } } },
  { id: 'hb-b1', entity_type: 'device', name: 'Sala blind', content: { type: 'blind', capabilities: ['open_close', 'position'], state: { position: 100 } } },
  { id: 'hb-b2', entity_type: 'device', name: 'Awning', content: { type: 'blind', capabilities: ['open_close'], state: { position: 0 } } },
  { id: 'hb-lamp', entity_type: 'device', name: 'Sala lamp', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
];

describe('a hub asked what controls it', () => {
  let h: Harness;
  beforeAll(async () => {
    const edges = [...roomAndDeviceEdges(home.id, rooms, devices, {}, 'hb-sala'), { from: 'hb-hub', to: 'hb-b1', type: 'manages' }, { from: 'hb-hub', to: 'hb-b2', type: 'manages' }];
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], edges, 'hb') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'hb', { mustAnswer: true });

  it('says what the hub manages along with nothing being over it', async () => {
    const a = await ask('what controls the blind hub');
    expect(a.cited).toEqual(expect.arrayContaining(['Sala blind', 'Awning']));
    expect(a.text).toMatch(/Blind hub itself manages 2 devices/);
  });

  it('a lamp that manages nothing says only that nothing controls it', async () => {
    const a = await ask('what controls the sala lamp');
    expect(a.text).not.toMatch(/itself manages/);
  });
});
