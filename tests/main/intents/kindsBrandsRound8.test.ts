// Issue 12, round 8 (kinds and brands in lists) over an Indonesian home written for this test: a maker whose name is
// also a device's name ("Kopi", the thermostat) is asked for as a maker ("what kopi kit", "anything from kopi") and
// with a kind ("the kopi thermostat", "the kopi valves"); a maker name with a kind word in it ("Gembok Lock") does not
// turn "what locks have we got" into a maker question; a "fan heater" with a fan speed is a fan too; doors are listed;
// "have we got" is "do we have"; a role in the home's list of residents names that resident's room.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';

const ENTITIES: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Rumah Santoso', content: { residents: ['Sari', 'Wayan (lodger)'] } },
  { id: 'id-hall', entity_type: 'room', name: 'Serambi', content: { description: 'entrance hall' } },
  { id: 'id-living', entity_type: 'room', name: 'Ruang keluarga', content: { description: 'living room' } },
  { id: 'id-wayan', entity_type: 'room', name: 'Kamar Wayan', content: { description: 'room let to the lodger' } },
  { id: 'id-sari', entity_type: 'room', name: 'Kamar Sari', content: {} },
  { id: 'id-thermostat', entity_type: 'device', name: 'Kopi', content: { manufacturer: 'Kopi', model: 'Thermostat S2', type: 'climate', description: 'central heating thermostat', capabilities: ['setpoint', 'schedule'] } },
  { id: 'id-hub', entity_type: 'device', name: 'Kopi Hub', content: { manufacturer: 'Kopi', model: 'Hub H1', type: 'network', capabilities: ['zigbee_hub'] } },
  { id: 'id-trv1', entity_type: 'device', name: 'Kopi TRV Sari', content: { manufacturer: 'Kopi', model: 'Radiator Valve R3', type: 'climate', capabilities: ['target_temperature', 'battery'], state: { battery: '12%' } } },
  { id: 'id-trv2', entity_type: 'device', name: 'Kopi TRV keluarga', content: { manufacturer: 'Kopi', model: 'Radiator Valve R3', type: 'climate', capabilities: ['target_temperature', 'battery'], state: { battery: 80 } } },
  { id: 'id-smartlock', entity_type: 'device', name: 'Kunci depan', content: { manufacturer: 'Aman', model: 'Pintar smart door lock', type: 'security', capabilities: ['lock/unlock', 'battery'] } },
  { id: 'id-padlock1', entity_type: 'device', name: 'Gembok sepeda', content: { manufacturer: 'Gembok Lock', model: 'GL-7 Bluetooth padlock', type: 'security', capabilities: ['unlock', 'battery'] } },
  { id: 'id-padlock2', entity_type: 'device', name: 'Gembok gudang', content: { manufacturer: 'Gembok Lock', model: 'GL-7 Bluetooth padlock', type: 'security', capabilities: ['unlock', 'battery'] } },
  { id: 'id-blower', entity_type: 'device', name: 'Angin', content: { manufacturer: 'Sejuk', model: 'HC-3', type: 'climate', description: 'fan heater / air purifier', capabilities: ['fan_speed', 'heating', 'air_quality'], state: { pm25: 6 } } },
  { id: 'id-hood', entity_type: 'device', name: 'Penghisap asap', content: { type: 'appliance', description: 'extractor fan', capabilities: ['fan_speed'] } },
  { id: 'id-lamp', entity_type: 'device', name: 'Lampu Wayan', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'id-lamp2', entity_type: 'device', name: 'Lampu Sari', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'on' } } },
  { id: 'id-lamp3', entity_type: 'device', name: 'Lampu serambi', content: { type: 'lighting', capabilities: ['on_off'], state: { power: 'off' } } },
  { id: 'id-front', entity_type: 'door', name: 'Pintu depan', content: { description: 'front door' } },
  { id: 'id-back', entity_type: 'door', name: 'Pintu belakang', content: { description: 'back door to the garden' } },
];

