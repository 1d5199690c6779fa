// Issue 12, round 2: which place a word names when the name and another place's description both hold it. A small
// Greek home (names in Latin letters, written for this test; the lexicon has no Greek words) with English descriptions:
//   - "room" of a description ("living room") names no place alone: "what rooms connect to the garage" is about the
//     garage, never about the living room;
//   - a word of a place's own name ("Hall" of "Hall Eisodou") beats the same group's word in another place's
//     description ("upstairs hallway"): "the hall" is the entrance hall, not a question back;
//   - a description word before its head ("upstairs" in "upstairs hallway") only says which hallway: "upstairs" is the
//     floor zone described as upstairs;
//   - a relay's "switch": "on" is a power state ("is the pump running");
//   - "and from A to B?" after a route asks the route again with both ends;
//   - a reply to "which one" names the place by its everyday word ("the bedroom one").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeAliases } from '../../../src-main/intents/placeVocabulary';
import { phraseKey } from '../../../src-main/intents/deviceKinds';
import type { Entity } from '../../../src-shared/protocol/entities';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'gr-home', entity_type: 'home', name: 'Spiti Papadopoulou', content: {} },
  { id: 'gr-ground', entity_type: 'zone', name: 'Isogeio', content: { kind: 'floor', level: 0, description: 'ground floor' } },
  { id: 'gr-upper', entity_type: 'zone', name: 'Orofos', content: { kind: 'floor', level: 1, description: 'first floor / upstairs' } },
  { id: 'gr-entry', entity_type: 'room', name: 'Hall Eisodou', content: { description: 'entrance hall' } },
  { id: 'gr-living', entity_type: 'room', name: 'Saloni', content: { description: 'living room' } },
  { id: 'gr-garage', entity_type: 'room', name: 'Garaz', content: {} },
  { id: 'gr-store', entity_type: 'room', name: 'Apothiki', content: { description: 'storeroom' } },
  { id: 'gr-corridor', entity_type: 'room', name: 'Diadromos', content: { description: 'upstairs hallway' } },
  { id: 'gr-bed', entity_type: 'room', name: 'Krevatokamara', content: { description: 'bedroom' } },
  { id: 'gr-bell', entity_type: 'device', name: 'Koudouni', content: { type: 'security', capabilities: ['video'] } },
  { id: 'gr-hall-light', entity_type: 'device', name: 'Fos Eisodou', content: { type: 'lighting', capabilities: ['power'], state: { power: 'off' } } },
  { id: 'gr-tv', entity_type: 'device', name: 'Tileorasi', content: { type: 'entertainment', capabilities: ['power'] } },
  { id: 'gr-pump', entity_type: 'device', name: 'Antlia Nerou', content: { type: 'appliance', description: 'relay for the water pump', capabilities: ['on_off'], state: { switch: 'on', power_w: 400 } } },
  { id: 'gr-corridor-light', entity_type: 'device', name: 'Fos Diadromou', content: { type: 'lighting', capabilities: ['power'], state: { power: 'on' } } },
  { id: 'gr-lamp', entity_type: 'device', name: 'Portatif', content: { type: 'lighting', capabilities: ['power'], state: { power: 'off' } } },
];

const EDGES: RawEdge[] = [
  ...['gr-ground', 'gr-upper'].map((id) => ({ from: id, to: 'gr-home', type: 'part_of' })),
  ...['gr-entry', 'gr-living', 'gr-garage', 'gr-store'].map((id) => ({ from: id, to: 'gr-ground', type: 'located_in' })),
  ...['gr-corridor', 'gr-bed'].map((id) => ({ from: id, to: 'gr-upper', type: 'located_in' })),
  { from: 'gr-bell', to: 'gr-entry', type: 'located_in' },
  { from: 'gr-hall-light', to: 'gr-entry', type: 'located_in' },
  { from: 'gr-tv', to: 'gr-living', type: 'located_in' },
  { from: 'gr-pump', to: 'gr-store', type: 'located_in' },
  { from: 'gr-corridor-light', to: 'gr-corridor', type: 'located_in' },
  { from: 'gr-lamp', to: 'gr-bed', type: 'located_in' },
  { from: 'gr-entry', to: 'gr-living', type: 'connects_to', properties: { via: 'doorway' } },
  { from: 'gr-entry', to: 'gr-corridor', type: 'connects_to', properties: { via: 'stairs' } },
  { from: 'gr-garage', to: 'gr-store', type: 'connects_to', properties: { via: 'door' } },
  { from: 'gr-corridor', to: 'gr-bed', type: 'connects_to', properties: { via: 'door' } },
  { from: 'gr-store', to: 'gr-entry', type: 'connects_to', properties: { via: 'door' } },
];

let h: Harness;
let conversation = 0;

