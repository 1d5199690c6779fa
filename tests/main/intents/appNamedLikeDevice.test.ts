// "which devices are in the <x> app" where a device is also called <x> (a hub "Centrala" and its "Centrala app"): the
// app's devices, never a decline because the words name the hub. A small Romanian home written for this test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'ro-home', entity_type: 'home', name: 'Casa Popescu', content: {} },
  { id: 'ro-hall', entity_type: 'room', name: 'Hol', content: { description: 'hallway' } },
  { id: 'ro-hub', entity_type: 'device', name: 'Centrala', content: { type: 'hub', description: 'smart home hub' } },
  { id: 'ro-lamp', entity_type: 'device', name: 'Lampa hol', content: { type: 'lighting', capabilities: ['on_off'], state: { on: false } } },
  { id: 'ro-app', entity_type: 'app', name: 'Centrala app', content: { vendor: 'Centrala SRL' } },
];
const EDGES: RawEdge[] = [
  { from: 'ro-hall', to: 'ro-home', type: 'part_of' },
  { from: 'ro-hub', to: 'ro-hall', type: 'located_in' },
  { from: 'ro-lamp', to: 'ro-hall', type: 'located_in' },
  { from: 'ro-lamp', to: 'ro-app', type: 'controlled_by_app' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'ro-rel') });
});
afterAll(() => h.dispose());

it('"which devices are in the centrala app" lists that app\'s devices, though a hub is called Centrala', async () => {
  const answer = await h.responder.respond('which devices are in the centrala app', h.context({ conversationId: 'app-1' }));
  expect(answer?.text).toContain('Centrala app controls 1 device: Lampa hol');
});
