// Issue 12, round 10 (kinds, lists and apps) over a Norwegian home written for this test: an app named in a device
// question ("what does smarthjem control") is that app's devices; a plug named after what it powers ("Emmas lys",
// described "smart plug for …") is a plug, not a light; a leak sensor named after the dishwasher it guards is a leak
// sensor; a video doorbell is a camera too; an appliance whose name says nothing is a fridge or freezer by what it
// reads (5 °C with a door; a "freezer_c" field), never a door sensor in a cold shed; a drying cabinet is a dryer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Huset på Nesodden', content: {} },
  { id: 'id-stue', entity_type: 'room', name: 'Stue', content: {} },
  { id: 'id-kjokken', entity_type: 'room', name: 'Kjøkken', content: {} },
  { id: 'id-vask', entity_type: 'room', name: 'Vaskerom', content: {} },
  { id: 'id-emma', entity_type: 'room', name: 'Emmas rom', content: {} },
  { id: 'id-bod', entity_type: 'room', name: 'Bod', content: { description: 'cold shed by the driveway' } },
  { id: 'id-starlamp', entity_type: 'device', name: 'Emmas lys', content: { type: 'switch', manufacturer: 'Plugg AS', description: "smart plug for Emma's star lamp", capabilities: ['on_off'], state: { on: true } } },
  { id: 'id-oldfridge', entity_type: 'device', name: 'Kjøleskap bod', content: { type: 'switch', manufacturer: 'Plugg AS', description: 'smart plug the old fridge in the shed runs on', capabilities: ['on_off'], state: { on: true } } },
  { id: 'id-ceiling', entity_type: 'device', name: 'Taklampe stue', content: { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { power: 'on' } } },
  { id: 'id-kitchenlamp', entity_type: 'device', name: 'Lampe kjøkken', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'id-cooler', entity_type: 'device', name: 'Siemens iQ500', content: { type: 'appliance', manufacturer: 'Siemens', capabilities: ['temperature_monitoring', 'door_alarm'], state: { temp_c: 5, door: 'closed' } } },
  { id: 'id-combi', entity_type: 'device', name: 'Kombiskap', content: { type: 'appliance', manufacturer: 'Gram', capabilities: ['temperature_monitoring'], state: { fridge_c: 4, freezer_c: -19, door: 'closed' } } },
  { id: 'id-dishes', entity_type: 'device', name: 'Oppvaskmaskin', content: { type: 'appliance', manufacturer: 'Bosch', capabilities: ['remote_start', 'program'], state: { status: 'running', program: 'Eco 50' } } },
  { id: 'id-leak', entity_type: 'device', name: 'Lekkasjevakt oppvaskmaskin', content: { type: 'sensor', manufacturer: 'Aqara', model: 'Water Leak Sensor W2', capabilities: ['water_leak', 'battery'], state: { leak: false, battery: 80 } } },
  { id: 'id-drying', entity_type: 'device', name: 'Tørkeskap', content: { type: 'appliance', manufacturer: 'Skapet', description: 'drying cabinet', capabilities: ['timer', 'temperature'], state: { running: false } } },
  { id: 'id-shedsensor', entity_type: 'device', name: 'Dørføler bod', content: { type: 'sensor', manufacturer: 'Aqara', capabilities: ['contact', 'temperature'], state: { door: 'closed', temp_c: 4 } } },
  { id: 'id-bell', entity_type: 'device', name: 'Ringeklokke', content: { type: 'security', manufacturer: 'Ring', description: 'front doorbell', capabilities: ['video', 'chime'], state: { online: true } } },
  { id: 'id-cam', entity_type: 'device', name: 'Kamera garasje', content: { type: 'security', manufacturer: 'Reolink', capabilities: ['video', 'night_vision'], state: { recording: true } } },
  { id: 'id-ac-living', entity_type: 'device', name: 'Mitsubishi stue', content: { type: 'climate', manufacturer: 'Mitsubishi', description: 'air-to-air heat pump (LLVP)', capabilities: ['cool', 'heat', 'fan_speed', 'setpoint'], state: { power: 'on' } } },
  { id: 'id-ac-bed', entity_type: 'device', name: 'Daikin soverom', content: { type: 'climate', manufacturer: 'Daikin', description: 'split aircon', capabilities: ['cool', 'heat'], state: { power: 'off' } } },
  { id: 'id-night', entity_type: 'automation', name: 'Nattmodus aircon', content: { description: 'bedroom aircon to 19 at night' } },
  { id: 'id-ground', entity_type: 'zone', name: 'Første etasje', content: { kind: 'floor', level: 0 } },
  { id: 'id-cellar', entity_type: 'zone', name: 'Kjeller', content: { kind: 'floor', level: -1, description: 'basement, downstairs' } },
  { id: 'id-app-plugs', entity_type: 'app', name: 'SmartHjem', content: { vendor: 'Plugg AS' } },
  { id: 'id-app-white', entity_type: 'app', name: 'Hvitevare Connect', content: { vendor: 'Bosch/Siemens' } },
];

