// "how long does descaling the kettle take": any verb in -ing with what it acts on names a procedure whose duration is
// asked, not only the verbs mapped in taskVerbs.ts (Leeds: "how long does bleeding the rads take" listed the heaters).
// "how long does the dishwasher take" stays a question about the device. A small Albanian home written for this test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'al-home', entity_type: 'home', name: 'Shtëpia Hoxha', content: {} },
  { id: 'al-kitchen', entity_type: 'room', name: 'Kuzhina', content: {} },
  { id: 'al-kettle', entity_type: 'device', name: 'Ibriku', content: { type: 'appliance', description: 'electric kettle', capabilities: ['on_off'], state: { on: false } } },
  { id: 'al-heater', entity_type: 'device', name: 'Ngrohësi', content: { type: 'climate', description: 'electric heater', capabilities: ['on_off'], state: { on: true } } },
  { id: 'al-descale', entity_type: 'procedure', name: 'Descale the kettle', content: { steps: ['Fill it half with vinegar water.', 'Boil and leave it an hour.', 'Rinse twice.'], duration: '70 minutes' } },
];
const EDGES: RawEdge[] = [
  { from: 'al-kitchen', to: 'al-home', type: 'part_of' },
  { from: 'al-kettle', to: 'al-kitchen', type: 'located_in' },
  { from: 'al-heater', to: 'al-kitchen', type: 'located_in' },
  { from: 'al-descale', to: 'al-kettle', type: 'procedure_for' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'al-rel') });
});
afterAll(() => h.dispose());

it('"how long does descaling the kettle take" is the procedure with its duration', async () => {
  const answer = await h.responder.respond('how long does descaling the kettle take', h.context({ conversationId: 'gerund-1' }));
  expect(answer?.text).toMatch(/Descale the kettle \(about 70 minutes\)/);
});