const EDGES: RawEdge[] = [
  { from: 'id-thermostat', to: 'id-hall', type: 'located_in' },
  { from: 'id-hub', to: 'id-hall', type: 'located_in' },
  { from: 'id-trv1', to: 'id-sari', type: 'located_in' },
  { from: 'id-trv2', to: 'id-living', type: 'located_in' },
  { from: 'id-smartlock', to: 'id-hall', type: 'located_in' },
  { from: 'id-padlock1', to: 'id-hall', type: 'located_in' },
  { from: 'id-padlock2', to: 'id-hall', type: 'located_in' },
  { from: 'id-blower', to: 'id-living', type: 'located_in' },
  { from: 'id-hood', to: 'id-living', type: 'located_in' },
  { from: 'id-lamp', to: 'id-wayan', type: 'located_in' },
  { from: 'id-lamp2', to: 'id-sari', type: 'located_in' },
  { from: 'id-lamp3', to: 'id-hall', type: 'located_in' },
  { from: 'id-front', to: 'id-hall', type: 'located_in' },
  { from: 'id-back', to: 'id-living', type: 'located_in' },
];

let h: Harness;
let conversation = 0;

async function ask(question: string, ...followUps: string[]): Promise<{ text: string; cited: string[] }> {
  const id = `r8-kinds-${++conversation}`;
  let last = { text: '', cited: [] as string[] };
  for (const q of [question, ...followUps]) {
    const answer = await h.responder.respond(q, h.context({ conversationId: id }));
    expect(answer, `"${q}" was declined`).toBeDefined();
    last = { text: answer?.text ?? '', cited: (answer?.citations ?? []).map((c) => c.name) };
  }
  return last;
}

beforeAll(async () => {
  h = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'id-edge') });
});
afterAll(() => h.dispose());

describe('a maker whose name is also a device name', () => {
  it.each(['what kopi kit do we have', 'anything from kopi'])('"%s" lists every device the maker made', async (q) => {
    const { cited } = await ask(q);
    expect(cited).toEqual(expect.arrayContaining(['Kopi', 'Kopi Hub', 'Kopi TRV Sari', 'Kopi TRV keluarga']));
  });

  it('"where\'s the kopi thermostat" is the thermostat itself, not one of the radiator valves counted as thermostats', async () => {
    const { text } = await ask("where's the kopi thermostat");
    expect(text).toContain('Serambi');
    expect(text).not.toContain('Which one');
  });

  it('"the kopi valves" are the maker\'s radiator valves, never the thermostat called Kopi', async () => {
    const { text } = await ask('are the kopi valves on');
    expect(text).toContain('Kopi TRV Sari');
    expect(text).not.toMatch(/^Kopi —|Kopi \(described/);
  });
});

describe('kinds in lists', () => {
  it('"what locks have we got" lists the locks, the smart lock too, although a maker is called "Gembok Lock"', async () => {
    const { cited } = await ask('what locks have we got');
    expect(cited).toEqual(expect.arrayContaining(['Kunci depan', 'Gembok sepeda', 'Gembok gudang']));
  });

  it('"have we got a fan" counts the fan heater that has a fan speed', async () => {
    const { cited } = await ask('have we got a fan');
    expect(cited).toEqual(expect.arrayContaining(['Angin', 'Penghisap asap']));
  });

  it('"what doors have we got" lists the doors with their rooms', async () => {
    const { text, cited } = await ask('what doors have we got');
    expect(cited).toEqual(expect.arrayContaining(['Pintu depan', 'Pintu belakang']));
    expect(text).toContain('Serambi');
  });

  it('"have we got an air fryer" is no air-quality reading', async () => {
    const { text } = await ask('have we got an air fryer');
    expect(text).not.toMatch(/PM2\.5|air quality/i);
    expect(text).toMatch(/no air fryers/);
  });

  it('"how many devices have we got" counts them', async () => {
    const { text } = await ask('how many devices have we got');
    expect(text).toContain('12 devices');
  });
});

describe('capabilities said as a function', () => {
  it('"which things have a schedule function" lists the devices with that capability', async () => {
    const { cited } = await ask('which things have a schedule function');
    expect(cited).toContain('Kopi');
  });
});

describe('a resident named by their role', () => {
  it('"whats in the lodger\'s room" is the room of the resident listed as the lodger', async () => {
    const { cited } = await ask("whats in the lodger's room");
    expect(cited).toContain('Lampu Wayan');
  });
});

describe('follow-ups over what was listed', () => {
  it('"how many\'s that" counts what the last answer listed', async () => {
    const { text } = await ask('which lights are on', "how many's that");
    expect(text).toMatch(/\b2 devices\b/);
  });

  it('"which are getting low" after the battery devices is about their batteries ("12%" written with its unit)', async () => {
    const { text, cited } = await ask('which things run on batteries', 'which are getting low');
    expect(cited).toContain('Kopi TRV Sari');
    expect(cited).not.toContain('Kopi TRV keluarga');
    expect(text).toMatch(/low/);
  });
});
