// "what happens when grandma presses her button", "what happens if there's a leak under the sink": the event names
// the trigger of one automation (its device, its event words, or its description), and that automation is the
// answer; two that fit equally are not guessed between. A small home written for this test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'ev-home', entity_type: 'home', name: 'Casa Lupo', content: {} },
  { id: 'ev-kitchen', entity_type: 'room', name: 'Cucina', content: {} },
  { id: 'ev-hall', entity_type: 'room', name: 'Ingresso', content: {} },
  { id: 'ev-leak', entity_type: 'device', name: 'Sensore perdita cucina', content: { type: 'sensor', capabilities: ['leak'], state: { leak: false } } },
  { id: 'ev-button', entity_type: 'device', name: 'Pulsante nonna', content: { type: 'button' } },
  { id: 'ev-lock', entity_type: 'device', name: 'Serratura', content: { type: 'lock', capabilities: ['lock'], state: { locked: true } } },
  { id: 'ev-lamp', entity_type: 'device', name: 'Luce ingresso', content: { type: 'lighting', capabilities: ['on_off'], state: { on: false } } },
  { id: 'ev-a1', entity_type: 'automation', name: 'Allagamento', content: { trigger: { type: 'condition', when: 'Sensore perdita cucina wet' }, actions: [{ action: 'notify' }] } },
  { id: 'ev-a2', entity_type: 'automation', name: 'Aiuto nonna', content: { trigger: { type: 'button', device: 'Pulsante nonna' }, description: 'when grandma presses her button: lights on', actions: ['Luce ingresso on'] } },
  { id: 'ev-a3', entity_type: 'automation', name: 'Bentornati', content: { trigger: { type: 'device', device: 'Serratura', event: 'unlocked', when: 'after_sunset' }, actions: [{ device: 'Luce ingresso', action: 'turn_on' }] } },
];
const EDGES: RawEdge[] = [
  { from: 'ev-kitchen', to: 'ev-home', type: 'part_of' },
  { from: 'ev-hall', to: 'ev-home', type: 'part_of' },
  { from: 'ev-leak', to: 'ev-kitchen', type: 'located_in' },
  { from: 'ev-button', to: 'ev-hall', type: 'located_in' },
  { from: 'ev-lock', to: 'ev-hall', type: 'located_in' },
  { from: 'ev-lamp', to: 'ev-hall', type: 'located_in' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'ev-rel') });
});
afterAll(() => h.dispose());

it.each([
  ['what happens when grandma presses her button', 'Aiuto nonna'],
  ['what happens if theres a leak under the sink', 'Allagamento'],
  ['what happens when i unlock the front door at night', 'Bentornati'],
])('"%s" names the automation its event sets off', async (question, automation) => {
  const answer = await h.dialog(question);
  expect(answer.cited[0]).toBe(automation);
});

it('an event no trigger speaks of is not answered with an automation', async () => {
  const answer = await h.dialog('what happens if the cat sneezes');
  expect(answer.cited).not.toContain('Aiuto nonna');
  expect(answer.cited).not.toContain('Allagamento');
  expect(answer.cited).not.toContain('Bentornati');
});
