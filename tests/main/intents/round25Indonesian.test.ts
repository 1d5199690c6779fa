// Issue 12, round 25: Indonesian as a Jakarta household types it, formal and colloquial, with English mixed in and a
// few Javanese words (indonesianPhrasing.ts, indonesianWords.ts, lexicon/indonesian.json). The thing comes first and
// its modifier after it ("lampu teras" = porch light, "AC kamar utama" = master bedroom AC); commands take -in/-kan
// ("nyalain", "matikan"); "udah … belum?", "… gak?" ask yes or no. This home names some things in English and some in
// Indonesian, so both the translated nouns and the home's own words are read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeExportJson, roomAndDeviceEdges, type RawEdge, type RawEntity } from './homeExportJson';
import { openHarness, type Harness } from './intentHarness';
import { dialogOutcomes } from './dialogsOver';
import { readInEnglish } from '../../../src-main/intents/languages/readInEnglish';
import { indonesianPhrasing } from '../../../src-main/intents/languages/indonesianPhrasing';

const device = (id: string, name: string, content: Record<string, unknown>): RawEntity => ({ id, entity_type: 'device', name, content });
const ROOMS: RawEntity[] = [
  { id: 'id-home', entity_type: 'home', name: 'Rumah Menteng', content: {} },
  { id: 'id-porch', entity_type: 'room', name: 'Porch', content: {} },
  { id: 'id-garasi', entity_type: 'room', name: 'Carport', content: {} },
  { id: 'id-tengah', entity_type: 'room', name: 'Ruang Tengah', content: {} },
  { id: 'id-master', entity_type: 'room', name: 'Master Bedroom', content: {} },
  { id: 'id-gudang', entity_type: 'room', name: 'Gudang', content: {} },
];
const DEVICES: RawEntity[] = [
  device('id-porch-light', 'Porch Light', { type: 'light', capabilities: ['on_off'], state: { power: 'off' } }),
  device('id-master-ac', 'Master Bedroom AC', { type: 'air_conditioner', capabilities: ['on_off', 'target_temperature'], state: { power: 'off', setpoint: 24, temperature: 29 } }),
  device('id-genset', 'Genset Honda', { type: 'generator', capabilities: ['on_off'], state: { power: 'off', fuel_pct: 70 } }),
  device('id-pompa', 'Pompa Sumur', { type: 'pump', capabilities: ['on_off'], state: { power: 'on' } }),
  device('id-fridge', 'Kitchen Fridge', { type: 'fridge', capabilities: ['temperature'], state: { temperature: 4 } }),
];
const PLACE: Record<string, string> = { 'id-porch-light': 'id-porch', 'id-master-ac': 'id-master', 'id-genset': 'id-gudang', 'id-pompa': 'id-gudang', 'id-fridge': 'id-tengah' };
const link = (from: string, to: string): RawEdge => ({ from, to, type: 'connects_to', properties: { via: 'pintu' } });
const EDGES: RawEdge[] = [link('id-garasi', 'id-tengah'), link('id-tengah', 'id-master'), link('id-porch', 'id-tengah'), link('id-tengah', 'id-gudang')];

let home: Harness;
const ask = dialogOutcomes(() => home, 'id');

beforeAll(async () => {
  const rooms = ROOMS.filter((r) => r.entity_type === 'room');
  const edges = [...roomAndDeviceEdges('id-home', rooms, DEVICES, PLACE, 'id-tengah'), ...EDGES];
  home = await openHarness({ homeJson: homeExportJson([...ROOMS, ...DEVICES], edges, 'id-rel') });
});
afterAll(() => home.dispose());

describe('the modifier after its noun', () => {
  it('"lampu teras" is the porch light and "AC kamar utama" the master bedroom AC', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('lampu teras udah dimatiin belum?', snapshot)).toBe('is porch light off');
    expect(readInEnglish('nyalain AC kamar utama dong', snapshot)).toBe('turn on master bedroom ac');
  });
  it('answers "lampu teras nyala gak?" and proposes "tolong nyalakan AC kamar utama"', async () => {
    expect((await ask('lampu teras nyala gak?')).text).toMatch(/\boff\b/);
    expect((await ask('tolong nyalakan AC kamar utama')).targets).toEqual(['Master Bedroom AC']);
  });
});

describe('the home\'s own Indonesian names stay as typed', () => {
  it('"genset di mana sih?" and "pompa sumur masih nyala?"', async () => {
    expect((await ask('genset di mana sih?')).cited).toContain('Gudang');
    expect((await ask('pompa sumur masih nyala?')).text).toMatch(/\bon\b/);
  });
  it('"matiin pompa sumur, mau dikuras": the reason after the comma is no part of the target', async () => {
    expect((await ask('matiin pompa sumur, mau dikuras')).targets).toEqual(['Pompa Sumur']);
  });
  it('"dari carport ke master bedroom lewat mana?" walks the way', async () => {
    expect((await ask('dari carport ke master bedroom lewat mana?')).cited).toContain('Ruang Tengah');
  });
});

describe('measures and follow-ups', () => {
  it('"kulkas suhunya berapa?" reads the fridge temperature', async () => {
    expect((await ask('kulkas suhunya berapa?')).text).toMatch(/4/);
  });
  it('"set ke 22 derajat ya" after the AC proposes that setpoint', async () => {
    expect((await ask('AC kamar utama nyala gak?', 'set ke 22 derajat ya')).targets).toEqual(['Master Bedroom AC']);
  });
});

describe('Javanese the elderly use', () => {
  it('"lampu teras wis dipateni durung?" asks whether it is off', async () => {
    const snapshot = await home.engine.index.get();
    expect(readInEnglish('lampu teras wis dipateni durung?', snapshot)).toBe('is porch light off');
  });
});

describe('what is not Indonesian is left alone', () => {
  it('English, Tagalog and Swahili are not read as Indonesian', async () => {
    const snapshot = await home.engine.index.get();
    for (const said of ['what is the heater set to', 'ok turn it on, we are off to the coast', 'patayin mo yung ilaw', 'zima taa ya sebule', 'is there a leaving mode']) {
      expect(indonesianPhrasing(said, snapshot)).toBeUndefined();
    }
  });
  it('"di sana" (a place said before) and a second target "sama X juga" are left unread rather than misread', async () => {
    const snapshot = await home.engine.index.get();
    expect(indonesianPhrasing('lampu teras di sana nyala gak?', snapshot)).toBeUndefined();
    expect(indonesianPhrasing('matiin dong, sama pompa sumur juga', snapshot)).toBeUndefined();
  });
});
