// Issue 12, round 21: "is there an air purifier", "where's the air purifier" in a home with a dehumidifier and a
// heater but no purifier. A dehumidifier is not an air purifier (the lexicon counted it as one), and "air" in "air
// purifier" is part of the kind's name, not a word to look for in other devices' names (which picked a heater). The
// answer says there is none; asked for what the home has, it answers as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'nk-home', entity_type: 'home', name: 'Cottage', content: {} },
  { id: 'nk-bed', entity_type: 'room', name: 'Bedroom', content: {} },
  { id: 'nk-laundry', entity_type: 'room', name: 'Laundry', content: {} },
];
const DEVICES: RawEntity[] = [
  device('nk-dry', 'Affugter', { type: 'appliance', manufacturer: 'Woods', model: 'MDK21 dehumidifier', capabilities: ['on/off', 'humidity_target'], state: { on: true, humidity: 58 } }),
  device('nk-heat', "Isla's heater", { type: 'climate', manufacturer: 'Goldair', model: 'oil column heater (on a smart plug)', capabilities: ['on/off'], state: { on: true } }),
  device('nk-lamp', 'Bedside lamp', { type: 'lighting', capabilities: ['on_off'], state: { on: false } }),
];
const PLACE_OF: Record<string, string> = { 'nk-dry': 'nk-laundry', 'nk-heat': 'nk-bed', 'nk-lamp': 'nk-bed' };

describe('an air purifier asked for in a home with only a dehumidifier', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('nk-home', ROOMS, DEVICES, PLACE_OF, 'nk-bed'), 'nk-edge') }); });
  afterAll(() => harness.dispose());
  const ask = askingOver(() => harness, 'nk', { mustAnswer: true });

  it('says there is none, never that the dehumidifier or the heater is one', async () => {
    for (const q of ['is there an air purifier', 'where is the air purifier', 'how many air purifiers']) {
      const a = await ask(q);
      expect(a.text, q).toMatch(/\bno\b/i);
      expect(a.text, q).not.toMatch(/There (is|are) \d+ air purifiers?/);
      expect(a.text, q).not.toMatch(/heater is in/);
    }
  });

  it('still finds the dehumidifier and the heater by their own kinds', async () => {
    expect((await ask('where is the dehumidifier')).cited).toContain('Affugter');
    expect((await ask('where is the heater')).cited).toContain("Isla's heater");
    expect((await ask('list the climate devices')).cited).toEqual(expect.arrayContaining(['Affugter', "Isla's heater"]));
  });
});
