// "unlock the front door" where the words name the keypad by it: a keypad has no lock of its own, but the data says
// it `controls` the lock, so the lock is what is proposed (tier 3, saying why), never "Keypad has no lock I can
// control". A device that only stands in the same room as a lock is not taken for it unasked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { dialogsOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'kp-home', entity_type: 'home', name: 'Flat 4', content: {} };
const rooms: RawEntity[] = [
  { id: 'kp-hall', entity_type: 'room', name: 'Hall', content: {} },
  { id: 'kp-stairs', entity_type: 'room', name: 'Stairwell', content: {} },
  { id: 'kp-shed', entity_type: 'room', name: 'Shed', content: {} },
];
const devices: RawEntity[] = [
  { id: 'kp-lock', entity_type: 'device', name: 'Yale', content: { type: 'security', capabilities: ['lock/unlock', 'battery'], state: { locked: true, battery: '70%' } } },
  { id: 'kp-pad', entity_type: 'device', name: 'Entry keypad', content: { type: 'security', description: 'keypad outside the front door', capabilities: ['pin', 'battery'], state: { battery: '60%' } } },
  { id: 'kp-shed-lock', entity_type: 'device', name: 'Shed padlock', content: { type: 'security', capabilities: ['lock/unlock'], state: { locked: true } } },
  { id: 'kp-shed-light', entity_type: 'device', name: 'Shed light', content: { type: 'lighting', capabilities: ['on/off'], state: { on: false } } },
];
const placeOf: Record<string, string> = { 'kp-pad': 'kp-stairs', 'kp-shed-lock': 'kp-shed', 'kp-shed-light': 'kp-shed' };

describe('a command on a device that controls the one able to do it', () => {
  let h: Harness;
  beforeAll(async () => {
    const edges = [...roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'kp-hall'), { from: 'kp-pad', to: 'kp-lock', type: 'controls' }];
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], edges, 'kp') });
  });
  afterAll(() => h.dispose());
  const { proposes, dialog } = dialogsOver(() => h, 'kp');

  it('"unlock the front door" read as the keypad outside it proposes the lock the keypad controls', async () => {
    await proposes(['unlock the front door'], ['Yale'], 3);
    const a = await dialog('unlock the entry keypad');
    expect(a.text).toMatch(/Entry keypad controls Yale/);
    expect(a.text).not.toMatch(/no lock I can control/);
  });

  it('a device with no such edge is never taken for the lock in its room', async () => {
    const a = await dialog('lock the shed light');
    expect(a.proposal ?? undefined, a.text).toBeUndefined();
  });
});
