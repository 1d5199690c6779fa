// Issue 12, round 38: wrong nones and wrong proposals. A building door is opened through the intercom that `controls`
// it with a door-release capability (doorRelease.ts), never "has no motor I can open"; "any notes about the boilers"
// finds the note titled "Boiler service" (kindTitledNotes.ts); "filter pump" alone is no pool pump, so an aquarium's
// filter pump is never proposed for "the swimming pool pump" (lexicon/kinds.json).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RawEntity } from './homeExportJson';
import type { Harness } from './intentHarness';
import { device, openSmallHome, room } from './smallHome';

const ENTITIES: RawEntity[] = [
  { id: 't38t-home', entity_type: 'home', name: 'Flat 4', content: {} },
  room('t38t-stair', 'Stairwell'),
  room('t38t-bath', 'Bathroom'),
  room('t38t-ensuite', 'Ensuite'),
  room('t38t-lounge', 'Lounge'),
  { id: 't38t-door', entity_type: 'door', name: 'Street door', content: { has_lock: true, state: { contact: 'closed' }, description: 'old building door, opened by the intercom' } },
  device('t38t-intercom', 'Entryphone', { type: 'security', capabilities: ['intercom', 'open_door'], state: { status: 'idle' } }),
  device('t38t-boiler1', 'Bathroom boiler', { type: 'water_heater', capabilities: ['on_off', 'temperature'], state: { power: 'on', temperature: 50 } }),
  device('t38t-boiler2', 'Ensuite boiler', { type: 'water_heater', capabilities: ['on_off', 'temperature'], state: { power: 'off', temperature: 30 } }),
  { id: 't38t-note', entity_type: 'note', name: 'Boiler service', content: { text: 'Both serviced 3 October, anode rods changed.' } },
  device('t38t-aqua', 'Aquarium pump', { type: 'pump', model: 'WP-3880 filter pump', capabilities: ['on_off'], state: { power: 'on' } }),
];
const ROOM_OF: Record<string, string> = {
  't38t-intercom': 't38t-stair', 't38t-boiler1': 't38t-bath', 't38t-boiler2': 't38t-ensuite', 't38t-aqua': 't38t-lounge',
};

let home: Harness;
const ask = async (text: string) => home.responder.respond(text, home.context({ conversationId: `t38t-${text}`, role: 'admin' }));

beforeAll(async () => {
  home = await openSmallHome({
    entities: ENTITIES, placeOf: ROOM_OF, fallbackRoom: 't38t-stair', edgePrefix: 't38t-edge',
    edges: [
      { from: 't38t-door', to: 't38t-stair', type: 'located_in' },
      { from: 't38t-intercom', to: 't38t-door', type: 'controls' },
    ],
  });
});
afterAll(() => home.dispose());

describe('a door opened through its intercom', () => {
  it('"open the street door" proposes the intercom that controls it, at the strict tier', async () => {
    const a = await ask('open the street door');
    expect(a?.proposal?.targets.map((t) => t.name), a?.text).toEqual(['Entryphone']);
    expect(a?.proposal?.tier).toBe(3);
  });
  it('"close the street door" is never proposed through the release', async () => {
    const a = await ask('close the street door');
    expect(a?.proposal?.targets.map((t) => t.name) ?? []).not.toContain('Entryphone');
  });
});

describe('notes about a kind said in the plural', () => {
  it('"any notes about the boilers?" quotes the note titled "Boiler service"', async () => {
    expect((await ask('any notes about the boilers?'))?.text ?? '').toMatch(/anode rods/);
  });
});

describe('a filter pump alone is no pool pump', () => {
  it('"turn on the swimming pool pump" never proposes the aquarium pump', async () => {
    const a = await ask('turn on the swimming pool pump');
    expect(a?.proposal?.targets.map((t) => t.name) ?? []).not.toContain('Aquarium pump');
  });
});
