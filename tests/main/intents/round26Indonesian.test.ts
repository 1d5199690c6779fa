// Issue 12, round 26: Indonesian and Javanese as a Jakarta household types them, and what the home's own data says
// about where things are. A second home is a zone ("Villa Bogor") whose rooms are named after it ("Dapur Villa") and
// also linked straight to the home; a device named by its kind ("Water Heater") beside another of the kind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const room = (id: string, name: string): RawEntity => ({ id, entity_type: 'room', name, content: {} });
const PLACES: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Rumah Menteng', content: {} },
  { id: 'id-villa', entity_type: 'zone', name: 'Villa Bogor', content: { description: 'villa weekend di Bogor' } },
  room('id-dapur', 'Dapur'),
  room('id-mandi', 'Kamar Mandi'),
  room('id-teras-villa', 'Teras Villa'),
  room('id-dapur-villa', 'Dapur Villa'),
  room('id-kamar-villa', 'Kamar Villa Atas'),
];
const DEVICES: RawEntity[] = [
  device('id-lampu-dapur', 'Lampu Dapur', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('id-lampu-teras-villa', 'Lampu Teras Villa', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-lampu-kamar-villa', 'Lampu Kamar Villa', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-heater', 'Water Heater', { type: 'water_heater', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', setpoint: 45 } }),
  device('id-heater-villa', 'Water Heater Villa', { type: 'water_heater', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', setpoint: 50 } }),
  device('id-kamera', 'Kamera Kamar Adek', { type: 'camera', capabilities: ['video', 'audio'], state: { recording: false } }),
  device('id-gerak', 'Sensor Gerak Teras', { type: 'motion_sensor', capabilities: ['motion'], state: { motion: false } }),
  device('id-pompa-kolam', 'Pompa Kolam Ikan', { type: 'pump', capabilities: ['on_off'], state: { power: 'on' } }),
  device('id-suhu-villa', 'Sensor Suhu Villa', { type: 'temperature_sensor', capabilities: ['temperature'], state: { temperature: 17.5 } }),
];
const PLACE: Record<string, string> = { 'id-suhu-villa': 'id-teras-villa', 'id-lampu-dapur': 'id-dapur', 'id-lampu-teras-villa': 'id-teras-villa', 'id-lampu-kamar-villa': 'id-kamar-villa', 'id-heater': 'id-mandi', 'id-heater-villa': 'id-kamar-villa' };
// Each villa room is linked to the home before its zone, as some exports list them.
const EDGES: RawEdge[] = [
  { from: 'id-villa', to: 'id-home', type: 'part_of' },
  ...PLACES.filter((p) => p.entity_type === 'room').map((r) => ({ from: r.id, to: 'id-home', type: 'part_of' })),
  ...['id-teras-villa', 'id-dapur-villa', 'id-kamar-villa'].map((id) => ({ from: id, to: 'id-villa', type: 'part_of' })),
  ...DEVICES.map((d) => ({ from: d.id, to: PLACE[d.id] ?? 'id-dapur', type: 'located_in' })),
];

let home: Harness;
const ask = dialogOutcomes(() => home, 'id');

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson([...PLACES, ...DEVICES], EDGES, 'id-rel') });
});
afterAll(() => home.dispose());

describe('a room linked both to its zone and to the home lies in the zone', () => {
  it('"the villa" is the zone whose rooms carry its name, whichever link is listed first', async () => {
    const rooms = await ask('what rooms are in the villa?');
    expect(rooms.cited).toEqual(expect.arrayContaining(['Villa Bogor', 'Teras Villa', 'Dapur Villa', 'Kamar Villa Atas']));
    expect((await ask('how many lights are there in villa?')).cited).toEqual(expect.arrayContaining(['Lampu Teras Villa', 'Lampu Kamar Villa']));
  });
});

describe('a pronoun for a device named by its kind', () => {
  it('"turn it on" after "is the water heater on?" is the Water Heater answered about, not a question which', async () => {
    expect((await ask('is the water heater on?', 'turn it on')).targets).toEqual(['Water Heater']);
    expect((await ask('water heater udah nyala?', 'nyalain dong, mau mandi')).targets).toEqual(['Water Heater']);
  });
});

describe('a camera with no switch in its data', () => {
  it('"matiin kamera kamar Adek, lagi ada tamu nginep" is a command, answered unsure rather than "can\'t" or a reading', async () => {
    const off = await ask('matiin kamera kamar Adek, lagi ada tamu nginep');
    expect(off.text).toMatch(/not sure Kamera Kamar Adek can be switched off/);
    expect(off.text).not.toMatch(/^Kamera Kamar Adek —/);
  });
});

describe('the place said first, what is there after "ada"', () => {
  it('"villa ada sensor gerak gak?" asks about motion sensors in the villa, not the one named "Sensor Gerak"', async () => {
    const asked = await ask('villa ada sensor gerak gak?');
    expect(asked.text).toMatch(/no motion sensors in the Villa Bogor/i);
    expect(asked.text).not.toMatch(/^Yes/);
  });
  it('"villa ada ruangan apa aja?" lists the rooms of the villa', async () => {
    expect((await ask('villa ada ruangan apa aja?')).cited).toEqual(expect.arrayContaining(['Teras Villa', 'Dapur Villa', 'Kamar Villa Atas']));
  });
  it('"suhu di villa sekarang berapa?" reads the villa\'s temperature', async () => {
    expect((await ask('suhu di villa sekarang berapa?')).text).toMatch(/17\.5/);
  });
  it('"list semua lampu di villa" lists the villa\'s lights only', async () => {
    const listed = await ask('list semua lampu di villa');
    expect(listed.cited).toEqual(expect.arrayContaining(['Lampu Teras Villa', 'Lampu Kamar Villa']));
    expect(listed.cited).not.toContain('Lampu Dapur');
  });
});

describe('a word of the thing\'s name the lexicon does not know', () => {
  it('"pompa kolam renang villa nyala gak?" is never read as the "Pompa Kolam Ikan"', async () => {
    expect((await ask('pompa kolam renang villa nyala gak?')).text).not.toMatch(/Pompa Kolam Ikan is on/);
  });
});
