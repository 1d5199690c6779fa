// Issue 12, round 33: leak sensors that keep their reading as `water: "dry"` / `water: false` (Aqara, Govee, YoLink
// exports) were no detectors to "is there a leak", and "are any leak sensors wet" listed them. A leak- or flood-typed
// device's `water` field is its leak reading; the kind's own words frame "are any leak sensors wet" as a place does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ROOMS: RawEntity[] = [
  { id: 'lw-home', entity_type: 'home', name: 'Esplanade house', content: {} },
  room('lw-kitchen', 'Kitchen'),
  room('lw-bath', 'Bathroom'),
];
const DEVICES: RawEntity[] = [
  device('lw-sink', 'Under-Sink Leak Sensor', { type: 'leak', capabilities: ['water', 'battery'], state: { water: false, battery: 70 } }),
  device('lw-bath', 'Bath Flood Sensor', { type: 'leak sensor', capabilities: ['water'], state: { water: 'dry', battery: 88 } }),
  device('lw-kettle', 'Kettle', { type: 'appliance', capabilities: ['on/off'], state: { power: 'off', water: 'full' } }),
  device('lw-light', 'Kitchen light', { type: 'light', capabilities: ['on/off'], state: { on: true } }),
];
const PLACE: Record<string, string> = { 'lw-sink': 'lw-kitchen', 'lw-bath': 'lw-bath', 'lw-kettle': 'lw-kitchen', 'lw-light': 'lw-kitchen' };

let home: Harness;
const ask = askingOver(() => home, 'lw-ask', { mustAnswer: true });

beforeAll(async () => {
  const [h, first] = ROOMS;
  home = await openSmallHome({ entities: [...ROOMS, ...DEVICES], homeId: h?.id ?? '', placeOf: PLACE, fallbackRoom: first?.id ?? '', edgePrefix: 'lw-edge' });
});
afterAll(() => home.dispose());

describe('a leak sensor\'s water field is its leak reading', () => {
  it.each(['is there a leak', 'are any leak sensors wet'])('"%s": no, both read dry', async (q) => {
    const a = await ask(q);
    expect(a.text).toMatch(/^No\b.*no water leak detected/);
    expect(a.cited).toEqual(expect.arrayContaining(['Under-Sink Leak Sensor', 'Bath Flood Sensor']));
    expect(a.cited).not.toContain('Kettle');
  });
  it('"are any lights wet" is not about the leak sensors', async () => {
    expect((await ask('are any lights wet')).cited).not.toContain('Bath Flood Sensor');
  });
});
