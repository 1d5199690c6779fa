// Round 32 (off-target places): a route whose ends are not two room names, and the door of a place asked by the place
// ("is the door to the shed open"), answered as asked instead of with one place's devices. A small inline home with
// names unlike any test home's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'o32-hall', entity_type: 'room', name: 'Vestibulo', content: { description: 'entrance hall' } },
  { id: 'o32-kit', entity_type: 'room', name: 'Kitchen', content: {} },
  { id: 'o32-deck', entity_type: 'room', name: 'Terrazza Alta', content: { description: 'rooftop deck with the planters' } },
  { id: 'o32-yard', entity_type: 'room', name: 'Yard', content: { description: 'back garden' } },
  { id: 'o32-shed', entity_type: 'room', name: 'Potting Shed', content: { description: 'shed for the tools' } },
  { id: 'o32-car', entity_type: 'room', name: 'Autorimessa', content: { description: 'garage' } },
  { id: 'o32-study', entity_type: 'room', name: 'Study', content: {} },
];
const DEVICES: RawEntity[] = [
  device('o32-shed-light', 'Shed bulb', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('o32-mower', 'Mower dock', { type: 'plug', state: { power: 'on' } }),
  device('o32-opener', 'Portone', { type: 'garage_door', capabilities: ['open_close'], state: { contact: 'closed' } }),
  device('o32-freezer', 'Chest freezer', { type: 'freezer', state: { temperature: -18 } }),
  device('o32-lamp', 'Desk lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('o32-win', 'Window sensor study', { type: 'contact_sensor', state: { contact: 'open' } }),
  device('o32-planter', 'Planter drip', { type: 'valve', state: { valve: 'closed' } }),
];
const DOORS: RawEntity[] = [
  { id: 'o32-d-shed', entity_type: 'door', name: 'Shed door', content: { state: 'open' } },
  { id: 'o32-d-inner', entity_type: 'door', name: 'Inner door', content: { description: 'door between the kitchen and the garage' } },
  { id: 'o32-d-back', entity_type: 'door', name: 'Back door', content: { state: { contact: 'closed' } } },
];
const PLACE = { 'o32-shed-light': 'o32-shed', 'o32-mower': 'o32-shed', 'o32-opener': 'o32-car', 'o32-freezer': 'o32-car', 'o32-lamp': 'o32-study', 'o32-win': 'o32-study', 'o32-planter': 'o32-deck' };

let home: Harness;
beforeAll(async () => {
  const entities = [{ id: 'o32-home', entity_type: 'home', name: 'Casa Prova', content: {} }, ...ROOMS, ...DEVICES, ...DOORS];
  const edges = [
    ...roomAndDeviceEdges('o32-home', ROOMS, DEVICES, PLACE, 'o32-kit'),
    { from: 'o32-d-shed', to: 'o32-yard', type: 'located_in' }, { from: 'o32-yard', to: 'o32-d-shed', type: 'connects_to' }, { from: 'o32-d-shed', to: 'o32-shed', type: 'connects_to' },
    { from: 'o32-d-inner', to: 'o32-kit', type: 'located_in' }, { from: 'o32-d-inner', to: 'o32-car', type: 'connects_to' },
    { from: 'o32-d-back', to: 'o32-kit', type: 'located_in' },
    { from: 'o32-hall', to: 'o32-kit', type: 'connects_to', properties: { via: 'doorway' } },
    { from: 'o32-kit', to: 'o32-yard', type: 'connects_to', properties: { via: 'Back door' } },
    { from: 'o32-yard', to: 'o32-shed', type: 'connects_to', properties: { via: 'Shed door' } },
    { from: 'o32-hall', to: 'o32-deck', type: 'connects_to', properties: { via: 'stairs' } },
    { from: 'o32-kit', to: 'o32-car', type: 'connects_to', properties: { via: 'Inner door' } },
  ];
  home = await openHarness({ homeJson: homeExportJson(entities, edges, 'o32-rel') });
});
afterAll(() => home.dispose());

let conversation = 0;
const dialog = async (...texts: string[]) => {
  const id = `o32-${++conversation}`;
  let answer: Awaited<ReturnType<Harness['responder']['respond']>>;
  for (const text of texts) answer = await home.responder.respond(text, home.context({ conversationId: id }));
  return { text: answer?.text ?? '', intent: answer?.model ?? '', targets: answer?.proposal?.targets.map((t) => t.name) ?? [] };
};

describe('a route asked with "from … to …" whose ends are not two room names', () => {
  it('an end said by what the room is ("the rooftop" of a room described "rooftop deck") is that room', async () => {
    const answer = await dialog('how you get from the hall up to the rooftop deck?');
    expect(answer.intent).toBe('path_between');
    expect(answer.text).toContain('Terrazza Alta');
    expect(answer.text).toContain('stairs');
  });
  it('a word the start of a longer description word ("roof" of "rooftop") names it too, never the list of one end', async () => {
    const answer = await dialog('how I go from kitchen to roof');
    expect(answer.intent).toBe('path_between');
    expect(answer.text).toContain('Terrazza Alta');
  });
  it('a direction word before "to" ("back to the kitchen") is no end', async () => {
    const answer = await dialog('how you get from the shed back to the kitchen?');
    expect(answer.intent).toBe('path_between');
    expect(answer.text).toContain('Yard');
  });
  it('an end nothing names is never answered with the devices of the other end', async () => {
    const answer = await dialog('how you get from the shed over to the gazebo');
    expect(answer.intent).not.toBe('devices_in_place');
    expect(answer.text).not.toContain('Mower dock');
  });
  it('two rooms with no route word still need "from … to …"', async () => {
    expect((await dialog("what's in the potting shed")).intent).toBe('devices_in_place');
  });
});

describe('the door of a place asked by the place', () => {
  it('"is the door to the shed open" is the door that joins the shed, whose state is one word', async () => {
    const answer = await dialog('is the door to the shed open? i thought i closed it');
    expect(answer.intent).toBe('state_open');
    expect(answer.text).toContain('Shed door is open');
  });
  it('"autorimessa door?" alone asks the same', async () => {
    expect((await dialog('autorimessa door?')).text).toContain('Portone is closed');
  });
  it('"is the garage door shut" where the garage is a room: its garage door opener, not the inner door', async () => {
    const answer = await dialog('is the autorimessa door shut');
    expect(answer.intent).toBe('state_open');
    expect(answer.text).toContain('Portone is closed');
  });
  it('a window contact in the room is no door', async () => {
    expect((await dialog('is the study door open')).intent).not.toBe('state_open');
  });
  it('another question about the door of a place is not read as its state', async () => {
    expect((await dialog('who has the key to the shed door')).intent).not.toBe('state_open');
  });
});

describe('rooms and counts asked of a second house', () => {
  const ROOMS2: RawEntity[] = [
    { id: 'o32s-liv', entity_type: 'room', name: 'Lounge', content: {} },
    { id: 'o32s-bed', entity_type: 'room', name: 'Bedroom', content: {} },
    { id: 'o32s-cab', entity_type: 'room', name: 'Cabin room', content: {} },
    { id: 'o32s-dock', entity_type: 'room', name: 'Jetty', content: {} },
    { id: 'o32s-shop', entity_type: 'room', name: 'Shop counter', content: {} },
  ];
  const DEVICES2: RawEntity[] = [
    device('o32s-l1', 'Lounge lamp', { type: 'light', state: { power: 'on' } }),
    device('o32s-l2', 'Bedside lamp', { type: 'light', state: { power: 'off' } }),
    device('o32s-l3', 'Cabin lamp', { type: 'light', state: { power: 'off' } }),
    device('o32s-l4', 'Counter light', { type: 'light', state: { power: 'off' } }),
  ];
  let second: Harness;
  beforeAll(async () => {
    const entities = [
      { id: 'o32s-home', entity_type: 'home', name: 'Maple Row', content: { address: '12 Maple Row, Springfield' } },
      { id: 'o32s-lake', entity_type: 'zone', name: 'Kettle Cabin', content: { description: 'the family cabin', address: 'Lake Road 4' } },
      { id: 'o32s-town', entity_type: 'zone', name: 'Corner store', content: { description: 'the shop the family runs', city: 'Riverton' } },
      ...ROOMS2, ...DEVICES2,
    ];
    const edges = [
      { from: 'o32s-lake', to: 'o32s-home', type: 'part_of' }, { from: 'o32s-town', to: 'o32s-home', type: 'part_of' },
      { from: 'o32s-liv', to: 'o32s-home', type: 'part_of' }, { from: 'o32s-bed', to: 'o32s-home', type: 'part_of' },
      { from: 'o32s-cab', to: 'o32s-lake', type: 'part_of' }, { from: 'o32s-dock', to: 'o32s-lake', type: 'part_of' },
      { from: 'o32s-shop', to: 'o32s-town', type: 'part_of' },
      { from: 'o32s-l1', to: 'o32s-liv', type: 'located_in' }, { from: 'o32s-l2', to: 'o32s-bed', type: 'located_in' },
      { from: 'o32s-l3', to: 'o32s-cab', type: 'located_in' }, { from: 'o32s-l4', to: 'o32s-shop', type: 'located_in' },
    ];
    second = await openHarness({ homeJson: homeExportJson(entities, edges, 'o32s-rel') });
  });
  afterAll(() => second.dispose());
  const ask = async (text: string) => (await second.responder.respond(text, second.context({ conversationId: `o32s-${++conversation}` })))?.text ?? '';

  it('"what rooms got at the kettle" lists that house\'s rooms, not every room', async () => {
    const text = await ask('what rooms got at the kettle');
    expect(text).toContain('Jetty');
    expect(text).not.toContain('Lounge');
  });
  it('a zone in another town than the home\'s address is a second house, said by its town', async () => {
    const text = await ask('what rooms got in Riverton');
    expect(text).toContain('Shop counter');
    expect(text).not.toContain('Bedroom');
    expect(await ask('how many lights at Riverton')).toMatch(/\b1 light|Counter light/);
  });
  it('"what\'s in" an area of rooms that is no floor says its rooms with what each holds', async () => {
    const text = await ask("what's in kettle cabin");
    expect(text).toContain('Jetty');
    expect(text).toContain('Cabin room: Cabin lamp');
  });
  it('rooms asked of the home are still all its rooms', async () => {
    expect(await ask('what rooms do we have')).toContain('Jetty');
  });
});
