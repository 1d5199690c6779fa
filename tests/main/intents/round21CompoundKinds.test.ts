// Issue 12, round 21: a kind word inside another thing's name is not that kind. "got oven or not" listed a cooker
// hood and a rice cooker ("cooker"), "any leak sensors" an LPG gas leak detector ("leak detector"), "do we have a
// garbage disposal" the garage, "on a tu des stores motorisés" (Québec: motorised blinds) the stove. A rice cooker,
// a cooker hood, a gas detector, a garbage disposal and a "store motorisé" are words of their own, so the answer says
// there is none (at most hedging over a device whose words end in the kind word: "rice cooker"), and a "cooker hood"
// is no maybe of an oven at all; real ovens and leak sensors are still found.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'ck-home', entity_type: 'home', name: 'Flat', content: {} },
  { id: 'ck-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'ck-garage', entity_type: 'room', name: 'Garage', content: {} },
];
const KITCHEN: RawEntity[] = [
  device('ck-hood', 'Kitchen hood', { type: 'appliance', manufacturer: 'Fujioh', model: 'FR-SC2090R', description: 'cooker hood', capabilities: ['fan_speed'], state: { speed: 0 } }),
  device('ck-rice', 'Tefal', { type: 'appliance', manufacturer: 'Tefal', model: 'RK8065 Spherical Pot Induction Rice Cooker', capabilities: ['cook', 'keep_warm', 'timer'], state: { mode: 'keep_warm' } }),
  device('ck-gas', 'Stove sentinel', { type: 'sensor', manufacturer: 'Xiaomi', model: 'Mijia Gas Alarm', description: 'LPG leak detector by the gas bottle', capabilities: ['lpg', 'alarm'], state: { gas: 'normal' } }),
  device('ck-gas2', 'Kigunduzi', { type: 'sensor', manufacturer: 'Tuya', model: 'LPG gas leak detector', capabilities: ['gas_leak', 'battery'], state: { alarm: false, battery: 80 } }),
  device('ck-door', 'Garage door', { type: 'garage_door', capabilities: ['open_close'], state: { open: false } }),
];
const REAL: RawEntity[] = [
  device('ck-oven', 'Oven', { type: 'appliance', model: 'built-in oven', capabilities: ['bake', 'preheat'], state: { on: false } }),
  device('ck-leak', 'Sink sensor', { type: 'sensor', description: 'water leak sensor under the sink', capabilities: ['leak', 'battery'], state: { leak: false } }),
];
const homeOf = (devices: RawEntity[]): string => homeExportJson([...ROOMS, ...devices], roomAndDeviceEdges('ck-home', ROOMS, devices, { 'ck-door': 'ck-garage' }, 'ck-kitchen'), 'ck-edge');
const NONE = /\bno\b|couldn't find/i;

describe('kind words inside the names of other things', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await openHarness({ homeJson: homeOf(KITCHEN) }); });
  afterAll(() => harness.dispose());
  const ask = askingOver(() => harness, 'ck', { mustAnswer: true });

  it('a cooker hood and a rice cooker are no oven', async () => {
    for (const q of ['got oven or not', 'any ovens', 'how many ovens']) {
      const a = await ask(q);
      expect(a.text, q).toMatch(NONE);
      expect(a.text, q).not.toMatch(/There (is|are) \d+ ovens?/);
      // A device typed only "appliance" may still be hedged over ("nothing rules it out"), never a cooker hood.
      expect(a.cited, q).not.toContain('Kitchen hood');
    }
  });

  it('a gas leak detector is no leak sensor, and is a gas detector', async () => {
    const leak = await ask('any leak sensors');
    expect(leak.text).toMatch(NONE);
    // A detector whose words end in "leak detector" may be hedged over ("this may be one"), never listed as one.
    expect(leak.text).not.toMatch(/There (is|are) \d+ leak sensors?/);
    const gas = await ask('any gas detectors');
    expect(gas.cited, gas.text).toEqual(expect.arrayContaining(['Stove sentinel', 'Kigunduzi']));
  });

  it('a garbage disposal and motorised blinds are not the garage or the stove', async () => {
    for (const q of ['do we have a garbage disposal', 'on a tu des stores motorisés']) {
      const a = await ask(q);
      expect(a.text, q).toMatch(NONE);
      expect(a.cited, q).not.toContain('Garage door');
    }
  });
});

describe('the same questions where the home has them', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await openHarness({ homeJson: homeOf([...KITCHEN, ...REAL]) }); });
  afterAll(() => harness.dispose());
  const ask = askingOver(() => harness, 'cr', { mustAnswer: true });

  it('lists the oven and the leak sensor, and only them', async () => {
    const ovens = await ask('any ovens');
    expect(ovens.cited).toEqual(['Oven']);
    const leak = await ask('any leak sensors');
    expect(leak.cited).toEqual(['Sink sensor']);
  });
});