const EDGES: RawEdge[] = [
  { from: 'id-starlamp', to: 'id-emma', type: 'located_in' },
  { from: 'id-oldfridge', to: 'id-bod', type: 'located_in' },
  { from: 'id-ceiling', to: 'id-stue', type: 'located_in' },
  { from: 'id-kitchenlamp', to: 'id-kjokken', type: 'located_in' },
  { from: 'id-cooler', to: 'id-kjokken', type: 'located_in' },
  { from: 'id-combi', to: 'id-bod', type: 'located_in' },
  { from: 'id-dishes', to: 'id-kjokken', type: 'located_in' },
  { from: 'id-leak', to: 'id-kjokken', type: 'located_in' },
  { from: 'id-drying', to: 'id-vask', type: 'located_in' },
  { from: 'id-shedsensor', to: 'id-bod', type: 'located_in' },
  { from: 'id-bell', to: 'id-stue', type: 'located_in' },
  { from: 'id-cam', to: 'id-bod', type: 'located_in' },
  { from: 'id-ac-living', to: 'id-stue', type: 'located_in' },
  { from: 'id-ac-bed', to: 'id-emma', type: 'located_in' },
  { from: 'id-night', to: 'id-ac-bed', type: 'automates' },
  { from: 'id-stue', to: 'id-ground', type: 'located_in' },
  { from: 'id-kjokken', to: 'id-ground', type: 'located_in' },
  { from: 'id-vask', to: 'id-cellar', type: 'located_in' },
  { from: 'id-starlamp', to: 'id-app-plugs', type: 'controlled_by_app' },
  { from: 'id-oldfridge', to: 'id-app-plugs', type: 'controlled_by_app' },
  { from: 'id-dishes', to: 'id-app-white', type: 'controlled_by_app' },
  { from: 'id-cooler', to: 'id-app-white', type: 'controlled_by_app' },
];

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<{ text: string; cited: string[] }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `r10-kinds-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'id-edge') });
});
afterAll(() => h.dispose());

describe('an app named where a device would be', () => {
  it.each([
    ['what does smarthjem control', ['Emmas lys', 'Kjøleskap bod']],
    ['what does smart hjem control', ['Emmas lys', 'Kjøleskap bod']],
    ['what does hvitevare connect control', ['Oppvaskmaskin', 'Siemens iQ500']],
  ])('"%s" lists the devices linked to the app', async (q, devices) => {
    const { text, cited } = await ask(q);
    expect(text).not.toContain("couldn't find");
    expect(cited).toEqual(expect.arrayContaining(devices));
  });
});

describe('a device named after what it serves', () => {
  it('a plug named for its load is listed with the plugs, and not counted as a light', async () => {
    expect((await ask('list the smart plugs')).cited).toEqual(expect.arrayContaining(['Emmas lys', 'Kjøleskap bod']));
    const lights = await ask('how many lights');
    expect(lights.text).toContain('2 lights');
    expect(lights.cited).not.toContain('Emmas lys');
  });

  it('a leak sensor named after the dishwasher is no dishwasher', async () => {
    const { cited } = await ask('do we have a dishwasher');
    expect(cited).toContain('Oppvaskmaskin');
    expect(cited).not.toContain('Lekkasjevakt oppvaskmaskin');
    expect((await ask('how many leak sensors')).cited).toContain('Lekkasjevakt oppvaskmaskin');
  });
});

describe('kinds from what a device reads or can do', () => {
  it('a video doorbell is listed with the cameras', async () => {
    expect((await ask('list the cameras')).cited).toEqual(expect.arrayContaining(['Ringeklokke', 'Kamera garasje']));
  });

  it('an appliance at 5 °C with a door is a fridge; a freezer field makes a freezer; a cold door sensor is neither', async () => {
    const fridges = await ask('do we have a fridge');
    expect(fridges.cited).toEqual(expect.arrayContaining(['Siemens iQ500', 'Kombiskap']));
    expect(fridges.text).toContain('5°C');
    expect(fridges.cited).not.toContain('Dørføler bod');
    const freezers = await ask('have we got a freezer');
    expect(freezers.cited).toContain('Kombiskap');
    expect(freezers.cited).not.toContain('Siemens iQ500');
  });

  it('a drying cabinet is a dryer', async () => {
    const { text } = await ask("where's the dryer");
    expect(text).toContain('Vaskerom');
  });
});

describe('counting the whole home', () => {
  it.each(['how many devices in total', 'how many devices'])('"%s" counts every device, never a place called "total"', async (q) => {
    const { text } = await ask(q);
    expect(text).toContain('14 devices');
  });
});

describe('where things are', () => {
  it('"where\'s the aircon" with two of them asks which, never answers for the automation named with the word', async () => {
    const { text } = await ask("where's the aircon");
    expect(text).toContain('Which one');
    expect(text).toContain('Mitsubishi stue');
    expect(text).toContain('Daikin soverom');
    expect(text).not.toContain('Nattmodus');
  });

  it('an abbreviation in brackets in a description names the device', async () => {
    expect((await ask("where's the llvp")).text).toContain('Stue');
  });

  it.each([
    ['is the vaskerom upstairs or downstairs', 'Kjeller'],
    ["where'd the daikin end up", 'Emmas rom'],
  ])('"%s" is a where question', async (q, place) => {
    expect((await ask(q)).text).toContain(place);
  });
});
