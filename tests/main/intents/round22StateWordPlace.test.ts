// A room described only as "open to the parlour" is not called "open": "the gate open?" asks about the gate, never
// "There are no gates in the Dining Room" (a wrong none from a state word read as a place).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './intentHarness';
import { askingOver } from './dialogsOver';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';

const home: RawEntity = { id: 'sw-home', entity_type: 'home', name: 'Compound', content: {} };
const rooms: RawEntity[] = [
  { id: 'sw-dining', entity_type: 'room', name: 'Dining Room', content: { description: 'open to the parlour' } },
  { id: 'sw-parlour', entity_type: 'room', name: 'Parlour', content: {} },
  { id: 'sw-gatehouse', entity_type: 'room', name: 'Gate House', content: {} },
];
const devices: RawEntity[] = [
  { id: 'sw-gate', entity_type: 'device', name: 'Main gate', content: { type: 'gate', capabilities: ['open', 'close'], state: { position: 'closed' } } },
  { id: 'sw-light', entity_type: 'device', name: 'Dining light', content: { type: 'light', capabilities: ['on_off'], state: { power: 'off' } } },
];
const placeOf: Record<string, string> = { 'sw-gate': 'sw-gatehouse', 'sw-light': 'sw-dining' };

describe('a state word in a room description names no place', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ homeJson: homeExportJson([home, ...rooms, ...devices], roomAndDeviceEdges(home.id, rooms, devices, placeOf, 'sw-parlour'), 'sw') });
  });
  afterAll(() => h.dispose());
  const ask = askingOver(() => h, 'sw', { mustAnswer: true });

  it('"the gate open?" is about the gate, not the dining room', async () => {
    const a = await ask('the gate open?');
    expect(a.text).not.toMatch(/no gates|Dining Room/);
    expect(a.text).toMatch(/closed/);
  });

  it('the dining room is still found by its name', async () => {
    const a = await ask('is the dining room light on');
    expect(a.cited).toContain('Dining light');
  });
});
