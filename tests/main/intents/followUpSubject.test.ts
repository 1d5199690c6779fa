// Issue 12, trust: after "is the office ac on" (a kind in a room), "turn it off" means the air conditioner the answer
// named, never the room (whose lights "it" used to switch). A Lithuanian home written here.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'lt-home', entity_type: 'home', name: 'Namai Vilniuje', content: {} },
  { id: 'lt-office', entity_type: 'room', name: 'Kabinetas', content: { description: 'office' } },
  { id: 'lt-ac', entity_type: 'device', name: 'Kondicionierius Kabinete', content: { type: 'climate', model: 'air conditioner', capabilities: ['on_off', 'temperature_control'], state: { power: 'on', setpoint: 22 } } },
  { id: 'lt-lamp', entity_type: 'device', name: 'Stalinė lempa', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'on' } } },
];
const EDGES: RawEdge[] = [
  { from: 'lt-office', to: 'lt-home', type: 'part_of' },
  { from: 'lt-ac', to: 'lt-office', type: 'located_in' },
  { from: 'lt-lamp', to: 'lt-office', type: 'located_in' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'lt-rel') });
});
afterAll(() => h.dispose());

it('"turn it off" after "is the office ac on" proposes the air conditioner, not the lamp in that room', async () => {
  const context = h.context({ conversationId: 'lt-1' });
  const first = await h.responder.respond('is the office ac on', context);
  expect(first?.text).toMatch(/Kondicionierius Kabinete/);
  const off = await h.responder.respond('turn it off', context);
  expect(off?.proposal?.targets.map((t) => t.name)).toEqual(['Kondicionierius Kabinete']);
});
