// Devices whose names end in "one" ("Sonos One", "Xbox One"): "one" is a stop word, so a span ending in it was only a
// mention when it was an automation's nickname, and "what volume is the sonos one at" listed every speaker. A whole
// name ending in "one" is that device; "the kitchen one" stays a reference to be resolved. A small Slovak home.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'sk-home', entity_type: 'home', name: 'Dom Kováč', content: {} },
  { id: 'sk-living', entity_type: 'room', name: 'Obývačka', content: {} },
  { id: 'sk-kitchen', entity_type: 'room', name: 'Kuchyňa', content: {} },
  { id: 'sk-one', entity_type: 'device', name: 'Sonos One', content: { type: 'entertainment', description: 'speaker', capabilities: ['play', 'volume'], state: { playing: true, volume: 30 } } },
  { id: 'sk-move', entity_type: 'device', name: 'Sonos Move', content: { type: 'entertainment', description: 'speaker', capabilities: ['play', 'volume'], state: { playing: false, volume: 10 } } },
];
const EDGES: RawEdge[] = [
  { from: 'sk-living', to: 'sk-home', type: 'part_of' },
  { from: 'sk-kitchen', to: 'sk-home', type: 'part_of' },
  { from: 'sk-one', to: 'sk-living', type: 'located_in' },
  { from: 'sk-move', to: 'sk-kitchen', type: 'located_in' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'sk-rel') });
});
afterAll(() => h.dispose());

const ask = async (question: string) => (await h.responder.respond(question, h.context({ conversationId: `one-${question}` })))?.text ?? '';

it('"what volume is the sonos one at" reads that speaker, not every speaker', async () => {
  const text = await ask('what volume is the sonos one at');
  expect(text).toContain('Sonos One');
  expect(text).toContain('volume 30');
  expect(text).not.toContain('Sonos Move');
});

it('a list of what each speaker reads says "not playing" once per speaker', async () => {
  const text = await ask('what volume are the speakers at');
  expect(text).toContain('Sonos Move');
  expect(text.match(/not playing/g)?.length).toBe(1);
});
