// Issue 12, round 38: "r" as texted is "are" (lexicon/englishTexting.json). Before, "turn off the lights that r on" was
// read as a "close" and answered "I couldn't find a light device in this home": a wrong none in a home full of lights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askingOver, dialogsOver } from './dialogsOver';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES = [
  { id: 'tx-home', entity_type: 'home', name: 'Mesa house', content: {} },
  room('tx-den', 'Den'),
  room('tx-kitchen', 'Kitchen'),
  device('tx-den-lamp', 'Den lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('tx-kitchen-lights', 'Kitchen lights', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('tx-porch', 'Porch light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('tx-fan', 'Den fan', { type: 'fan', capabilities: ['on_off'], state: { power: 'on' } }),
];
const PLACE_OF = { 'tx-den-lamp': 'tx-den', 'tx-kitchen-lights': 'tx-kitchen', 'tx-fan': 'tx-den' };

let home: Harness;
const ask = askingOver(() => home, 'tx-ask', { mustAnswer: true });
const { proposes } = dialogsOver(() => home, 'tx-cmd');

beforeAll(async () => {
  home = await openSmallHome({ entities: ENTITIES, placeOf: PLACE_OF, fallbackRoom: 'tx-den', edgePrefix: 'tx-edge' });
});
afterAll(() => home.dispose());

describe('"r" as texted', () => {
  it('"turn off the lights that r on" proposes the lights that are on, and no fan', async () => {
    await proposes(['turn off the lights that r on'], ['Den lamp', 'Kitchen lights'], 2);
  });

  it('"which lights r on" lists them', async () => {
    const a = await ask('which lights r on');
    expect(a.cited).toEqual(expect.arrayContaining(['Den lamp', 'Kitchen lights']));
    expect(a.cited).not.toContain('Porch light');
  });
});
