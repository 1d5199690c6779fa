// "everything off for the flat" is a request with no verb, and "is the box room off the hall" says where a room lies:
// neither is "what is off in …", which answered "No devices in the … are off" (a wrong none) to both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'sh-home', entity_type: 'home', name: 'House', content: {} };
const rooms: RawEntity[] = [
  { id: 'sh-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'sh-box', entity_type: 'room', name: 'Box room', content: {} },
];
const devices: RawEntity[] = [
  { id: 'sh-lamp', entity_type: 'device', name: 'Desk lamp', content: { type: 'light', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'sh-plug', entity_type: 'device', name: 'Heater plug', content: { type: 'plug', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'sh-hall-light', entity_type: 'device', name: 'Hall light', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
];
const placeOf: Record<string, string> = { 'sh-lamp': 'sh-box', 'sh-plug': 'sh-box', 'sh-hall-light': 'sh-hall' };

describe('a switch word that asks no state', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'sh-hall'), 'sh') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'sh');

  it('"everything off for the box room" is never answered "none are off"', async () => {
    for (const q of ['everything off for the box room', 'all off in the box room']) {
      const a = await ask(q);
      expect(a.text, q).not.toMatch(/No devices .* are off/);
    }
  });

  it('"is the box room off the hall" is no question about what is off', async () => {
    const a = await ask('is the box room off the hall');
    expect(a.text).not.toMatch(/are off/);
  });

  it('"what is off in the box room" still asks the state', async () => {
    const a = await ask('which lights are off in the hall');
    expect(a.text).toMatch(/Hall light/);
  });
});
