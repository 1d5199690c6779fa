// Issue 12, round 11 (kinds and readings) over a Vietnamese home written for this test: a device whose run-together
// name only holds a kind word inside it ("Airconphongngu") is that kind once its description or a capability says
// it again, so it is listed, counted and told apart by state with the others of its kind (not as a heater because it
// can also heat); a kind word inside a name that nothing else confirms still yields ("Heaterbep" is a smart plug).
// A room description that lists what is kept there ("nha xe: inverter, battery") does not make "battery" a name of
// the room when a device is called by it ("Dyness battery"): "battery soc" reads that device. "What's on tang hai" (a
// floor zone) names its rooms; "what devices are on tang hai" still lists the devices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Nha Nguyen', content: {} },
  { id: 'id-khach', entity_type: 'room', name: 'Phong khach', content: {} },
  { id: 'id-bep', entity_type: 'room', name: 'Bep', content: {} },
  { id: 'id-ngu', entity_type: 'room', name: 'Phong ngu', content: {} },
  { id: 'id-tho', entity_type: 'room', name: 'Phong tho', content: {} },
  { id: 'id-tang2', entity_type: 'zone', name: 'Tang hai', content: { kind: 'floor', level: 1 } },
  { id: 'id-xe', entity_type: 'room', name: 'Nha xe', content: { description: 'garage under the house: inverter, battery, dong ho dien' } },
  { id: 'id-pin', entity_type: 'device', name: 'Dyness battery', content: { type: 'energy', manufacturer: 'Dyness', model: 'B4850 48 V', capabilities: ['soc', 'battery'], state: { soc: '71%', status: 'charging' } } },
  { id: 'id-dongho', entity_type: 'device', name: 'Dong ho dien', content: { type: 'energy', manufacturer: 'EVN', capabilities: ['energy'], state: { energy_today: '12 kWh' } } },
  { id: 'id-ac-ngu', entity_type: 'device', name: 'Airconphongngu', content: { type: 'climate', manufacturer: 'Panasonic', description: 'aircon (may lanh)', capabilities: ['cool', 'heat', 'fan', 'setpoint'], state: { power: 'off', mode: 'cool', target_temperature: 26 } } },
  { id: 'id-ac-khach', entity_type: 'device', name: 'Airconphongkhach', content: { type: 'climate', manufacturer: 'Daikin', description: 'split aircon', capabilities: ['cool', 'heat', 'dry', 'setpoint'], state: { power: 'on', mode: 'cool', target_temperature: 25 } } },
  { id: 'id-suoi', entity_type: 'device', name: 'Suoi dien', content: { type: 'heater', manufacturer: 'Sunhouse', description: 'oil radiator', capabilities: ['on_off', 'heat'], state: { power: 'off' } } },
  { id: 'id-plug', entity_type: 'device', name: 'Heaterbep', content: { type: 'switch', manufacturer: 'Tuya', description: 'smart plug', capabilities: ['on_off'], state: { on: false } } },
  { id: 'id-den', entity_type: 'device', name: 'Den phong khach', content: { type: 'lighting', capabilities: ['on_off', 'brightness'], state: { power: 'on', brightness: 60 } } },
  { id: 'id-tulanh', entity_type: 'device', name: 'Tu lanh', content: { type: 'appliance', manufacturer: 'Toshiba', description: 'fridge', capabilities: ['temperature_monitoring'], state: { temp_c: 4, door: 'closed' } } },
];

const EDGES: RawEdge[] = [
  { from: 'id-khach', to: 'id-home', type: 'located_in' },
  { from: 'id-bep', to: 'id-home', type: 'located_in' },
  { from: 'id-ngu', to: 'id-tang2', type: 'located_in' },
  { from: 'id-tho', to: 'id-tang2', type: 'located_in' },
  { from: 'id-ac-ngu', to: 'id-ngu', type: 'located_in' },
  { from: 'id-ac-khach', to: 'id-khach', type: 'located_in' },
  { from: 'id-suoi', to: 'id-ngu', type: 'located_in' },
  { from: 'id-plug', to: 'id-bep', type: 'located_in' },
  { from: 'id-den', to: 'id-khach', type: 'located_in' },
  { from: 'id-tulanh', to: 'id-bep', type: 'located_in' },
  { from: 'id-xe', to: 'id-home', type: 'located_in' },
  { from: 'id-pin', to: 'id-xe', type: 'located_in' },
  { from: 'id-dongho', to: 'id-xe', type: 'located_in' },
];

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<{ text: string; cited: string[] }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `r11-readings-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'id-edge') });
});
afterAll(() => h.dispose());

describe('a kind word inside a run-together name, confirmed by the description', () => {
  it('lists and counts both aircons as air conditioners', async () => {
    const list = await ask('what aircons are there');
    expect(list.text).not.toContain("couldn't find a device classified");
    expect(list.cited).toEqual(expect.arrayContaining(['Airconphongngu', 'Airconphongkhach']));
    expect(list.cited).not.toContain('Suoi dien');
    expect((await ask('how many aircons do we have')).text).toMatch(/\b2\b|two/);
  });

  it('tells the aircon that is on from the one that is off', async () => {
    const on = await ask('which aircons are on');
    expect(on.cited).toContain('Airconphongkhach');
    expect(on.cited).not.toContain('Airconphongngu');
  });

  it('an aircon that can also heat is no heater; a plug whose name only holds "heater" is none either', async () => {
    const heaters = await ask('any heaters');
    expect(heaters.cited).toContain('Suoi dien');
    expect(heaters.cited).not.toContain('Airconphongngu');
    expect(heaters.cited).not.toContain('Heaterbep');
  });
});

describe('a room description that lists the things kept there', () => {
  it.each(['battery soc', 'how much battery is left'])('"%s" reads the battery named so, not the room', async (q) => {
    const { text } = await ask(q);
    expect(text).toContain('71');
    expect(text).not.toMatch(/Nha xe has \d+ devices/);
  });

  it('the room is still found by what its description says it is', async () => {
    expect((await ask('what is in the garage')).cited).toEqual(expect.arrayContaining(['Dyness battery', 'Dong ho dien']));
  });
});

describe('a floor asked about alone', () => {
  it('names its rooms, each with the devices in it', async () => {
    const { text, cited } = await ask("what's in tang hai");
    expect(cited).toEqual(expect.arrayContaining(['Phong ngu', 'Phong tho', 'Airconphongngu']));
    expect(text).toContain('2 rooms');
    expect(text).toMatch(/Phong ngu: [^\n]*Airconphongngu/);
  });

  it('with a device word it lists the devices', async () => {
    expect((await ask('what devices are in tang hai')).cited).toEqual(expect.arrayContaining(['Airconphongngu', 'Suoi dien']));
  });
});
