// Round 32: "turn on the sauna" where the room said has no lights. The lights are only the default of a bare switch
// command, never said, so "There are no lights in the Sauna" was a wrong "none" about the heater standing there; the
// room's devices that can do it are asked back. A kind that is said ("the lights in the sauna") still gets its none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'rc-sauna', entity_type: 'room', name: 'Sauna', content: {} },
  { id: 'rc-hall', entity_type: 'room', name: 'Hall', content: {} },
];
const DEVICES: RawEntity[] = [
  device('rc-stove', 'Harvia Cilindro', { type: 'appliance', capabilities: ['on_off', 'temperature_setpoint'], state: { power: 'off', setpoint: 80 } }),
  device('rc-lamp', 'Hall Lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE = { 'rc-stove': 'rc-sauna', 'rc-lamp': 'rc-hall' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'rc-home', entity_type: 'home', name: 'Lake Cottage', content: {} }, ...ROOMS, ...DEVICES];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('rc-home', ROOMS, DEVICES, PLACE, 'rc-hall'), 'rc-rel') });
});
afterAll(() => home.dispose());

describe('a room said as the thing to switch', () => {
  it('"turn on the sauna" with no lights there asks about what is there, never "no lights"', async () => {
    const answer = await home.dialog('turn on the sauna');
    expect(answer.targets).toEqual([]);
    expect(answer.text).toMatch(/which device in the sauna/i);
    expect(answer.text).not.toMatch(/no lights/i);
    expect(answer.cited).toContain('Harvia Cilindro');
  });
  it('"turn on the lights in the sauna" said the kind, so it still says there are none there', async () => {
    expect((await home.dialog('turn on the lights in the sauna')).text).toMatch(/no lights in the Sauna/);
  });
  it('"turn on the hall" still switches the light there', async () => {
    expect((await home.dialog('turn on the hall')).targets).toEqual(['Hall Lamp']);
  });
});
