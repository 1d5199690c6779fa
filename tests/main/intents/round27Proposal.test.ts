// Issue 12, round 27: proposals for the wrong device. "lock my door" proposed a roller-shutter motor (typed as a
// garage door, with a "locked" key in its state but no lock among its capabilities) and "lock the door" in a home whose
// only door-ish device is its garage door proposed the garage: the home's locks are asked about instead
// (lockWordTarget.ts). "is his radio on" right after the caravan's battery was read as "the radio in the caravan"
// (which has none) and answered with the caravan's lights, so "put it on for him" proposed the lights
// (theirThingThere.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'pr-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'pr-shop', entity_type: 'room', name: 'Shopfront', content: {} },
  { id: 'pr-gran', entity_type: 'room', name: "Grandad's Room", content: {} },
  { id: 'pr-van', entity_type: 'room', name: 'Caravan', content: {} },
];
const DEVICES: RawEntity[] = [
  device('pr-shutter', 'Garage Door', { type: 'garage_door', capabilities: ['open_close'], state: { position: 'closed', locked: true }, description: 'roller door of the shopfront' }),
  device('pr-front', 'Front Lock', { type: 'lock', capabilities: ['lock', 'unlock', 'battery'], state: { locked: false, battery: 80 } }),
  device('pr-side', 'Side Entrance Lock', { type: 'lock', capabilities: ['lock', 'unlock', 'battery'], state: { locked: false, battery: 70 } }),
  device('pr-radio', "Grandad's Radio", { type: 'radio', capabilities: ['play', 'volume'], state: { power: 'off', station: 'Radio Cymru' } }),
  device('pr-lamp', "Grandad's Lamp", { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('pr-battery', 'Leisure Battery', { type: 'battery', capabilities: ['battery', 'voltage'], state: { battery: 76, voltage: 13.2 } }),
  device('pr-vanlights', 'Caravan Lights', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const PLACE = { 'pr-shutter': 'pr-shop', 'pr-front': 'pr-hall', 'pr-side': 'pr-hall', 'pr-radio': 'pr-gran', 'pr-lamp': 'pr-gran', 'pr-battery': 'pr-van', 'pr-vanlights': 'pr-van' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'pr-home', entity_type: 'home', name: 'House', content: {} }, ...ROOMS, ...DEVICES];
  home = await openHarness({ homeJson: homeExportJson(entities, roomAndDeviceEdges('pr-home', ROOMS, DEVICES, PLACE, 'pr-hall'), 'pr-rel') });
});
afterAll(() => home.dispose());

const dialog = (...questions: string[]) => home.dialog(...questions);

describe('"lock the door" never proposes a door-ish device that has no lock', () => {
  for (const q of ['lock the door', 'lock my door please']) {
    it(`"${q}" asks among the locks instead of proposing the garage door (no lock among its capabilities)`, async () => {
      const a = await dialog(q);
      expect(a.targets).toEqual([]);
      expect(a.cited).toEqual(expect.arrayContaining(['Front Lock', 'Side Entrance Lock']));
      expect(a.cited).not.toContain('Garage Door');
    });
  }
});

describe('"his <thing>" is read in the last answer\'s place only when that place has one', () => {
  it('"is his radio on" after the caravan battery asks about the radio, and "put it on" proposes the radio', async () => {
    expect((await dialog("what's the leisure battery at", 'is his radio on')).cited).toContain("Grandad's Radio");
    expect((await dialog("what's the leisure battery at", 'is his radio on', 'put it on for him, radio cymru')).targets).toEqual(["Grandad's Radio"]);
  });
});