async function ask(q: string): Promise<string> {
  const answer = await h.responder.respond(q, h.context({ conversationId: `name-words-${++conversation}` }));
  expect(answer, `"${q}" was declined`).toBeDefined();
  return answer?.text ?? '';
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'gr-rel') });
});
afterAll(() => h.dispose());

const room = (name: string, content: Record<string, unknown> = {}): Entity => ({
  id: name, entity_type: 'room', name, content, version: 'v1', source_type: 'manual', user_id: 'u', parent_versions: [], checksum: null,
} as unknown as Entity);

describe('which place a word names', () => {
  it('a "living room" description gives no place the word "room"', () => {
    const living = room('Saloni', { description: 'living room' });
    const aliases = [...(placeAliases([living], new Set(['saloni'])).get(living) ?? [])];
    expect(aliases).toContain('living room');
    expect(aliases).not.toContain('room');
  });

  it('"what rooms connect to the garage" is about the garage, never the living room', async () => {
    const text = await ask('what rooms connect to the garage');
    expect(text).toContain('Garaz');
    expect(text).toContain('Apothiki');
    expect(text).not.toContain('Saloni connects');
  });

  it('a word of a name beats a description word: "the hall" is the entrance hall', async () => {
    const entry = room('Hall Eisodou', { description: 'entrance hall' });
    const corridor = room('Diadromos', { description: 'upstairs hallway' });
    const aliases = placeAliases([entry, corridor], new Set(['hall eisodou', 'diadromos']));
    expect([...(aliases.get(entry) ?? [])]).toContain('hall');
    expect([...(aliases.get(corridor) ?? [])]).not.toContain('hall');
    const connects = await ask('what does the hall connect to');
    expect(connects).toMatch(/Hall Eisodou connects/);
    expect(connects).not.toMatch(/Which one/);
    const devices = await ask('what do we have in the hall');
    expect(devices).toContain('Koudouni');
    expect(devices).not.toContain('Fos Diadromou');
  });

  it('"upstairs" of "upstairs hallway" only says which hallway: upstairs is the floor described so', async () => {
    const rooms = await ask('which rooms are upstairs');
    expect(rooms).toContain('Orofos');
    expect(rooms).toContain('Krevatokamara');
    expect(rooms).not.toMatch(/Which one/);
    const devices = await ask('what devices are upstairs');
    expect(devices).toContain('Portatif');
    expect(devices).toContain('Fos Diadromou');
  });

  it('a relay\'s "switch": "on" is on', async () => {
    const text = await ask('is anything on in the storeroom');
    expect(text).toContain('Antlia Nerou');
    expect(text).not.toMatch(/no devices .* with an on\/off state/i);
  });

  it('"and from A to B?" after a route is the route between the new ends', async () => {
    const id = `name-words-${++conversation}`;
    const first = await h.responder.respond('how do i get from the garage to the bedroom', h.context({ conversationId: id }));
    expect(first?.text).toContain('Apothiki');
    const next = await h.responder.respond('and from the living room to the storeroom?', h.context({ conversationId: id }));
    expect(next?.model).toBe('path_between');
    expect(next?.text).toMatch(/Saloni → Hall Eisodou .*→ Apothiki/);
  });

  it('a zone beats a room that only holds the word, not a room that is the word whole', () => {
    const zone = (name: string, description: string): Entity => ({ ...room(name, { description }), entity_type: 'zone' } as Entity);
    const upper = zone('Orofos', 'upstairs');
    const landing = room('Pano Skala', { description: 'upstairs landing' });
    const yard = zone('Avli', 'yard and garden');
    const garden = room('Kipos', { description: 'garden' });
    const aliases = placeAliases([upper, landing, yard, garden], new Set(['orofos', 'pano skala', 'avli', 'kipos']));
    expect([...(aliases.get(upper) ?? [])]).toContain(phraseKey('upstairs'));
    expect([...(aliases.get(landing) ?? [])]).not.toContain(phraseKey('upstairs'));
    expect([...(aliases.get(garden) ?? [])]).toContain('garden');
    expect([...(aliases.get(yard) ?? [])]).not.toContain('garden');
  });

  it('a reply to "which one" may name the place by its everyday word ("the bedroom one")', async () => {
    const id = `name-words-${++conversation}`;
    const first = await h.responder.respond('turn on the light', h.context({ conversationId: id }));
    expect(first?.text).toMatch(/Which/);
    const next = await h.responder.respond('the bedroom one', h.context({ conversationId: id }));
    expect(next?.model).toBe('turn_on');
    expect(next?.text).toContain('Portatif');
    expect(next?.text).not.toContain('Fos');
  });

  it('the other words of the group are still the hallway that is no name word', () => {
    const corridor = room('Diadromos', { description: 'upstairs hallway' });
    const aliases = [...(placeAliases([corridor], new Set(['diadromos'])).get(corridor) ?? [])];
    expect(aliases).toEqual(expect.arrayContaining([phraseKey('upstairs hallway'), 'hallway']));
  });
});
