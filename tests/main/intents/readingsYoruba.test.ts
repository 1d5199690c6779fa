// Issue 12, round 12 (questions about one attribute of a device's state) over a Yoruba home written for this test:
// "last time someone rang …" is a when question; "when did X last press her button" naming no device is the one device
// whose state keeps that event (`last_press`); "air quality in …" said as a heading reads the air there, with the
// PM2.5 unit the field name carries; "how full is the nvr" reads the field that says how full it is (`hdd: "48%
// full"`); "bedroom aircon target" where "bedroom" may be two places is the aircon in one of them, never the other
// room's thermostat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'y-home', entity_type: 'home', name: 'Ilé Adéyẹmí', content: {} },
  { id: 'y-igbalejo', entity_type: 'room', name: 'Yàrá ìgbàlejò', content: { description: 'living room' } },
  { id: 'y-idana', entity_type: 'room', name: 'Ilé ìdáná', content: { description: 'kitchen' } },
  { id: 'y-tolu', entity_type: 'room', name: 'Yàrá Tolu', content: { description: "Tolu's bedroom" } },
  { id: 'y-mama', entity_type: 'room', name: 'Yàrá Màmá', content: { description: 'main bedroom' } },
  { id: 'y-ina', entity_type: 'device', name: 'Iná yàrá ìgbàlejò', content: { type: 'lighting', capabilities: ['on/off', 'brightness'], state: { on: true, brightness: 80 } } },
  { id: 'y-afefe', entity_type: 'device', name: 'Ẹ̀rọ afẹ́fẹ́', content: { type: 'appliance', description: 'air purifier', capabilities: ['on/off', 'pm25'], state: { on: true, pm25_ugm3: 9 } } },
  { id: 'y-ac', entity_type: 'device', name: 'Atẹ́gùn Tolu', content: { type: 'climate', description: 'aircon', capabilities: ['cool', 'setpoint'], state: { power: 'on', mode: 'cool', target_temperature: 23, temperature: 27 } } },
  { id: 'y-therm', entity_type: 'device', name: 'Ìgbóná Màmá', content: { type: 'climate', description: 'room thermostat', capabilities: ['target_temperature', 'temperature'], state: { target_temperature: 19, temperature: 20.5 } } },
  { id: 'y-agogo', entity_type: 'device', name: 'Agogo ilekun', content: { type: 'security', description: 'entry chime with camera', capabilities: ['video', 'chime'], state: { online: true, last_ring: '2026-04-30T18:05:00+01:00' } } },
  { id: 'y-botini', entity_type: 'device', name: 'Bọ́tìnì ìrànlọ́wọ́', content: { type: 'security', description: "Mama Agba's help button", owner: 'Mama Agba', capabilities: ['press', 'battery'], state: { last_press: '2026-04-27T07:40:00+01:00', battery: '80%' } } },
  { id: 'y-nvr', entity_type: 'device', name: 'Ẹ̀rọ ìgbàsílẹ̀ NVR', content: { type: 'security', manufacturer: 'Dahua', capabilities: ['recording'], state: { recording: true, hdd: '48% full' } } },
];

const EDGES: RawEdge[] = [
  ...['y-igbalejo', 'y-idana', 'y-tolu', 'y-mama'].map((id) => ({ from: id, to: 'y-home', type: 'located_in' })),
  { from: 'y-ina', to: 'y-igbalejo', type: 'located_in' },
  { from: 'y-afefe', to: 'y-igbalejo', type: 'located_in' },
  { from: 'y-ac', to: 'y-tolu', type: 'located_in' },
  { from: 'y-therm', to: 'y-mama', type: 'located_in' },
  { from: 'y-botini', to: 'y-mama', type: 'located_in' },
  { from: 'y-nvr', to: 'y-idana', type: 'located_in' },
];

let h: Harness;
let conversation = 0;

async function ask(question: string): Promise<{ text: string; cited: string[] }> {
  const answer = await h.responder.respond(question, h.context({ conversationId: `r12-readings-${++conversation}` }));
  expect(answer, `"${question}" was declined`).toBeDefined();
  return { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'y-edge') });
});
afterAll(() => h.dispose());

describe('when something last happened, read from the state that keeps it', () => {
  it('"last time …" asks when, and the chime says its last ring', async () => {
    const { text, cited } = await ask('last time anybody rang the agogo ilekun');
    expect(cited).toContain('Agogo ilekun');
    expect(text).toContain('18:05');
  });

  it('a question naming only who pressed is the one device keeping the last press', async () => {
    const { text, cited } = await ask('when did mama agba last press her button');
    expect(cited[0]).toBe('Bọ́tìnì ìrànlọ́wọ́');
    expect(text).toContain('2026-04-27');
  });
});

describe('one attribute of a device, by the words of its field', () => {
  it('"air quality in …" said as a heading reads PM2.5 there, with its unit', async () => {
    const { text, cited } = await ask('air quality in yara igbalejo');
    expect(cited).toContain('Ẹ̀rọ afẹ́fẹ́');
    expect(text).toContain('PM2.5 9 µg/m³');
  });

  it('"how full" reads the field that says how full the recorder is', async () => {
    const { text, cited } = await ask('how full is the nvr');
    expect(cited[0]).toBe('Ẹ̀rọ ìgbàsílẹ̀ NVR');
    expect(text).toContain('48% full');
  });

  it('"bedroom aircon target" with two bedrooms is the aircon in one of them, not the thermostat of the other', async () => {
    const { text, cited } = await ask('bedroom aircon target');
    expect(cited[0]).toBe('Atẹ́gùn Tolu');
    expect(text).toContain('23');
    expect(text).not.toContain('19');
  });
});
