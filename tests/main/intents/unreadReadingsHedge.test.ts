// A reading the engine can't place is shown, hedged, instead of a confident "no device reports the temperature": a
// radiator valve that keeps the room's temperature under its own word ("kambarys": 19.9) and a thermostat whose
// figures are written with their units ("19.6°C"). Where nothing could be it, "no device reports" stays. A small
// Lithuanian home written for this test.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { missOf } from './questionSet';

const ENTITIES: RawEntity[] = [
  { id: 'lt-home', entity_type: 'home', name: 'Namai Kazlauskų', content: {} },
  { id: 'lt-bed', entity_type: 'room', name: 'Miegamasis', content: {} },
  { id: 'lt-hall', entity_type: 'room', name: 'Prieškambaris', content: {} },
  { id: 'lt-pantry', entity_type: 'room', name: 'Sandėliukas', content: {} },
  { id: 'lt-valve', entity_type: 'device', name: 'Radiatoriaus galvutė', content: { type: 'climate', state: { kambarys: 19.9, vozhtuvas_pct: 35, battery: 80 } } },
  { id: 'lt-stat', entity_type: 'device', name: 'Termostatas', content: { type: 'climate', state: { rezimas: 'SCHEDULE', dabar: '19.6°C', norima: '20.0°C' } } },
  { id: 'lt-lamp', entity_type: 'device', name: 'Sandėliuko lempa', content: { type: 'lighting', capabilities: ['on_off'], state: { on: true } } },
];
const EDGES: RawEdge[] = [
  { from: 'lt-bed', to: 'lt-home', type: 'part_of' },
  { from: 'lt-hall', to: 'lt-home', type: 'part_of' },
  { from: 'lt-pantry', to: 'lt-home', type: 'part_of' },
  { from: 'lt-valve', to: 'lt-bed', type: 'located_in' },
  { from: 'lt-stat', to: 'lt-hall', type: 'located_in' },
  { from: 'lt-lamp', to: 'lt-pantry', type: 'located_in' },
];

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'lt-rel') });
});
afterAll(() => h.dispose());

const ask = (question: string) => h.responder.respond(question, h.context({ conversationId: `unread-${question}` }));

it('"how warm is the miegamasis" shows the valve\'s unplaced figure, hedged, never "no device reports"', async () => {
  const answer = await ask('how warm is it in the miegamasis');
  expect(answer?.text).toContain('19.9');
  expect(answer?.text).not.toMatch(/No device/);
  expect(answer?.citations.map((c) => c.name)).toContain('Radiatoriaus galvutė');
  // A battery or a valve opening is never offered as the room's temperature.
  expect(answer?.text).not.toMatch(/battery|vozhtuvas/);
  expect(missOf({ id: 'x', q: 'x', intent: 'device_state', expect: { kind: 'mentions', any_of: ['nothing'] } } as never, answer)).toBe('honest');
});

it('a figure written with its unit ("19.6°C") is shown for the hall', async () => {
  const answer = await ask("what's the temperature in the prieškambaris");
  expect(answer?.text).toContain('19.6°C');
  expect(answer?.text).not.toContain('SCHEDULE');
});

it('a room where nothing could hold it still gets a plain "no device reports the temperature"', async () => {
  const answer = await ask('how warm is the sandėliukas');
  expect(answer?.text).toMatch(/No device in Sandėliukas reports the temperature/);
});
