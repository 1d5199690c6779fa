// Issue 12, round 40, found at the merge: the notes named for a device (notesNamedFor.ts) answered "schedule for the
// dishwasher" with the dishwasher's warranty note (vienna wi263). A note that shares nothing asked but the device's
// name is no schedule: "schedule for X" still says there is none, while "when" questions keep the note.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'mf-home', entity_type: 'home', name: 'Wohnung', content: {} },
  room('mf-kitchen', 'Küche'),
  device('mf-dish', 'Geschirrspüler', { type: 'appliance', capabilities: ['on_off'], state: { power: 'off' } }),
  device('mf-filter', 'Water filter', { type: 'appliance', capabilities: ['filter'], state: {} }),
  { id: 'mf-warranty', entity_type: 'note', name: 'Garantie Geschirrspüler', content: { text: 'Gekauft am 02.05.2025, Garantie bis 02.05.2027.' } },
  { id: 'mf-change', entity_type: 'note', name: 'Water filter schedule', content: { text: 'The filter is changed every 4 months; next change 14 August 2027.' } },
];
const PLACE_OF = { 'mf-dish': 'mf-kitchen', 'mf-filter': 'mf-kitchen' };

let home: Harness;
const ask = askingOver(() => home, 'mf-ask');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'mf-kitchen', edges: [], edgePrefix: 'mf-edge' });
});
afterAll(() => home.dispose());

describe('a schedule asked of a device with only an unrelated note named for it', () => {
  it('says no schedule runs it, not the warranty', async () => {
    const { text } = await ask('schedule for the Geschirrspüler');
    expect(text).toMatch(/No schedule or automation runs Geschirrspüler/);
    expect(text).not.toContain('Garantie bis');
  });

  it('a note that says the schedule is still quoted', async () => {
    const { text } = await ask('schedule for the water filter');
    expect(text).toContain('every 4 months');
  });
});
