// What is where and how many, read from the home's own data: a floor answered with its rooms and what each holds, the
// whole home's devices however owning is said, "heating" as the whole family of heat sources when listed, a word two
// devices share asked back rather than guessed, a device the data puts "at the garden" counted in the garden. A small
// Samoan home written for this test (the lexicons have no Samoan words).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ENTITIES: RawEntity[] = [
  { id: 'ws-home', entity_type: 'home', name: 'Fale o Tupuola', content: {} },
  { id: 'ws-upper', entity_type: 'zone', name: 'Fogāfale', content: { kind: 'floor' } },
  { id: 'ws-lower', entity_type: 'zone', name: 'Fale i lalo', content: { kind: 'floor' } },
  { id: 'ws-sina', entity_type: 'room', name: 'Potu o Sina', content: {} },
  { id: 'ws-losa', entity_type: 'room', name: 'Potu o Losa', content: {} },
  { id: 'ws-good', entity_type: 'room', name: 'The Potu Lelei', content: { description: 'kept for visitors' } },
  { id: 'ws-kuka', entity_type: 'room', name: 'Umukuka', content: {} },
  { id: 'ws-fanua', entity_type: 'room', name: 'Fanua', content: {} },
  device('ws-tv', 'Tivī', { type: 'tv', manufacturer: 'Samsung' }),
  device('ws-tv-sina', "Sina's tivī", { type: 'tv', manufacturer: 'LG' }),
  device('ws-window', 'Malama faamalama', { type: 'cover', manufacturer: 'Malama', description: 'roof window opener' }),
  device('ws-blind', 'Pupuni o Losa', { type: 'cover', manufacturer: 'Malama' }),
  device('ws-heater', 'Mea faavevela Sina', { type: 'heater', capabilities: ['on_off'], state: { on: false } }),
  device('ws-boiler', 'Afi vai', { type: 'boiler' }),
  device('ws-floor', 'Fola mafanafana', { type: 'floor_heating' }),
  device('ws-stat', 'Pulea vevela', { type: 'thermostat', capabilities: ['temperature_control', 'setpoint'], state: { mode: 'heat', target_temperature: 21 } }),
  device('ws-lamp', 'Moli o Losa', { type: 'light', capabilities: ['on_off'], state: { on: true } }),
  device('ws-cam', 'Mataitū', { type: 'camera', capabilities: ['video', 'battery'], state: { battery: 80 } }),
];

const EDGES: RawEdge[] = [
  { from: 'ws-upper', to: 'ws-home', type: 'part_of' },
  { from: 'ws-lower', to: 'ws-home', type: 'part_of' },
  { from: 'ws-sina', to: 'ws-upper', type: 'part_of' },
  { from: 'ws-losa', to: 'ws-upper', type: 'part_of' },
  { from: 'ws-good', to: 'ws-lower', type: 'part_of' },
  { from: 'ws-kuka', to: 'ws-lower', type: 'part_of' },
  { from: 'ws-fanua', to: 'ws-home', type: 'part_of' },
  { from: 'ws-tv', to: 'ws-good', type: 'located_in' },
  { from: 'ws-tv-sina', to: 'ws-sina', type: 'located_in' },
  { from: 'ws-window', to: 'ws-losa', type: 'located_in' },
  { from: 'ws-blind', to: 'ws-losa', type: 'located_in' },
  { from: 'ws-heater', to: 'ws-sina', type: 'located_in' },
  { from: 'ws-boiler', to: 'ws-kuka', type: 'located_in' },
  { from: 'ws-floor', to: 'ws-good', type: 'located_in' },
  { from: 'ws-stat', to: 'ws-good', type: 'located_in' },
  { from: 'ws-lamp', to: 'ws-losa', type: 'located_in' },
  // The camera is only "at the fanua" of the home: its spot names the garden room.
  { from: 'ws-cam', to: 'ws-home', type: 'monitors', properties: { location: 'fanua' } },
];

let h: Harness;
const ask = async (text: string, conversationId = `solo-${text}`) => {
  const answer = await h.responder.respond(text, h.context({ conversationId }));
  if (!answer) throw new Error(`no answer to "${text}"`);
  return { text: answer.text, cited: answer.citations.map((c) => c.name) };
};

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'ws-rel') });
});
afterAll(() => h.dispose());

describe('a floor asked about alone', () => {
  it('lists its rooms and, for each, what is in it', async () => {
    const a = await ask('list everything on the fogāfale');
    expect(a.text).toContain('2 rooms');
    expect(a.text).toMatch(/Potu o Losa: .*Moli o Losa/);
    expect(a.cited).toEqual(expect.arrayContaining(['Potu o Sina', "Sina's tivī", 'Mea faavevela Sina', 'Malama faamalama', 'Pupuni o Losa']));
    expect(a.cited).not.toContain('Afi vai');
  });
});

describe('the whole home', () => {
  it('counts every device however owning is said', async () => {
    for (const q of ['how many devices have we in total', 'how many gadgets do we have altogether']) expect((await ask(q)).text).toContain('10 devices');
  });

  it('lists every device for "what smart stuff have we got"', async () => {
    const a = await ask('what smart stuff have we got');
    expect(a.cited).toEqual(expect.arrayContaining(['Afi vai', 'Mataitū', 'Tivī', 'Pulea vevela']));
  });

  it('counts rooms, not the devices of a room whose name holds "room"-like words', async () => {
    const a = await ask('how many rooms have we');
    expect(a.text).toContain('5 rooms');
  });

  it('keeps "how many battery devices" about batteries', async () => {
    const a = await ask('how many battery devices do we have');
    expect(a.text).not.toContain('10 devices');
    expect(a.cited).toContain('Mataitū');
  });
});

describe('heating as a family when listing', () => {
  it('lists heaters, boilers and floor heating for "what heating have we got"', async () => {
    const a = await ask('what heating have we got');
    expect(a.cited).toEqual(expect.arrayContaining(['Mea faavevela Sina', 'Afi vai', 'Fola mafanafana']));
  });

  it('still reads "is the heating on" as the thermostat', async () => {
    const a = await ask('is the heating on');
    expect(a.text).toContain('Pulea vevela');
  });
});

describe('where, when the words fit several devices', () => {
  it('asks which between an exact name and the same thing of someone\'s', async () => {
    const a = await ask("where's the tivī");
    expect(a.text).toMatch(/Which one do you mean/);
    expect(a.text).toContain("Sina's tivī");
  });

  it('asks which when a maker word made several', async () => {
    const a = await ask("where's the malama");
    expect(a.text).toMatch(/Which one do you mean/);
    expect(a.text).toContain('Pupuni o Losa');
  });

  it('places a name said in full', async () => {
    expect((await ask("where's sina's tivī")).text).toContain('Potu o Sina');
  });

  it('says there is none of a kind in the place asked', async () => {
    const a = await ask("where's the ev charger in the umukuka");
    expect(a.text).toMatch(/no EV chargers in the Umukuka/);
  });
});

describe('a device the data puts at a spot', () => {
  it('is among the devices of the room its spot names', async () => {
    const a = await ask("what's in the fanua");
    expect(a.cited).toContain('Mataitū');
  });
});
