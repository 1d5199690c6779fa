// Issue 12, round 8 (places and routes) over a Latvian home written for this test: an outbuilding called by the word
// before its head ("the apiary" for "Apiary shed", even with a note called "Apiary"), routes from it walk the room
// connections, "which rooms come off …", "how do you get down …", "how do I get to X from the house" (with the note
// a link carries about the way).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'lv-home', entity_type: 'home', name: 'Bērziņu māja', content: {} },
  { id: 'lv-ground', entity_type: 'zone', name: 'Pirmais stāvs', content: { kind: 'floor', description: 'ground floor' } },
  { id: 'lv-out', entity_type: 'zone', name: 'Ārā', content: { kind: 'outdoor', description: 'yard and the apiary' } },
  { id: 'lv-hall', entity_type: 'room', name: 'Priekšnams', content: { description: 'entrance hall with the stairs' } },
  { id: 'lv-kitchen', entity_type: 'room', name: 'Virtuve', content: { description: 'kitchen' } },
  { id: 'lv-cellar', entity_type: 'room', name: 'Pagrabs', content: { description: 'cellar' } },
  { id: 'lv-upper', entity_type: 'room', name: 'Augšstāva gaitenis', content: { description: 'upstairs landing' } },
  { id: 'lv-janis', entity_type: 'room', name: 'Jāņa istaba', content: {} },
  { id: 'lv-ilze', entity_type: 'room', name: 'Ilzes istaba', content: {} },
  { id: 'lv-yard', entity_type: 'room', name: 'Pagalms', content: { description: 'yard' } },
  { id: 'lv-apiary', entity_type: 'room', name: 'Apiary shed', content: { description: 'shed by the hives, 3 minutes down the lane' } },
  { id: 'lv-camera', entity_type: 'device', name: 'Dravas kamera', content: { type: 'camera', capabilities: ['video'] } },
  { id: 'lv-scale', entity_type: 'device', name: 'Stropa svari', content: { description: 'hive scale', capabilities: ['weight'] } },
  { id: 'lv-light', entity_type: 'device', name: 'Virtuves gaisma', content: { type: 'light', capabilities: ['on_off'] } },
  { id: 'lv-note', entity_type: 'note', name: 'Apiary', content: { text: 'Rent for the apiary plot is due in May.' } },
];

const EDGES: RawEdge[] = [
  ...['lv-hall', 'lv-kitchen', 'lv-cellar', 'lv-upper', 'lv-janis', 'lv-ilze'].map((id) => ({ from: id, to: 'lv-ground', type: 'located_in' })),
  { from: 'lv-yard', to: 'lv-out', type: 'located_in' },
  { from: 'lv-apiary', to: 'lv-out', type: 'located_in' },
  { from: 'lv-camera', to: 'lv-apiary', type: 'located_in' },
  { from: 'lv-scale', to: 'lv-apiary', type: 'located_in' },
  { from: 'lv-light', to: 'lv-kitchen', type: 'located_in' },
  { from: 'lv-hall', to: 'lv-kitchen', type: 'connects_to', properties: { via: 'door' } },
  { from: 'lv-hall', to: 'lv-cellar', type: 'connects_to', properties: { via: 'stairs' } },
  { from: 'lv-hall', to: 'lv-upper', type: 'connects_to', properties: { via: 'stairs' } },
  { from: 'lv-upper', to: 'lv-janis', type: 'connects_to', properties: { via: 'door' } },
  { from: 'lv-upper', to: 'lv-ilze', type: 'connects_to', properties: { via: 'door' } },
  { from: 'lv-kitchen', to: 'lv-yard', type: 'connects_to', properties: { via: 'door' } },
  { from: 'lv-yard', to: 'lv-apiary', type: 'connects_to', properties: { via: 'path', note: 'out the gate and down the lane' } },
];

let h: Harness;
let conversation = 0;

async function dialog(...questions: string[]): Promise<string[]> {
  const id = `r8-places-${++conversation}`;
  const out: string[] = [];
  for (const q of questions) {
    const answer = await h.responder.respond(q, h.context({ conversationId: id }));
    expect(answer, `"${q}" was declined`).toBeDefined();
    out.push(answer?.text ?? '');
  }
  return out;
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'lv-edge') });
});
afterAll(() => h.dispose());

describe('an outbuilding is called by the word before its head', () => {
  it('"what\'s at the apiary" lists the devices of "Apiary shed", though a note is called "Apiary"', async () => {
    const [text] = await dialog("what's at the apiary");
    expect(text).toContain('Dravas kamera');
    expect(text).toContain('Stropa svari');
  });

  it('a route from the apiary walks the room connections, and "and to …" swaps the end', async () => {
    const [first, second] = await dialog("how do i get from the apiary to ilze's room", 'and to the cellar?');
    expect(first).toMatch(/Apiary shed → Pagalms .*Virtuve .*Priekšnams .*Augšstāva gaitenis .*Ilzes istaba/);
    expect(second).toMatch(/Apiary shed → .*Priekšnams .*Pagrabs/);
  });

  it('"how do I get to the apiary from the house" says the ways into it, with what the link says of the way', async () => {
    const [text] = await dialog('how do i get to the apiary from the house');
    expect(text).toContain('Pagalms');
    expect(text).toContain('down the lane');
  });

  it('the note keeps its name for a question about it', async () => {
    const [text] = await dialog('when is the apiary rent due');
    expect(text).toContain('May');
  });
});

describe('room connections in everyday words', () => {
  it('"which rooms come off the landing" names the rooms connected to it, and "and the kitchen?" asks the same', async () => {
    const [landing, kitchen] = await dialog('which rooms come off the landing', 'and the kitchen?');
    for (const name of ['Jāņa istaba', 'Ilzes istaba', 'Priekšnams']) expect(landing).toContain(name);
    expect(kitchen).toContain('Pagalms');
  });

  it('"how do you get down the cellar" is the way into it', async () => {
    const [text] = await dialog('how do you get down the cellar');
    expect(text).toMatch(/Priekšnams \(stairs\)/);
  });
});
