// "what's connected to the caravan router": the devices whose `connects_to` edge points at it are the answer, never
// "Caravan router doesn't control any other device" (a wrong none over edges the data has).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'cn-home', entity_type: 'home', name: 'Hame', content: {} };
const rooms: RawEntity[] = [{ id: 'cn-van', entity_type: 'room', name: 'Caravan', content: {} }];
const devices: RawEntity[] = [
  { id: 'cn-router', entity_type: 'device', name: 'Van router', content: { type: 'network', capabilities: ['wifi', '4g', 'router'], state: { status: 'online' } } },
  { id: 'cn-cam', entity_type: 'device', name: 'Van camera', content: { type: 'camera', capabilities: ['stream'], state: { online: true } } },
  { id: 'cn-lamp', entity_type: 'device', name: 'Van lamp', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'cn-kettle', entity_type: 'device', name: 'Kettle', content: { type: 'plug', capabilities: ['on_off'], state: { power: 'off' } } },
];
const placeOf: Record<string, string> = {};

describe('devices connected to a router', () => {
  let h: Harness;
  beforeAll(async () => {
    const edges = [...roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'cn-van'), { from: 'cn-cam', to: 'cn-router', type: 'connects_to' }, { from: 'cn-lamp', to: 'cn-router', type: 'connects_to' }];
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], edges, 'cn') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'cn', { mustAnswer: true });

  it('"whats connected to the van router" names the devices that connect to it', async () => {
    const a = await ask('whats connected to the van router');
    expect(a.text).not.toMatch(/doesn't control/);
    expect(a.cited).toEqual(expect.arrayContaining(['Van camera', 'Van lamp']));
    expect(a.cited).not.toContain('Kettle');
  });

  it('a device nothing connects to still says it controls none', async () => {
    const a = await ask('what does the kettle control');
    expect(a.text).toMatch(/doesn't control any other device/);
  });
});
