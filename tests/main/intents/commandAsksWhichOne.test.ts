// Issue 12, trust: a command that fits two devices asks which one instead of proposing one of them.
// - "the bathroom fan" with a fan in "Upstairs bathroom" and one in "Apartment bathroom", where the zone "Upstairs"
//   is described "bedrooms + bathroom": the description's word is no claim over the room named "Apartment bathroom".
// - "the ac" with "Kid's AC" and ACs named in Hebrew ("מזגן סלון"): the English word in one name picks nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'h', entity_type: 'home', name: 'Row house', content: {} },
  { id: 'up', entity_type: 'zone', name: 'Upstairs', content: { description: 'bedrooms + bathroom' } },
  { id: 'flat', entity_type: 'zone', name: 'Basement flat', content: {} },
  { id: 'up-bath', entity_type: 'room', name: 'Upstairs bathroom', content: {} },
  { id: 'flat-bath', entity_type: 'room', name: 'Apartment bathroom', content: {} },
  { id: 'kid', entity_type: 'room', name: 'Kid room', content: {} },
  { id: 'salon', entity_type: 'room', name: 'סלון', content: {} },
  { id: 'fan-up', entity_type: 'device', name: 'Bathroom fan upstairs', content: { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'fan-flat', entity_type: 'device', name: 'Bathroom fan apartment', content: { type: 'fan', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'ac-kid', entity_type: 'device', name: "Kid's AC", content: { type: 'climate', capabilities: ['power', 'setpoint', 'mode'], state: { power: 'on', setpoint: 21 } } },
  { id: 'ac-salon', entity_type: 'device', name: 'מזגן סלון', content: { type: 'climate', capabilities: ['power', 'setpoint', 'mode'], state: { power: 'on', setpoint: 24 } } },
];
const EDGES: RawEdge[] = [
  { from: 'up', to: 'h', type: 'part_of' },
  { from: 'flat', to: 'h', type: 'part_of' },
  { from: 'up-bath', to: 'up', type: 'part_of' },
  { from: 'flat-bath', to: 'flat', type: 'part_of' },
  { from: 'kid', to: 'up', type: 'part_of' },
  { from: 'salon', to: 'h', type: 'part_of' },
  { from: 'fan-up', to: 'up-bath', type: 'located_in' },
  { from: 'fan-flat', to: 'flat-bath', type: 'located_in' },
  { from: 'ac-kid', to: 'kid', type: 'located_in' },
  { from: 'ac-salon', to: 'salon', type: 'located_in' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'wo-rel') });
});
afterAll(() => h.dispose());

describe('two devices fit: which one', () => {
  it.each([
    ['can u turn on the bathroom fan', ['Bathroom fan upstairs', 'Bathroom fan apartment']],
    ['turn off the ac', ["Kid's AC", 'מזגן סלון']],
  ])('"%s" asks which', async (q, options) => {
    const a = await h.dialog(q);
    expect(a.targets).toEqual([]);
    for (const o of options) expect(a.text).toContain(o);
  });

  it('a place said picks one', async () => {
    expect((await h.dialog('turn on the upstairs bathroom fan')).targets).toEqual(['Bathroom fan upstairs']);
  });
});
