// Issue 12, round 23: a second home or outbuilding named by a word of its name or by what it is. "the caravan" is the
// zone "Tigh na Mara" (kind caravan, described as "The static caravan on Arran"); a zone inside a zone ("Mas primer
// pis" of "Mas Empordà") is listed and counted with it; a word two zones share ("lago" of "Casa al lago" and "Esterno
// lago") never scopes silently to one of them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, type RawEdge, type RawEntity } from './homeExportJson';
import { askingOver } from './dialogsOver';
import { openHarness, type Harness } from './intentHarness';

const place = (id: string, entity_type: 'room' | 'zone', name: string, content: Record<string, unknown> = {}): RawEntity => ({ id, entity_type, name, content });
const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });

const ENTITIES: RawEntity[] = [
  { id: 'z-home', entity_type: 'home', name: 'Hame', content: {} },
  place('z-flat', 'zone', 'The flat', { kind: 'dwelling' }),
  place('z-van', 'zone', 'Tigh na Mara', { kind: 'caravan', description: 'The static caravan on Arran (Kildonan)' }),
  place('z-mas', 'zone', 'Mas Empordà', { kind: 'building' }),
  place('z-mas1', 'zone', 'Mas primer pis', { kind: 'floor' }),
  place('z-lake', 'zone', 'Casa al lago', { kind: 'building' }),
  place('z-lakeout', 'zone', 'Esterno lago', { kind: 'outdoor' }),
  place('r-front', 'room', 'Front room'),
  place('r-vlounge', 'room', 'Caravan lounge'),
  place('r-vbed', 'room', 'Caravan bedroom'),
  place('r-twin', 'room', 'Twin room'),
  place('r-pool', 'room', 'Piscina'),
  place('r-avi', 'room', 'Habitació avi'),
  place('r-taverna', 'room', 'Taverna'),
  place('r-giardino', 'room', 'Giardino'),
  device('d-lamp', 'Standard lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'on' } }),
  device('d-vlamp', 'Caravan lamp', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('d-vlock', 'Caravan door lock', { type: 'lock', capabilities: ['lock'], state: { lock: 'locked' } }),
  device('d-pump', 'Depuradora', { type: 'switch', capabilities: ['on_off'], state: { power: 'off' } }),
  device('d-rad', 'Radiador avi', { type: 'heater', capabilities: ['on_off'], state: { power: 'off' } }),
  device('d-tlamp', 'Luce taverna', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
];
const EDGES: RawEdge[] = [
  ...['z-flat', 'z-van', 'z-mas', 'z-lake', 'z-lakeout'].map((from) => ({ from, to: 'z-home', type: 'part_of' })),
  { from: 'z-mas1', to: 'z-mas', type: 'part_of' },
  { from: 'r-front', to: 'z-flat', type: 'part_of' },
  { from: 'r-vlounge', to: 'z-van', type: 'part_of' },
  { from: 'r-vbed', to: 'z-van', type: 'part_of' },
  { from: 'r-twin', to: 'z-van', type: 'part_of' },
  { from: 'r-pool', to: 'z-mas', type: 'located_in' },
  { from: 'r-avi', to: 'z-mas1', type: 'located_in' },
  { from: 'r-taverna', to: 'z-lake', type: 'located_in' },
  { from: 'r-giardino', to: 'z-lakeout', type: 'located_in' },
  { from: 'd-lamp', to: 'r-front', type: 'located_in' },
  { from: 'd-vlamp', to: 'r-vlounge', type: 'located_in' },
  { from: 'd-vlock', to: 'r-vlounge', type: 'located_in' },
  { from: 'd-pump', to: 'r-pool', type: 'located_in' },
  { from: 'd-rad', to: 'r-avi', type: 'located_in' },
  { from: 'd-tlamp', to: 'r-taverna', type: 'located_in' },
];

let home: Harness;
const ask = askingOver(() => home, 'zn-ask', { mustAnswer: true });

beforeAll(async () => {
  home = await openHarness({ homeJson: homeExportJson(ENTITIES, EDGES, 'zn-edge') });
});
afterAll(() => home.dispose());

describe('a zone called by what it is', () => {
  it('"what rooms are in the caravan" lists the rooms of the caravan zone, the one not named "Caravan …" too', async () => {
    const { text, cited } = await ask('what rooms are in the caravan');
    expect(text).not.toMatch(/which one/i);
    expect(cited).toEqual(expect.arrayContaining(['Tigh na Mara', 'Caravan lounge', 'Caravan bedroom', 'Twin room']));
  });
});

describe('a nickname said where a place is scopes the question to the zone', () => {
  it('"how many lights at the caravan" counts the caravan\'s light only', async () => {
    const { text, cited } = await ask('how many lights at the caravan');
    expect(cited).toContain('Caravan lamp');
    expect(cited).not.toContain('Standard lamp');
    expect(text).not.toMatch(/Standard lamp/);
  });
  it('"anything unlocked at the caravan" reads the caravan\'s lock', async () => {
    const { text, cited } = await ask('anything unlocked at the caravan');
    expect(cited).toContain('Caravan door lock');
    expect(text).toMatch(/locked/);
  });
});

describe('a zone inside a zone', () => {
  it('"what devices are in mas empordà" lists the devices of its floor zone too', async () => {
    const { cited } = await ask('what devices are in mas empordà');
    expect(cited).toEqual(expect.arrayContaining(['Depuradora', 'Radiador avi']));
  });
  it('"what rooms are in mas empordà" lists the rooms of its floor zone too', async () => {
    const { cited } = await ask('what rooms are in mas empordà');
    expect(cited).toEqual(expect.arrayContaining(['Piscina', 'Habitació avi']));
  });
});

describe('a word two zones share is no silent scope', () => {
  it('"what rooms are at the lago" never answers for one lake zone alone', async () => {
    const { text } = await ask('what rooms are at the lago');
    expect(text.includes('Taverna') && !text.includes('Giardino')).toBe(false);
    expect(text.includes('Giardino') && !text.includes('Taverna')).toBe(false);
  });
});
