// Issue 12, round 21: "ok do we have a wine fridge" in a home whose only fridge is named "Fridge" answered with that
// fridge's readings, as if it were a wine fridge. A word before a device named by its kind alone, that nothing in the
// home uses, asks for another one of the kind: the answer says there is no wine fridge (and what fridge there is).
// Asked plainly, or about the fridge's state, it is that fridge as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const ROOMS: RawEntity[] = [
  { id: 'qk-home', entity_type: 'home', name: 'House', content: {} },
  { id: 'qk-kitchen', entity_type: 'room', name: 'Kitchen', content: {} },
];
const DEVICES: RawEntity[] = [
  { id: 'qk-fridge', entity_type: 'device', name: 'Fridge', content: { type: 'appliance', manufacturer: 'Whirlpool', model: 'French door', capabilities: ['temperature'], state: { fridge_temp_f: 37, door: 'closed' } } },
  { id: 'qk-lamp', entity_type: 'device', name: 'Kitchen lamp', content: { type: 'lighting', capabilities: ['on_off'], state: { on: true } } },
];

describe('a kind asked with a word the home never uses, where a device is named by the kind', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('qk-home', ROOMS, DEVICES, {}, 'qk-kitchen'), 'qk-edge') }); });
  afterAll(() => harness.dispose());
  const ask = askingOver(() => harness, 'qk', { mustAnswer: true });

  it('says there is no such one', async () => {
    for (const q of ['ok do we have a wine fridge', 'is there a wine fridge', 'any wine fridge']) expect((await ask(q)).text, q).toMatch(/no wine fridge/i);
  });

  it('is still the fridge when asked plainly or about its state', async () => {
    const plain = await ask('do we have a fridge');
    expect(plain.cited).toContain('Fridge');
    expect(plain.text).not.toMatch(/\bno\b/i);
    const state = await ask('is the fridge door open');
    expect(state.cited).toContain('Fridge');
    expect(state.text).not.toMatch(/wine/i);
  });
});

describe('a word before the device name that is not asked about having one', () => {
  let harness: Harness;
  beforeAll(async () => { harness = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], roomAndDeviceEdges('qk-home', ROOMS, DEVICES, {}, 'qk-kitchen'), 'qk-edge') }); });
  afterAll(() => harness.dispose());
  const ask = askingOver(() => harness, 'qs');

  it('leaves the device named', async () => {
    expect((await ask('is there a warranty still fridge')).text).not.toMatch(/no still fridge/i);
  });
});
